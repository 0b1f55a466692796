package id.kipp.presentation;

import id.kipp.shared.FormLines;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secretariat's changes in "Tetapkan jadwal presentasi", one per line: {@code MALANG-2019-0007: 2019-10-02 09:20}
 * (that finalist's slot starts then; its length stays one slot). Applied together to a copy of the proposal, so two
 * finalists can swap; the result must then pass {@link TimetablePlanner#check}. A finalist the proposal could not place
 * can be given a slot this way too.
 */
public final class TimetableChanges {

  static final String EXAMPLE = "MALANG-2019-0007: 2019-10-02 09:20";
  private static final Pattern LINE = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*(\\S+)\\s+(\\S+)\\s*");

  private TimetableChanges() {}

  /** The timetable with the changes applied, and which finalists were moved. */
  public record Result(List<PresentationSlot> slots, Set<String> moved) {}

  public static Result apply(List<PresentationSlot> proposal, List<Finalist> finalists, Object changes,
      int slotMinutes, List<String> problems) {
    Map<String, Finalist> byKey = new HashMap<>();
    finalists.forEach(finalist -> byKey.put(finalist.entryKey(), finalist));
    Map<String, LocalDateTime> starts = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (FormLines.Line line : FormLines.parse(changes, LINE, EXAMPLE, problems)) {
      String entryKey = line.group(1);
      LocalDate day = null;
      try {
        day = LocalDate.parse(line.group(2));
      } catch (DateTimeParseException e) {
        problems.add("Baris " + line.number() + ": \"" + line.group(2)
            + "\" bukan tanggal yang valid (YYYY-MM-DD). Tulis seperti: " + EXAMPLE);
      }
      LocalTime time = TimetableSettings.parseTime(line.group(3));
      if (time == null) {
        problems.add("Baris " + line.number() + ": \"" + line.group(3)
            + "\" bukan jam yang valid (JJ:MM). Tulis seperti: " + EXAMPLE);
      }
      if (!byKey.containsKey(entryKey)) {
        problems.add("Baris " + line.number() + ": " + entryKey + " bukan finalis edisi ini.");
      } else if (lineOf.containsKey(entryKey)) {
        problems.add("Baris " + line.number() + ": " + entryKey + " sudah diubah pada baris " + lineOf.get(entryKey)
            + "; satu baris per finalis.");
      } else if (day != null && time != null) {
        lineOf.put(entryKey, line.number());
        starts.put(entryKey, day.atTime(time));
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
}
