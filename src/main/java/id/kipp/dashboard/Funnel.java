package id.kipp.dashboard;

import id.kipp.reporting.EntryStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the entries of one group got, live: each count is read from what the entries carry now, so the funnel moves
 * with every screening decision and every score, not only when the edition's counters are reported.
 *
 * @param registered every entry (also refused or cancelled ones)
 * @param inScreening running entries before the screening decision
 * @param inRevision running entries the participant is revising
 * @param passed entries that passed the screening
 * @param rejected entries refused at screening (also a lapsed revision)
 * @param assigned entries that received their jurors
 * @param scored entries whose desk score is computed
 * @param flagged entries whose jurors disagree beyond the thresholds
 * @param finalists entries announced as finalists
 * @param presented finalists whose presentation score is computed
 * @param winners entries announced as winners
 */
public record Funnel(String group, int registered, int inScreening, int inRevision, int passed, int rejected,
    int assigned, int scored, int flagged, int finalists, int presented, int winners) {

  /** Label of the whole edition's row. */
  public static final String ALL_GROUPS = "Semua kelompok";

  private static final String PASSED = "LOLOS";
  private static final String REJECTED = "TIDAK_LOLOS";
  private static final String REJECTED_FATE = EntryStatus.ended("EndEvent_NotPassedScreening");

  /** One row per group (in the edition's order, then any other group the entries name), then the whole edition. */
  public static List<Funnel> of(List<String> groups, List<EntryRow> entries) {
    Map<String, Counter> counters = new LinkedHashMap<>();
    groups.forEach(group -> counters.put(group, new Counter()));
    Counter all = new Counter();
    for (EntryRow entry : entries) {
      String group = entry.group() == null ? "-" : entry.group();
      counters.computeIfAbsent(group, g -> new Counter()).add(entry);
      all.add(entry);
    }
    List<Funnel> rows = new ArrayList<>();
    counters.forEach((group, counter) -> rows.add(counter.funnel(group)));
    rows.add(all.funnel(ALL_GROUPS));
    return rows;
  }

  private static final class Counter {
    int registered, inScreening, inRevision, passed, rejected, assigned, scored, flagged, finalists, presented, winners;

    void add(EntryRow entry) {
      registered++;
      if (entry.running() && ("Pendaftaran".equals(entry.stage()) || "Seleksi administrasi".equals(entry.stage()))) {
        inScreening++;
      }
      if (entry.running() && "Perbaikan".equals(entry.stage())) {
        inRevision++;
      }
      if (PASSED.equals(entry.screeningOutcome())) {
        passed++;
      }
      if (REJECTED.equals(entry.screeningOutcome()) || REJECTED_FATE.equals(entry.stage())) {
        rejected++;
      }
      assigned += entry.assigned() ? 1 : 0;
      scored += entry.deskScore() != null ? 1 : 0;
      flagged += entry.disagreement() ? 1 : 0;
      finalists += entry.finalist() ? 1 : 0;
      presented += entry.presentationScore() != null ? 1 : 0;
      winners += entry.winner() ? 1 : 0;
    }

    Funnel funnel(String group) {
      return new Funnel(group, registered, inScreening, inRevision, passed, rejected, assigned, scored, flagged,
          finalists, presented, winners);
    }
  }
}
