package id.kipp.shared;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every Thymeleaf page {@code dates}: {@link Bahasa} bound to the competition's zone, so templates say dates
 * and scores as everything else does ({@code ${dates.date(e.implementedSince)}}), never with {@code #temporals}.
 */
@ControllerAdvice
public class BahasaPages {

  private final Bahasa.Dates dates;

  public BahasaPages(CompetitionCalendar calendar) {
    this.dates = Bahasa.in(calendar.zone());
  }

  @ModelAttribute("dates")
  public Bahasa.Dates dates() {
    return dates;
  }
}
