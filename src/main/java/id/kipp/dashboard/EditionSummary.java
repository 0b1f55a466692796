package id.kipp.dashboard;

import java.util.List;

/**
 * An edition, running or ended, as the dashboard lists it.
 *
 * @param stage what the edition waits for now (its open steps, in Bahasa Indonesia), or {@code Selesai}
 * @param nextDeadline the next of its dates still ahead (registration closes, desk evaluation due, presentation),
 *     null when none is ahead or the edition ended
 * @param daysLeft calendar days from today to the next deadline in the competition's time zone (0 = today)
 */
public record EditionSummary(String key, String name, String processInstanceId, boolean running, String stage,
    String startedAt, String endedAt, String nextDeadline, String nextDeadlineAt, Integer daysLeft,
    List<String> groups, List<String> jurors) {}
