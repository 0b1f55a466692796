package id.kipp.portal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry as its agency sees it in the participant portal (page {@code /portal}, JSON {@code /api/portal/entries}).
 * Times carry the offset of {@code kipp.time-zone}. Only what the process has delivered to the entry is shown: its
 * stage (or, once ended, its fate), the deadlines that concern the participant and what is asked of them; never
 * scores, jurors or the desk rank.
 *
 * @param stage the current stage of a running entry ("Seleksi administrasi", "Perbaikan", …) or the fate of an ended
 *     one ("Pemenang", "Finalis", "Tidak masuk finalis", "Tidak lolos administrasi", "Dibatalkan"), as in
 *     {@code id.kipp.reporting.EntryStatus}
 * @param finalRank the final rank of a winner or finalist once the award has ended the entry, else null
 * @param revisionDueAt the revision deadline while a revision is asked, else null
 * @param presentationAt the finalists' presentation date, for a finalist, else null
 * @param presentationSlot the finalist's presentation slot as the secretariat's timetable describes it, when set
 * @param revisionRequest the open revision task, while a revision is asked
 * @param rejection why the entry did not pass administrative screening, when it did not
 * @param resultsUrl the public results of the entry's edition ({@code /hasil/<edition>}), once released, else null
 * @param certificateUrl the entry's certificate PDF ({@code /hasil/<edition>/piagam/<entry>.pdf}), for a winner or
 *     finalist once the results are released, else null
 */
public record PortalEntry(String entryKey, String title, String editionKey, String editionName, String group,
    OffsetDateTime submittedAt, String stage, boolean ended, Integer finalRank, OffsetDateTime revisionDueAt,
    OffsetDateTime presentationAt, String presentationSlot, RevisionRequest revisionRequest, Rejection rejection,
    String resultsUrl, String certificateUrl) {

  /**
   * The open task "Perbaiki pendaftaran" (assigned to the participant who registered the entry).
   *
   * @param tasklistUrl where the assignee opens the task in Tasklist (a path on this server, with the servlet context
   *     path); null for another member of the agency, who cannot open it
   */
  public record RevisionRequest(String taskId, String taskName, String assignee, OffsetDateTime dueAt, String reason,
      List<String> unmetRequirements, String tasklistUrl) {}

  /** The secretariat's reason (or the lapsed revision's) and the screening requirements it marked as not met. */
  public record Rejection(String reason, List<String> unmetRequirements) {}
}
