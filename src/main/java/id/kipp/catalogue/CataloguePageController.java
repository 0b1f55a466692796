package id.kipp.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public catalogue, no login: {@code /katalog} (search), {@code /katalog/{entryKey}} (one innovation) and
 * {@code /katalog/{entryKey}/dokumen/{documentId}} (a document). Only published editions are in the catalogue, so an
 * innovation of an unpublished edition is "not found" like an unknown one.
 */
@Controller
public class CataloguePageController {

  private final Catalogue catalogue;

  public CataloguePageController(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/katalog")
  public String search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
      @RequestParam(required = false) String group, @RequestParam(required = false) String year,
      @RequestParam(required = false) String award, @RequestParam(required = false) String page, Model model) {
    CatalogueQuery query = CatalogueQuery.of(q, agency, group, year, award, page);
    CataloguePage results = catalogue.search(query);
    model.addAttribute("query", query);
    model.addAttribute("results", results);
    model.addAttribute("groups", catalogue.groups());
    model.addAttribute("years", catalogue.years());
    model.addAttribute("awards", Award.values());
    model.addAttribute("previousUrl", results.hasPrevious() ? url(query.withPage(query.page() - 1)) : null);
    model.addAttribute("nextUrl", results.hasNext() ? url(query.withPage(query.page() + 1)) : null);
    return "catalogue/search";
  }

  @GetMapping("/katalog/{entryKey}")
  public String detail(@PathVariable String entryKey, Model model) {
    model.addAttribute("detail", catalogue.detail(entryKey));
    return "catalogue/detail";
  }

  @GetMapping("/katalog/{entryKey}/dokumen/{documentId}")
  public ResponseEntity<byte[]> document(@PathVariable String entryKey, @PathVariable String documentId) {
    CatalogueRepository.Content content = catalogue.document(entryKey, documentId);
    return download(content);
  }

  @ExceptionHandler(CatalogueNotFound.class)
  public ModelAndView notFound(CatalogueNotFound e) {
    ModelAndView view = new ModelAndView("catalogue/not-found", HttpStatus.NOT_FOUND);
    view.addObject("message", e.getMessage());
    return view;
  }

  /** Types a browser would run as a page or script are sent as plain bytes. */
  private static final Set<String> ACTIVE_TYPES = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
      "text/xml", "application/xml", "text/javascript", "application/javascript");

  /**
   * A document as an attachment with its original file name and type. The type was given by the uploading browser,
   * so it is never trusted to be harmless: active types become {@code application/octet-stream}, and
   * {@code nosniff} and a sandbox keep a browser from running the file as a page of this site.
   */
  static ResponseEntity<byte[]> download(CatalogueRepository.Content content) {
    MediaType type;
    try {
      type = content.document().mimeType() == null ? MediaType.APPLICATION_OCTET_STREAM
          : MediaType.parseMediaType(content.document().mimeType());
    } catch (RuntimeException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    if (ACTIVE_TYPES.contains(type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT))
        || type.isWildcardType() || type.isWildcardSubtype()) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    String filename = fileName(content.document().filename());
    ContentDisposition disposition = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
        ? ContentDisposition.attachment().filename(filename).build()
        : ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .contentLength(content.bytes().length)
        .body(content.bytes());
  }

  /** The last part of the uploaded name, without control characters. */
  static String fileName(String name) {
    String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
    clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1).strip();
    return clean.isEmpty() ? "dokumen.pdf" : clean;
  }

  /** The search page's address for a query (values form-encoded, as a browser sends the form). */
  static String url(CatalogueQuery query) {
    java.util.List<String> parameters = new java.util.ArrayList<>();
    add(parameters, "q", query.text());
    add(parameters, "agency", query.agency());
    add(parameters, "group", query.group());
    add(parameters, "year", query.year() == null ? null : query.year().toString());
    add(parameters, "award", query.award() == null ? null : query.award().name());
    add(parameters, "page", query.page() > 1 ? Integer.toString(query.page()) : null);
    return "/katalog" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
  }

  private static void add(java.util.List<String> parameters, String name, String value) {
    if (value != null) {
      parameters.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
