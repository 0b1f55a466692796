package id.kipp.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an edition as the dashboard shows it: what the entry said at registration, how far it got (from its
 * process variables, so that the funnel is live from the first registration) and where it waits now.
 *
 * @param stage the label of {@code id.kipp.reporting.EntryStatus}: a running entry's stage or an ended entry's fate
 * @param since when the entry entered that stage (or ended)
 * @param waitingOn who holds its open tasks (user ids, or a group as {@code grup sekretariat}); empty when none
 */
public record EntryRow(
    String processInstanceId,
    String key,
    String group,
    String title,
    String agency,
    String screeningOutcome,
    Double deskScore,
    boolean assigned,
    boolean disagreement,
    boolean finalist,
    Double presentationScore,
    boolean winner,
    boolean running,
    String stage,
    Instant since,
    List<String> waitingOn) {}
