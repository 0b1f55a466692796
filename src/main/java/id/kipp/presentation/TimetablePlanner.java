package id.kipp.presentation;

import id.kipp.shared.Bahasa;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes and checks the presentation timetable of an edition's finalists.
 *
 * <p>The proposal takes the finalists in the order given (the edition's groups in their order, then desk rank) and
 * puts them one after the other from the start of the first day: a slot lasts presentation + interview minutes; after a
 * slot comes the changeover, or, after every {@code breakEverySlots} slots, a break of {@code breakMinutes} instead; no
 * slot overlaps the lunch break window (the next slot starts when it ends, and the count towards the next break starts
 * again); a slot that would end after the day's end goes to the start of the next day, where the count starts again.
 * Finalists left when the days are full are reported as not placed ({@link Proposal#fits()}).
 */
public final class TimetablePlanner {

  private TimetablePlanner() {}

  /** A proposed timetable; {@code unplaced} are the finalists the days could not hold. */
  public record Proposal(List<PresentationSlot> slots, List<Finalist> unplaced) {

    public boolean fits() {
      return unplaced.isEmpty();
    }

    /** Why the finalists do not fit, in Bahasa Indonesia (null when they do). */
    public String shortfall(TimetableSettings settings) {
      return fits() ? null : shortfall(settings, unplaced.stream().map(Finalist::entryKey).toList());
    }

    /** Why the finalists do not fit, naming those still without a slot (some may have been placed by hand). */
    public String shortfall(TimetableSettings settings, List<String> withoutSlot) {
      int finalists = slots.size() + unplaced.size();
      return "Jadwal tidak muat: " + finalists + " finalis, tetapi " + settings.days().size() + " hari presentasi ("
          + settings.days().stream().map(Bahasa::dayDate).collect(Collectors.joining("; ")) + ") dengan jam "
          + Bahasa.clock(settings.dayStart()) + "–" + Bahasa.clock(settings.dayEnd()) + " dan slot "
          + TimetableSettings.minutes(settings.slotMinutes()) + " hanya memuat " + slots.size() + " finalis. " + withoutSlot.size()
          + " finalis belum mendapat slot: " + String.join(", ", withoutSlot)
          + ". Tambahkan hari presentasi, perpanjang jam presentasi, atau perpendek slot, jeda atau istirahat.";
    }
  }

  /** The proposal for {@code finalists}, in the order given. */
  public static Proposal propose(List<Finalist> finalists, TimetableSettings settings) {
    List<PresentationSlot> slots = new ArrayList<>();
    int next = 0;
    for (LocalDate day : settings.days()) {
      LocalDateTime cursor = day.atTime(settings.dayStart());
      LocalDateTime dayEnd = day.atTime(settings.dayEnd());
      LocalDateTime lunchStart = settings.hasLunchBreak() ? day.atTime(settings.lunchStart()) : null;
      LocalDateTime lunchEnd = settings.hasLunchBreak() ? day.atTime(settings.lunchEnd()) : null;
      int run = 0;
      while (next < finalists.size()) {
        LocalDateTime end = cursor.plusMinutes(settings.slotMinutes());
        if (lunchStart != null && cursor.isBefore(lunchEnd) && end.isAfter(lunchStart)) {
          cursor = lunchEnd;
          run = 0;
          continue;
        }
        if (end.isAfter(dayEnd)) {
          break;
        }
        slots.add(new PresentationSlot(finalists.get(next++), cursor, end));
        run++;
        if (settings.breakEverySlots() > 0 && run == settings.breakEverySlots()) {
          cursor = end.plusMinutes(settings.breakMinutes());
          run = 0;
        } else {
          cursor = end.plusMinutes(settings.changeoverMinutes());
        }
      }
    }
    return new Proposal(slots, List.copyOf(finalists.subList(next, finalists.size())));
  }

  /**
   * Everything wrong with a timetable (Bahasa Indonesia; empty when it may be confirmed): every finalist has exactly
   * one slot and nothing else has one; every slot lasts one slot's length, lies on one of the presentation days within
   * the day's hours, and overlaps no other slot. A slot moved by hand may fall in a break: the secretariat decides.
   */
  public static List<String> check(List<PresentationSlot> timetable, List<Finalist> finalists,
      TimetableSettings settings) {
    List<String> problems = new ArrayList<>();
    missing(timetable, finalists).forEach(entryKey -> problems.add("Finalis " + entryKey + " belum mendapat slot."));
    problems.addAll(placementProblems(timetable, finalists, settings));
    return problems;
  }

  /** Finalists without a slot, in the order given. */
  public static List<String> missing(List<PresentationSlot> timetable, List<Finalist> finalists) {
    Set<String> placed = timetable.stream().map(PresentationSlot::entryKey).collect(Collectors.toSet());
    return finalists.stream().map(Finalist::entryKey).filter(entryKey -> !placed.contains(entryKey)).toList();
  }

  /** What {@link #check} finds besides finalists without a slot. */
  public static List<String> placementProblems(List<PresentationSlot> timetable, List<Finalist> finalists,
      TimetableSettings settings) {
    List<String> problems = new ArrayList<>();
    Set<String> expected = finalists.stream().map(Finalist::entryKey).collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, Integer> count = new java.util.LinkedHashMap<>();
    timetable.forEach(slot -> count.merge(slot.entryKey(), 1, Integer::sum));
    count.forEach((entryKey, slots) -> {
      if (slots > 1) {
        problems.add("Finalis " + entryKey + " mendapat " + slots + " slot; setiap finalis tepat satu slot.");
      }
    });
    Set<String> reported = new HashSet<>();
    for (PresentationSlot slot : timetable) {
      if (!expected.contains(slot.entryKey()) && reported.add(slot.entryKey())) {
        problems.add(slot.entryKey() + " bukan finalis edisi ini.");
      }
    }
    Set<LocalDate> days = new HashSet<>(settings.days());
    for (PresentationSlot slot : timetable) {
      LocalDate day = slot.startsAt().toLocalDate();
      String label = "Slot " + slot.entryKey() + " (" + when(slot) + ")";
      if (!slot.endsAt().equals(slot.startsAt().plusMinutes(settings.slotMinutes()))) {
        problems.add(label + " tidak sepanjang satu slot (" + TimetableSettings.minutes(settings.slotMinutes()) + ").");
      }
      if (!days.contains(day)) {
        problems.add(label + " tidak jatuh pada hari presentasi; tambahkan tanggalnya ke hari presentasi bila perlu.");
      } else if (slot.startsAt().toLocalTime().isBefore(settings.dayStart())
          || !slot.endsAt().toLocalDate().equals(day) || slot.endsAt().toLocalTime().isAfter(settings.dayEnd())) {
        problems.add(label + " di luar jam presentasi " + Bahasa.clock(settings.dayStart()) + "–"
            + Bahasa.clock(settings.dayEnd()) + ".");
      }
    }
    List<PresentationSlot> ordered = new ArrayList<>(timetable);
    ordered.sort(Comparator.comparing(PresentationSlot::startsAt).thenComparing(PresentationSlot::entryKey));
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = i + 1; j < ordered.size() && ordered.get(j).startsAt().isBefore(ordered.get(i).endsAt()); j++) {
        PresentationSlot a = ordered.get(i);
        PresentationSlot b = ordered.get(j);
        if (a.overlaps(b)) {
          problems.add("Slot " + a.entryKey() + " (" + when(a) + ") bertabrakan dengan slot " + b.entryKey() + " ("
              + Bahasa.clockRange(b.startsAt().toLocalTime(), b.endsAt().toLocalTime()) + ").");
        }
      }
    }
    return problems;
  }

  /** "Selasa, 1 Oktober 2019 pukul 09.20–09.40" (the zone is said once, in the settings). */
  private static String when(PresentationSlot slot) {
    return Bahasa.dayDate(slot.startsAt().toLocalDate()) + " pukul "
        + Bahasa.clockRange(slot.startsAt().toLocalTime(), slot.endsAt().toLocalTime());
  }

  /**
   * The slots still free beside {@code timetable}: where a proposal could put a slot on the settings' days (the same
   * changeover, breaks and lunch break from the start of each day) without overlapping any slot of the timetable, in
   * time order, at most {@code limit}.
   */
  public static List<PresentationSlot> freeSlots(List<PresentationSlot> timetable, TimetableSettings settings,
      int limit) {
    long perDay = java.time.Duration.between(settings.dayStart(), settings.dayEnd()).toMinutes()
        / Math.max(1, settings.slotMinutes()) + 1;
    Finalist free = new Finalist("", "", "", "", 0);
    List<Finalist> grid = java.util.Collections.nCopies((int) Math.min(100_000, perDay * settings.days().size()), free);
    List<PresentationSlot> result = new ArrayList<>();
    for (PresentationSlot slot : propose(grid, settings).slots()) {
      if (timetable.stream().noneMatch(slot::overlaps)) {
        result.add(slot);
        if (result.size() == limit) {
          break;
        }
      }
    }
    return result;
  }
}
