package id.kipp.results;

import id.kipp.shared.CompetitionCalendar;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public results, without login (outside {@code /api}, so Spring Security does not handle them): the released
 * editions, an edition's page and one group's page, the ranking and scores as CSV, each finalist's certificate and the
 * sign-off table as PDF. Everything comes from the snapshot written at release ({@link PublishedResults}): an edition
 * that is not released is not found (404, page in Bahasa Indonesia), whatever its state in the engine.
 */
@Controller
@RequestMapping("/hasil")
public class ResultsController {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final PublishedResults results;
  private final ResultsProperties properties;
  private final ZoneId zone;

  public ResultsController(PublishedResults results, ResultsProperties properties, CompetitionCalendar calendar) {
    this.results = results;
    this.properties = properties;
    this.zone = calendar.zone();
  }

  @GetMapping
  public String editions(Model model) {
    model.addAttribute("editions", results.editions().stream().map(edition -> ResultsView.item(edition, zone)).toList());
    return "results/daftar";
  }

  @GetMapping("/{editionKey}")
  public String edition(@PathVariable String editionKey, Model model) {
    PublishedEdition edition = edition(editionKey);
    model.addAttribute("page", ResultsView.page(edition, results.finalists(edition.key()), null, zone));
    return "results/edisi";
  }

  @GetMapping("/{editionKey}/{group}")
  public String group(@PathVariable String editionKey, @PathVariable String group, Model model) {
    PublishedEdition edition = edition(editionKey);
    String name = GroupSlugs.of(edition.groups()).entrySet().stream()
        .filter(slug -> slug.getValue().equals(group.toLowerCase(Locale.ROOT))).map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new ResultsNotFoundException("Kelompok ini tidak ada pada hasil edisi " + edition.key() + "."));
    model.addAttribute("page", ResultsView.page(edition, results.finalists(edition.key()), name, zone));
    return "results/kelompok";
  }

  @GetMapping("/{editionKey}/peringkat.csv")
  public ResponseEntity<byte[]> ranking(@PathVariable String editionKey) {
    PublishedEdition edition = edition(editionKey);
    return file(TEXT_CSV, ContentDisposition.attachment(), edition.key() + "-peringkat.csv",
        ResultsCsv.ranking(results.finalists(edition.key())));
  }

  @GetMapping("/{editionKey}/nilai.csv")
  public ResponseEntity<byte[]> scores(@PathVariable String editionKey) {
    PublishedEdition edition = edition(editionKey);
    return file(TEXT_CSV, ContentDisposition.attachment(), edition.key() + "-nilai.csv",
        ResultsCsv.scores(results.finalists(edition.key())));
  }

  @GetMapping("/{editionKey}/penetapan.pdf")
  public ResponseEntity<byte[]> signOff(@PathVariable String editionKey) {
    PublishedEdition edition = edition(editionKey);
    return file(MediaType.APPLICATION_PDF, ContentDisposition.inline(), edition.key() + "-penetapan.pdf",
        new SignOffPdf(zone).render(edition, results.finalists(edition.key())));
  }

  @GetMapping("/{editionKey}/piagam/{entryKey}.pdf")
  public ResponseEntity<byte[]> certificate(@PathVariable String editionKey, @PathVariable String entryKey) {
    PublishedEdition edition = edition(editionKey);
    PublishedFinalist finalist = results.finalists(edition.key()).stream()
        .filter(candidate -> candidate.entryKey().equalsIgnoreCase(entryKey)).findFirst()
        .orElseThrow(() -> new ResultsNotFoundException("Piagam untuk inovasi " + entryKey
            + " tidak ada: hanya pemenang dan finalis edisi " + edition.key() + " yang mendapat piagam."));
    return file(MediaType.APPLICATION_PDF, ContentDisposition.inline(), "piagam-" + finalist.entryKey() + ".pdf",
        new CertificatePdf(properties.certificate().with(results.certificateSigning(edition.key()).orElse(null)), zone)
            .render(edition, finalist));
  }

  /** Anything else under /hasil: the same page as an unknown edition. */
  @GetMapping("/**")
  public String unknown() {
    throw new ResultsNotFoundException("Halaman yang Anda cari tidak ada.");
  }

  @ExceptionHandler(ResultsNotFoundException.class)
  public ModelAndView notFound(ResultsNotFoundException e) {
    return new ModelAndView("results/tidak-ditemukan", Map.of("message", e.getMessage()), HttpStatus.NOT_FOUND);
  }

  /** A released edition by its business key (any letter case), else not found. */
  private PublishedEdition edition(String editionKey) {
    return results.edition(editionKey.toUpperCase(Locale.ROOT)).orElseThrow(() -> new ResultsNotFoundException(
        "Hasil edisi " + editionKey + " tidak ditemukan atau belum diumumkan."));
  }

  private static ResponseEntity<byte[]> file(MediaType type, ContentDisposition.Builder disposition, String name,
      byte[] body) {
    // names are made of released business keys: letters, digits and '-'
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name).build().toString()).body(body);
  }
}
