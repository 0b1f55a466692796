package id.kipp.webapp;

import id.kipp.shared.CompetitionCalendar;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /camunda/app/kipp/time-zone.json} (under the webapps' path, {@code camunda.bpm.webapp.application-path}):
 * the zone of {@link WebappTimeZone}, for {@code app/kipp/time-zone.js}. No login needed (the webapps' login page
 * shows the footer too); it tells nothing but the configured zone.
 */
@RestController
public class WebappTimeZoneController {

  private final CompetitionCalendar calendar;

  public WebappTimeZoneController(CompetitionCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/kipp/time-zone.json",
      produces = "application/json")
  public WebappTimeZone timeZone() {
    return WebappTimeZone.of(calendar.zone(), calendar.now());
  }
}
