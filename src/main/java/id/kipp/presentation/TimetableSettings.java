package id.kipp.presentation;

import id.kipp.shared.Bahasa;
import id.kipp.shared.Vars;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the secretariat sets for the presentation timetable (form "Tetapkan jadwal presentasi"; defaults from
 * {@code kipp.presentation.*}): the days, the hours of a day, the length of a slot (presentation + interview), the
 * changeover between two slots, a break after every {@code breakEverySlots} slots (0 = none) and an optional lunch
 * break window. Times are local times of the competition's time zone.
 */
public record TimetableSettings(List<LocalDate> days, LocalTime dayStart, LocalTime dayEnd, int presentationMinutes,
    int interviewMinutes, int changeoverMinutes, int breakEverySlots, int breakMinutes, LocalTime lunchStart,
    LocalTime lunchEnd) {

  /** Process variables (edition scope) holding the settings; also the keys of the form's fields. */
  public static final String DAYS = "presentationDays";
  public static final String DAY_START = "presentationDayStart";
  public static final String DAY_END = "presentationDayEnd";
  public static final String PRESENTATION_MINUTES = "presentationMinutes";
  public static final String INTERVIEW_MINUTES = "interviewMinutes";
  public static final String CHANGEOVER_MINUTES = "changeoverMinutes";
  public static final String BREAK_EVERY_SLOTS = "breakEverySlots";
  public static final String BREAK_MINUTES = "breakMinutes";
  public static final String LUNCH_START = "lunchBreakStart";
  public static final String LUNCH_END = "lunchBreakEnd";

  public static final List<String> VARIABLES = List.of(DAYS, DAY_START, DAY_END, PRESENTATION_MINUTES,
      INTERVIEW_MINUTES, CHANGEOVER_MINUTES, BREAK_EVERY_SLOTS, BREAK_MINUTES, LUNCH_START, LUNCH_END);

  /** Sanity bounds, the same as the form's. */
  static final int MAX_DAYS = 60;
  static final int MAX_MINUTES = 240;

  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

  /** The days in calendar order, each once. */
  public TimetableSettings {
    days = List.copyOf(new TreeSet<>(days));
  }

  /** Length of one slot: presentation plus interview. */
  public int slotMinutes() {
    return presentationMinutes + interviewMinutes;
  }

  public boolean hasLunchBreak() {
    return lunchStart != null && lunchEnd != null;
  }

  /**
   * The settings in one line ("2019-10-01,2019-10-02|08:00-16:00|7+13|0|6x10|12:00-13:00"): a proposal remembers the
   * settings it was made with, so that a timetable is never confirmed with settings the secretariat has not seen.
   */
  public String canonical() {
    return days.stream().map(LocalDate::toString).collect(Collectors.joining(",")) + "|" + dayStart + "-" + dayEnd
        + "|" + presentationMinutes + "+" + interviewMinutes + "|" + changeoverMinutes + "|" + breakEverySlots + "x"
        + breakMinutes + "|" + (hasLunchBreak() ? lunchStart + "-" + lunchEnd : "");
  }

  /** The settings as process variables (the form's fields). */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(DAYS, days.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
    variables.put(DAY_START, dayStart.toString());
    variables.put(DAY_END, dayEnd.toString());
    variables.put(PRESENTATION_MINUTES, (long) presentationMinutes);
    variables.put(INTERVIEW_MINUTES, (long) interviewMinutes);
    variables.put(CHANGEOVER_MINUTES, (long) changeoverMinutes);
    variables.put(BREAK_EVERY_SLOTS, (long) breakEverySlots);
    variables.put(BREAK_MINUTES, (long) breakMinutes);
    variables.put(LUNCH_START, hasLunchBreak() ? lunchStart.toString() : null);
    variables.put(LUNCH_END, hasLunchBreak() ? lunchEnd.toString() : null);
    return variables;
  }

  /** "20 menit", "1 jam 30 menit". */
  static String minutes(long minutes) {
    return Bahasa.duration(java.time.Duration.ofMinutes(minutes));
  }

  /** One sentence for the secretariat (Bahasa Indonesia), e.g. above the proposed table. */
  public String describe(String zone) {
    StringBuilder text = new StringBuilder();
    text.append("Slot ").append(minutes(slotMinutes())).append(" (presentasi ").append(presentationMinutes)
        .append(" + wawancara ").append(interviewMinutes).append("), jam presentasi ")
        .append(Bahasa.clock(dayStart)).append("–").append(Bahasa.clock(dayEnd)).append(' ')
        .append(zone).append(", jeda antarslot ").append(minutes(changeoverMinutes));
    if (breakEverySlots > 0 && breakMinutes > 0) {
      text.append(", istirahat ").append(minutes(breakMinutes)).append(" setiap ").append(breakEverySlots).append(" slot");
    }
    if (hasLunchBreak()) {
      text.append(", istirahat siang ").append(Bahasa.clock(lunchStart)).append("–")
          .append(Bahasa.clock(lunchEnd));
    }
    return text.append('.').toString();
  }

  /**
   * Reads the settings from process variables (as the form or the REST API delivers them); every problem goes to
   * {@code problems} in Bahasa Indonesia, and then the result is null.
   */
  public static TimetableSettings read(Function<String, Object> variables, List<String> problems) {
    int before = problems.size();
    List<LocalDate> days = days(variables.apply(DAYS), problems);
    LocalTime dayStart = time(variables.apply(DAY_START), "Jam mulai presentasi", true, problems);
    LocalTime dayEnd = time(variables.apply(DAY_END), "Jam selesai presentasi", true, problems);
    Integer presentation = minutes(variables.apply(PRESENTATION_MINUTES), "Durasi presentasi", 1, problems);
    Integer interview = minutes(variables.apply(INTERVIEW_MINUTES), "Durasi wawancara", 0, problems);
    Integer changeover = minutes(variables.apply(CHANGEOVER_MINUTES), "Jeda antarslot", 0, problems);
    Integer breakEvery = whole(variables.apply(BREAK_EVERY_SLOTS), "Istirahat setiap … slot", 0, 1000, problems);
    Integer breakMinutes = minutes(variables.apply(BREAK_MINUTES), "Lama istirahat", 0, problems);
    LocalTime lunchStart = time(variables.apply(LUNCH_START), "Mulai istirahat siang", false, problems);
    LocalTime lunchEnd = time(variables.apply(LUNCH_END), "Selesai istirahat siang", false, problems);
    if (dayStart != null && dayEnd != null && !dayStart.isBefore(dayEnd)) {
      problems.add("Jam mulai presentasi harus sebelum jam selesai.");
    }
    if (blank(variables.apply(LUNCH_START)) != blank(variables.apply(LUNCH_END))) {
      problems.add("Isi mulai dan selesai istirahat siang, atau kosongkan keduanya.");
    }
    if (lunchStart != null && lunchEnd != null && !lunchStart.isBefore(lunchEnd)) {
      problems.add("Mulai istirahat siang harus sebelum selesainya.");
    }
    if (presentation != null && interview != null && dayStart != null && dayEnd != null && dayStart.isBefore(dayEnd)
        && java.time.Duration.between(dayStart, dayEnd).toMinutes() < presentation + interview) {
      problems.add("Satu slot (" + minutes(presentation + interview) + ") lebih panjang dari jam presentasi sehari.");
    }
    if (problems.size() > before) {
      return null;
    }
    return new TimetableSettings(days, dayStart, dayEnd, presentation, interview, changeover, breakEvery, breakMinutes,
        lunchStart, lunchEnd);
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static List<LocalDate> days(Object value, List<String> problems) {
    if (blank(value)) {
      problems.add("Hari presentasi wajib diisi (tanggal YYYY-MM-DD, pisahkan dengan koma).");
      return List.of();
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (String text : value.toString().trim().split("[,;\\s]+")) {
      try {
        days.add(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        problems.add("Hari presentasi \"" + text + "\" bukan tanggal yang valid (YYYY-MM-DD, misalnya 2019-10-01).");
      }
    }
    if (days.size() > MAX_DAYS) {
      problems.add("Hari presentasi paling banyak " + MAX_DAYS + " hari.");
    }
    return new ArrayList<>(days);
  }

  /** Parses "08:00", "8:00" or "08.00"; null when blank or invalid. */
  static LocalTime parseTime(Object value) {
    if (blank(value)) {
      return null;
    }
    Matcher matcher = TIME.matcher(value.toString().trim());
    if (!matcher.matches()) {
      return null;
    }
    int hour = Integer.parseInt(matcher.group(1));
    int minute = Integer.parseInt(matcher.group(2));
    return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
  }

  private static LocalTime time(Object value, String label, boolean required, List<String> problems) {
    if (blank(value)) {
      if (required) {
        problems.add(label + " wajib diisi (JJ:MM, misalnya 08:00).");
      }
      return null;
    }
    LocalTime time = parseTime(value);
    if (time == null) {
      problems.add(label + " \"" + value.toString().trim() + "\" bukan jam yang valid (JJ:MM, misalnya 08:00).");
    }
    return time;
  }

  private static Integer minutes(Object value, String label, int min, List<String> problems) {
    return whole(value, label + " (menit)", min, MAX_MINUTES, problems);
  }

  private static Integer whole(Object value, String label, int min, int max, List<String> problems) {
    Long number = Vars.whole(value);
    if (number == null || number < min || number > max) {
      problems.add(label + " wajib diisi, bilangan bulat " + min + " sampai " + max + ".");
      return null;
    }
    return number.intValue();
  }
}
