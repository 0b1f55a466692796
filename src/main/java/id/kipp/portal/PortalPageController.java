package id.kipp.portal;

import id.kipp.shared.Bahasa;
import id.kipp.shared.CompetitionCalendar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The participant portal's page {@code /portal}: the same data as {@code /api/portal/entries}, one table per edition.
 * Login, logout and who may open it: {@code id.kipp.identity.WebPageSecurityConfiguration}.
 */
@Controller
public class PortalPageController {

  private final ParticipantPortal portal;
  private final Bahasa.Dates dates;

  public PortalPageController(ParticipantPortal portal, CompetitionCalendar calendar) {
    this.portal = portal;
    this.dates = Bahasa.in(calendar.zone());
  }

  /** The entries of one edition, in the order of the view. */
  public record EditionSection(String key, String name, String resultsUrl, List<PortalEntry> entries) {}

  @GetMapping("/portal")
  public String portal(Authentication authentication, Model model) {
    PortalView view = portal.of(PortalApiController.participant(authentication));
    Map<String, EditionSection> sections = new LinkedHashMap<>();
    for (PortalEntry entry : view.entries()) {
      String key = Objects.toString(entry.editionKey(), "");
      sections.computeIfAbsent(key, k -> new EditionSection(k, entry.editionName(), entry.resultsUrl(),
          new ArrayList<>()))
          .entries().add(entry);
    }
    model.addAttribute("view", view);
    model.addAttribute("sections", List.copyOf(sections.values()));
    model.addAttribute("dates", dates);
    return view.agency() == null ? "portal/tanpa-instansi" : "portal/beranda";
  }

  /**
   * Shown (HTTP 403) when a signed-in user who is not a participant opens the portal or posts one of its forms (the
   * access-denied handler forwards here with the request's method).
   */
  @RequestMapping("/portal/ditolak")
  @ResponseStatus(HttpStatus.FORBIDDEN)
  public String refused(Authentication authentication, Model model) {
    model.addAttribute("user", authentication == null ? null : authentication.getName());
    return "portal/ditolak";
  }
}
