package id.kipp.objection;

import id.kipp.document.DocumentStore;
import id.kipp.objection.ObjectionStages.Finalist;
import id.kipp.objection.ObjectionStages.Stage;
import id.kipp.shared.Bahasa;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page of uji publik, no login: {@code GET /uji-publik/{edition}} (the proposed finalists, the objection
 * form while the period is open, the outcome per finalist once decided), {@code POST /uji-publik/{edition}} (file an
 * objection), {@code /uji-publik/{edition}/{entry}/dokumen/{document}} (a finalist's public document) and
 * {@code /uji-publik/konfirmasi?token=…} (the e-mail link: a page with a button that confirms by POST, so that a mail
 * scanner opening the link confirms nothing).
 */
@Controller
public class ObjectionPageController {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private final ObjectionStages stages;
  private final PublicObjections objections;
  private final PublicObjectionRepository repository;
  private final DocumentStore documents;
  private final id.kipp.shared.CompetitionCalendar calendar;

  public ObjectionPageController(ObjectionStages stages, PublicObjections objections,
      PublicObjectionRepository repository, DocumentStore documents, id.kipp.shared.CompetitionCalendar calendar) {
    this.calendar = calendar;
    this.stages = stages;
    this.objections = objections;
    this.repository = repository;
    this.documents = documents;
  }

  @GetMapping("/uji-publik/{edition}")
  public ModelAndView page(@PathVariable String edition) {
    return page(edition, ObjectionForm.empty(), Map.of(), HttpStatus.OK, null);
  }

  @PostMapping("/uji-publik/{edition}")
  public ModelAndView file(@PathVariable String edition, @RequestParam(required = false) String name,
      @RequestParam(required = false) String email, @RequestParam(required = false) String entryKey,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String website,
      @RequestParam(required = false) MultipartFile file, HttpServletRequest request) throws IOException {
    ObjectionForm form = new ObjectionForm(name, email, entryKey, reason, website);
    if (!KEY.matcher(edition).matches()) {
      return notFound();
    }
    PublicObjections.Attachment attachment = file == null || file.isEmpty() && blank(file.getOriginalFilename())
        ? null : new PublicObjections.Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    try {
      objections.file(edition, form, attachment, request.getRemoteAddr());
    } catch (ObjectionRefused refused) {
      return page(edition, form, refused.problems(), HttpStatus.valueOf(refused.status()), null);
    }
    return page(edition, ObjectionForm.empty(), Map.of(), HttpStatus.OK,
        "Sanggahan Anda sudah kami terima. Buka tautan konfirmasi yang kami kirim ke alamat e-mail Anda; sanggahan"
            + " baru dihitung setelah dikonfirmasi.");
  }

  @GetMapping("/uji-publik/konfirmasi")
  public ModelAndView confirmPage(@RequestParam(required = false) String token) {
    ModelAndView view = new ModelAndView("objection/konfirmasi");
    view.addObject("token", token == null ? "" : token);
    view.addObject("outcome", null);
    return view;
  }

  @PostMapping("/uji-publik/konfirmasi")
  public ModelAndView confirm(@RequestParam(required = false) String token) {
    PublicObjections.Confirmed confirmed = objections.confirm(token);
    ModelAndView view = new ModelAndView("objection/konfirmasi", switch (confirmed.outcome()) {
      case CONFIRMED, ALREADY_CONFIRMED -> HttpStatus.OK;
      case UNKNOWN -> HttpStatus.NOT_FOUND;
      case EXPIRED -> HttpStatus.GONE;
      case STAGE_CLOSED -> HttpStatus.CONFLICT;
    });
    view.addObject("token", "");
    view.addObject("outcome", confirmed.outcome().name());
    view.addObject("editionKey", confirmed.editionKey());
    return view;
  }

  @GetMapping("/uji-publik/{edition}/{entryKey}/dokumen/{documentId}")
  public ResponseEntity<byte[]> document(@PathVariable String edition, @PathVariable String entryKey,
      @PathVariable String documentId) {
    if (!KEY.matcher(edition).matches()) {
      return ResponseEntity.notFound().build();
    }
    Stage stage = stages.latest(edition).orElse(null);
    if (stage == null || !stage.proposedFinalists().contains(entryKey)) {
      return ResponseEntity.notFound().build();
    }
    ObjectionStages.Document document = stages.finalists(List.of(entryKey)).get(0).documents().stream()
        .filter(candidate -> candidate.id().equals(documentId)).findFirst().orElse(null);
    if (document == null) {
      return ResponseEntity.notFound().build();
    }
    byte[] bytes = documents.content(document.storedDocumentId());
    String filename = document.filename().replaceAll("\\p{Cntrl}", "");
    ContentDisposition disposition = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
        ? ContentDisposition.attachment().filename(filename).build()
        : ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build();
    // served as a PDF attachment whatever the uploader declared: never run as a page of this site
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .contentLength(bytes.length).body(bytes);
  }

  private ModelAndView page(String edition, ObjectionForm form, Map<String, String> problems, HttpStatus status,
      String filed) {
    if (!KEY.matcher(edition).matches()) {
      return notFound();
    }
    Stage stage = stages.latest(edition).orElse(null);
    if (stage == null) {
      return notFound();
    }
    List<Finalist> finalists = stages.finalists(stage);
    Map<String, PublicObjectionRepository.Outcome> outcomes = new HashMap<>();
    repository.outcomes(edition).forEach(outcome -> outcomes.put(outcome.entryKey(), outcome));
    ModelAndView view = new ModelAndView("objection/uji-publik", status);
    view.addObject("stage", stage);
    view.addObject("endsAt", stage.endsAt() == null ? null
        : Bahasa.dateTime(stage.endsAt().toInstant(), calendar.zone()));
    view.addObject("finalists", finalists);
    view.addObject("outcomes", outcomes);
    view.addObject("form", form);
    view.addObject("problems", problems);
    view.addObject("filed", filed);
    return view;
  }

  private static ModelAndView notFound() {
    ModelAndView view = new ModelAndView("objection/tidak-ditemukan", HttpStatus.NOT_FOUND);
    return view;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
