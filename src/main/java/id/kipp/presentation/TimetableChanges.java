package id.kipp.presentation;

import id.kipp.shared.FormRows;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secretariat's changes in "Tetapkan jadwal presentasi": the rows of the dynamic list {@code timetableMoves}, each
 * {@code {entryKey, startsAt}} (that finalist's slot starts then, {@code YYYY-MM-DDTHH:MM} in the competition's time
 * zone; its length stays one slot). Applied together to a copy of the proposal, so two finalists can swap; the result
 * must then pass {@link TimetablePlanner#check}. A finalist the proposal could not place can be given a slot this way
 * too.
 */
public final class TimetableChanges {

  public static final String MOVES = "timetableMoves";
  public static final String FINALIST_OPTIONS = "timetableFinalistOptions";
  static final String LABEL = "Ubah slot";

  private TimetableChanges() {}

  /** The timetable with the changes applied, and which finalists were moved. */
  public record Result(List<PresentationSlot> slots, Set<String> moved) {}

  public static Result apply(List<PresentationSlot> proposal, List<Finalist> finalists, Object changes,
      int slotMinutes, List<String> problems) {
    Map<String, Finalist> byKey = new HashMap<>();
    finalists.forEach(finalist -> byKey.put(finalist.entryKey(), finalist));
    Map<String, LocalDateTime> starts = new LinkedHashMap<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (FormRows.Row row : FormRows.read(changes, LABEL, problems)) {
      String prefix = "Baris " + row.number() + " (" + LABEL + "): ";
      String entryKey = row.text("entryKey");
      String startsAt = row.text("startsAt");
      if (entryKey == null || startsAt == null) {
        problems.add(prefix + "pilih finalis dan isi tanggal serta jam mulai slotnya, atau hapus baris itu.");
        continue;
      }
      LocalDateTime start = parseStart(startsAt);
      if (start == null) {
        problems.add(prefix + "\"" + startsAt + "\" bukan tanggal dan jam yang valid (YYYY-MM-DD JJ:MM).");
      }
      if (!byKey.containsKey(entryKey)) {
        problems.add(prefix + entryKey + " bukan finalis edisi ini.");
      } else if (rowOf.containsKey(entryKey)) {
        problems.add(prefix + entryKey + " sudah diubah pada baris " + rowOf.get(entryKey) + "; satu baris per finalis.");
      } else if (start != null) {
        rowOf.put(entryKey, row.number());
        starts.put(entryKey, start);
      }
    }
    List<PresentationSlot> result = new ArrayList<>();
    Set<String> moved = new LinkedHashSet<>();
    for (PresentationSlot slot : proposal) {
      LocalDateTime start = starts.remove(slot.entryKey());
      if (start == null || start.equals(slot.startsAt())) {
        result.add(slot);
      } else {
        result.add(new PresentationSlot(slot.finalist(), start, start.plusMinutes(slotMinutes)));
        moved.add(slot.entryKey());
      }
    }
    // finalists the proposal could not place, given a slot by hand
    starts.forEach((entryKey, start) -> {
      result.add(new PresentationSlot(byKey.get(entryKey), start, start.plusMinutes(slotMinutes)));
      moved.add(entryKey);
    });
    result.sort(java.util.Comparator.comparing(PresentationSlot::startsAt).thenComparing(PresentationSlot::entryKey));
    return new Result(result, moved);
  }

  /** A slot start as the form's date-and-time field sends it ({@code 2019-10-02T09:20}, seconds allowed); else null. */
  static LocalDateTime parseStart(String text) {
    try {
      LocalDateTime start = LocalDateTime.parse(text.trim().replace(' ', 'T'));
      return start.getSecond() == 0 && start.getNano() == 0 ? start : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
