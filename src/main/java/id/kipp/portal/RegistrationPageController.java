package id.kipp.portal;

import id.kipp.edition.EditionDirectory;
import id.kipp.edition.EditionView;
import id.kipp.shared.Bahasa;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Daftarkan inovasi" in the participant portal: {@code /portal/daftar} lists the editions whose registration is open
 * (straight to the form when there is one), {@code /portal/daftar/<edition>} is the registration form of that edition
 * — the group chosen from the edition's groups, the agency shown from the account and never sent — and its post
 * registers through {@link PortalRegistration} (the entry process's own rules). A refusal shows the form again, HTTP
 * 400, each Bahasa message next to its field and all of them next to the button, every typed field kept; an accepted
 * registration goes to {@code /portal/terdaftar/<entry>}, the confirmation with the entry number.
 */
@Controller
public class RegistrationPageController {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationPageController.class);

  private final ParticipantPortal portal;
  private final OpenEditions openEditions;
  private final PortalRegistration registration;
  private final ProcessEngine engine;
  private final Bahasa.Dates dates;

  public RegistrationPageController(ParticipantPortal portal, OpenEditions openEditions,
      PortalRegistration registration, ProcessEngine engine, CompetitionCalendar calendar) {
    this.portal = portal;
    this.openEditions = openEditions;
    this.registration = registration;
    this.engine = engine;
    this.dates = Bahasa.in(calendar.zone());
  }

  @GetMapping("/portal/daftar")
  public ModelAndView editions(Authentication authentication) {
    List<EditionView> open = openEditions.list();
    PortalView view = portal.of(PortalApiController.participant(authentication));
    if (open.size() == 1 && view.agency() != null) {
      return new ModelAndView("redirect:/portal/daftar/" + open.get(0).editionKey());
    }
    return editionList(view, open, null, HttpStatus.OK);
  }

  @GetMapping("/portal/daftar/{editionKey}")
  public ModelAndView form(@PathVariable String editionKey, Authentication authentication) {
    PortalView view = portal.of(PortalApiController.participant(authentication));
    Optional<EditionView> edition = openEditions.find(editionKey);
    if (view.agency() == null || edition.isEmpty()) {
      return editionList(view, openEditions.list(), edition.isEmpty() ? closedMessage(editionKey) : null,
          edition.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.OK);
    }
    return form(view, edition.get(), new HashMap<>(), false, List.of(), HttpStatus.OK);
  }

  @PostMapping("/portal/daftar/{editionKey}")
  public ModelAndView register(@PathVariable String editionKey, MultipartHttpServletRequest request,
      Authentication authentication) throws IOException {
    String user = PortalApiController.participant(authentication);
    PortalView view = portal.of(user);
    Map<String, String> fields = new HashMap<>();
    for (String name : RegistrationFields.TEXT_FIELDS) {
      String value = request.getParameter(name);
      fields.put(name, value == null ? "" : value);
    }
    // a browser sends a ticked checkbox as "on", the form's Boolean as "true"
    String declared = request.getParameter(RegistrationFields.DECLARATION);
    boolean neverEnteredBefore = "on".equals(declared) || "true".equalsIgnoreCase(declared);
    Map<String, PortalRegistration.Upload> files = new LinkedHashMap<>();
    for (String name : RegistrationFields.FILES) {
      MultipartFile file = request.getFile(name);
      if (file != null && !file.isEmpty()) {
        files.put(name, new PortalRegistration.Upload(file.getOriginalFilename(), file.getContentType(),
            file.getBytes()));
      }
    }
    List<String> problems;
    try {
      String entryKey = registration.register(user, editionKey, fields, neverEnteredBefore, files,
          view.agency() == null ? null : view.agency().name());
      return new ModelAndView("redirect:/portal/terdaftar/" + entryKey);
    } catch (RuleViolation e) {
      problems = e.problems();
    } catch (AuthorizationException e) {
      // the guard's and the engine's refusals; the guard's are Bahasa, the engine's are not shown
      LOG.info("Portal registration of {} refused: {}", user, e.getMessage());
      problems = List.of("Akun " + user + " tidak berwenang mendaftarkan inovasi. Hubungi sekretariat kompetisi.");
    } catch (ProcessEngineException e) {
      LOG.warn("Portal registration of {} failed", user, e);
      problems = List.of("Pendaftaran belum dapat diproses karena gangguan pada server, dan belum tersimpan. Silakan"
          + " kirim ulang dalam beberapa saat.");
    }
    Optional<EditionView> edition = new EditionDirectory(engine).find(editionKey);
    if (edition.isEmpty() || view.agency() == null) {
      return editionList(view, openEditions.list(), String.join(" ", problems), HttpStatus.BAD_REQUEST);
    }
    return form(view, edition.get(), fields, neverEnteredBefore, problems, HttpStatus.BAD_REQUEST);
  }

  @GetMapping("/portal/terdaftar/{entryKey}")
  public ModelAndView confirmation(@PathVariable String entryKey, Authentication authentication) {
    PortalView view = portal.of(PortalApiController.participant(authentication));
    Optional<PortalEntry> entry = view.entries().stream().filter(candidate -> entryKey.equals(candidate.entryKey()))
        .findFirst();
    if (entry.isEmpty()) {
      ModelAndView missing = new ModelAndView("portal/tanpa-instansi", HttpStatus.NOT_FOUND);
      missing.addObject("view", new PortalView(view.user(), null, "Inovasi " + entryKey + " tidak ditemukan di antara"
          + " inovasi instansi Anda.", List.of()));
      return missing;
    }
    ModelAndView page = new ModelAndView("portal/terdaftar");
    page.addObject("view", view);
    page.addObject("entry", entry.get());
    page.addObject("submittedAt", dates.dateTime(entry.get().submittedAt()));
    return page;
  }

  private ModelAndView editionList(PortalView view, List<EditionView> open, String message, HttpStatus status) {
    ModelAndView page = new ModelAndView("portal/daftar-edisi", status);
    page.addObject("view", view);
    page.addObject("editions", open);
    page.addObject("message", message);
    page.addObject("closesAt", open.stream().collect(Collectors.toMap(EditionView::editionKey,
        edition -> dates.dateTime(OffsetDateTime.ofInstant(edition.registrationClosesAt().toInstant(),
            ZoneOffset.UTC)))));
    return page;
  }

  private ModelAndView form(PortalView view, EditionView edition, Map<String, String> fields, boolean declared,
      List<String> problems, HttpStatus status) {
    ModelAndView page = new ModelAndView("portal/daftar", status);
    page.addObject("view", view);
    page.addObject("edition", edition);
    page.addObject("closesAt", dates.dateTime(OffsetDateTime.ofInstant(edition.registrationClosesAt().toInstant(),
        ZoneOffset.UTC)));
    page.addObject("sections", RegistrationFields.SECTIONS);
    page.addObject("files", RegistrationFields.FILES);
    page.addObject("labels", RegistrationFields.FILES.stream().collect(Collectors.toMap(
        name -> name, RegistrationFields::fileLabel)));
    page.addObject("values", fields);
    page.addObject("declared", declared);
    page.addObject("problems", problems);
    page.addObject("errors", RegistrationFields.byField(problems));
    return page;
  }

  private static String closedMessage(String editionKey) {
    return "Pendaftaran edisi " + editionKey + " tidak sedang dibuka. Pilih salah satu edisi yang pendaftarannya"
        + " dibuka di bawah ini.";
  }
}
