package id.kipp.presentation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Default settings of the presentation timetable ({@code kipp.presentation.*} in application.yaml); the secretariat
 * changes them per edition in "Tetapkan jadwal presentasi". The default day is the edition's presentation date.
 * Checked at start-up: settings the form would refuse stop the application with the reason.
 */
@ConfigurationProperties(prefix = "kipp.presentation")
public record PresentationDefaults(String dayStart, String dayEnd, Integer presentationMinutes,
    Integer interviewMinutes, Integer changeoverMinutes, Integer breakEverySlots, Integer breakMinutes,
    String lunchStart, String lunchEnd) {

  public PresentationDefaults {
    List<String> problems = new ArrayList<>();
    settings(LocalDate.of(2000, 1, 1), dayStart, dayEnd, presentationMinutes, interviewMinutes, changeoverMinutes,
        breakEverySlots, breakMinutes, lunchStart, lunchEnd, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("kipp.presentation: " + String.join(" ", problems));
    }
  }

  /** The default settings for an edition presenting on {@code day}. */
  public TimetableSettings settings(LocalDate day) {
    List<String> problems = new ArrayList<>();
    return settings(day, dayStart, dayEnd, presentationMinutes, interviewMinutes, changeoverMinutes, breakEverySlots,
        breakMinutes, lunchStart, lunchEnd, problems);
  }

  private static TimetableSettings settings(LocalDate day, String dayStart, String dayEnd, Integer presentationMinutes,
      Integer interviewMinutes, Integer changeoverMinutes, Integer breakEverySlots, Integer breakMinutes,
      String lunchStart, String lunchEnd, List<String> problems) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put(TimetableSettings.DAYS, day.toString());
    values.put(TimetableSettings.DAY_START, dayStart);
    values.put(TimetableSettings.DAY_END, dayEnd);
    values.put(TimetableSettings.PRESENTATION_MINUTES, presentationMinutes);
    values.put(TimetableSettings.INTERVIEW_MINUTES, interviewMinutes);
    values.put(TimetableSettings.CHANGEOVER_MINUTES, changeoverMinutes);
    values.put(TimetableSettings.BREAK_EVERY_SLOTS, breakEverySlots);
    values.put(TimetableSettings.BREAK_MINUTES, breakMinutes);
    values.put(TimetableSettings.LUNCH_START, lunchStart);
    values.put(TimetableSettings.LUNCH_END, lunchEnd);
    return TimetableSettings.read(values::get, problems);
  }
}
