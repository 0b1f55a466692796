package id.kipp.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda Cockpit as the secretariat sees it, in a real headless Chromium ({@link Browser}) at 1366×768: the login,
 * the dashboard, the processes, the entry process {@code inovasi} with its running entries, one entry with its
 * variables and an incident, and the decisions. Every screen is in Bahasa Indonesia: none of Cockpit's own English
 * (the labels of the webjar's {@code en.json}, its month and day names) and no untranslated label key is visible,
 * except where Camunda's templates write English themselves ({@link #HARD_CODED}). Screenshots are written to
 * {@code target/browser-screenshots/cockpit-*.png} for review. Skipped when Chromium is not installed, unless
 * {@code -Dkipp.browser.required=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-cockpit-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class CockpitBrowserTest {

  static final String GROUP = "Perangkat Daerah";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  /**
   * Elements in which Camunda 7.24 writes English into its templates instead of taking it from the locale file (listed
   * in docs/cockpit-bahasa-indonesia.md): English there is allowed, anywhere else it fails the test.
   */
  static final List<String> HARD_CODED = List.of(
      "table.cam-table thead td.actions", // cam-widget-variables-table.html: "Actions" above the edit buttons
      "table.cam-table td a[download]", // cam-widget-variables-table.html: "Download" as the value of a File variable
      "table.cam-table td.type"); // incidentsTab.js: "Failed Job" as the type of a failed job's incident
  /** A label key shown as itself: angular-translate's answer to a key the locale file lacks. */
  static final Pattern LABEL_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+){2,}\\b");

  @RegisterExtension
  static final Browser browser = new Browser();

  static List<String> english;

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeAll
  static void cockpitsOwnEnglish() throws IOException {
    english = distinctiveEnglish();
  }

  @Test
  void secretariatFollowsEntriesInCockpitInBahasaIndonesia() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "CKP").withJurors(1);
    ProcessInstance edition = driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    String health = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    String library = driver.agencyParticipant("dispus", "Dinas Perpustakaan Kota Uji", "a");
    ProcessInstance entry = driver.register(health, driver.registrationForm("Dinkes", GROUP, "Puskesmas Keliling"));
    driver.register(library, driver.registrationForm("Dispus", GROUP, "Layanan Pojok Braille"));
    driver.runJobs();
    // what the secretariat meets when a step fails: an incident of a failed job on the entry
    engine.getRuntimeService().createIncident("failedJob", entry.getId(), "uji-cockpit",
        "Pengiriman surel gagal: server SMTP tidak menjawab");
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    User clerk = engine.getIdentityService().createUserQuery().userId(secretariat).singleResult();
    clerk.setFirstName("Sekretariat");
    clerk.setLastName("Kota Uji");
    engine.getIdentityService().saveUser(clerk);
    browser.driver().manage().window().setSize(new Dimension(1366, 768));

    browser.open(url(COCKPIT));
    browser.waitUntil(() -> !browser.findAll(By.cssSelector("input[ng-model=username]")).isEmpty());
    browser.waitUntil(() -> browser.pageText().contains("Masuk"));
    assertThat(browser.find(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
        .isEqualTo("Nama pengguna");
    assertThat(browser.find(By.cssSelector("input[ng-model=password]")).getAttribute("placeholder"))
        .isEqualTo("Kata sandi");
    screen("cockpit-0-masuk");
    browser.signIn(secretariat, secretariat);

    browser.waitUntil(() -> browser.currentUrl().contains("#/dashboard")
        && browser.pageText().contains("Instans proses berjalan"));
    waitForText("Insiden terbuka", "Tugas pengguna terbuka", "Terpasang", "Sekretariat Kota Uji");
    // the counts of the deployed definitions arrive last
    browser.waitUntil(() -> Pattern.compile("Definisi proses\\s+[1-9]").matcher(browser.pageText()).find());
    screen("cockpit-1-dasbor");

    browser.open(url(COCKPIT + "#/processes"));
    waitForText("definisi proses terpasang", "Instans berjalan", "Inovasi Pelayanan Publik (peserta)");
    screen("cockpit-2-proses");

    String entryDefinition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("inovasi").latestVersion().singleResult().getId();
    browser.open(url(COCKPIT + "#/process-definition/" + entryDefinition + "/runtime"));
    waitForText("Instans proses", "Kunci bisnis", entry.getBusinessKey(), "versi saat ini:");
    browser.waitUntil(() -> !browser.findAll(By.cssSelector(".djs-container")).isEmpty());
    screen("cockpit-3-definisi-proses-inovasi");

    browser.open(url(COCKPIT + "#/process-instance/" + entry.getId() + "/runtime"));
    waitForText("Variabel", "Insiden", "Tugas pengguna", "ID instans:", entry.getBusinessKey());
    browser.waitUntil(() -> !browser.findAll(By.cssSelector(".djs-container")).isEmpty());
    screen("cockpit-4-instans-proses");
    browser.find(By.xpath("//ul[contains(@class, 'nav-tabs')]//a[normalize-space() = 'Insiden']")).click();
    waitForText("Pengiriman surel gagal", "Aktivitas gagal", "Seleksi administrasi");
    screen("cockpit-5-instans-proses-insiden");

    browser.open(url(COCKPIT + "#/decisions"));
    waitForText("definisi keputusan terpasang", "Rubrik penilaian proposal");
    screen("cockpit-6-keputusan");

    assertThat(edition.getBusinessKey()).isEqualTo(driver.editionKey);
  }

  /** Waits for the texts, then checks that the page shows no English of Cockpit's and no bare label key. */
  private void waitForText(String... texts) {
    try {
      browser.waitUntil(() -> {
        String page = browser.pageText();
        for (String text : texts) {
          if (!page.contains(text)) {
            return false;
          }
        }
        return !page.contains("Memuat") && !page.contains("memuat");
      });
    } catch (AssertionError timeout) {
      throw new AssertionError(timeout.getMessage() + ": expected " + List.of(texts) + ", English found "
          + englishOnPage() + ", page:\n" + browser.pageText(), timeout);
    }
    assertThat(englishOnPage()).as("English of Cockpit or label keys on " + browser.currentUrl() + ":\n"
        + browser.pageText()).isEmpty();
  }

  /** Cockpit's English phrases and label keys the page shows outside {@link #HARD_CODED}. */
  private List<String> englishOnPage() {
    String page = browser.pageText();
    List<String> hardCoded = hardCodedTexts();
    List<String> found = new ArrayList<>();
    for (String phrase : english) {
      long shown = occurrences(phrase, page);
      if (shown > 0 && shown > hardCoded.stream().mapToLong(text -> occurrences(phrase, text)).sum()) {
        found.add(phrase);
      }
    }
    Matcher keys = LABEL_KEY.matcher(page);
    while (keys.find()) {
      found.add(keys.group());
    }
    return found;
  }

  /** The texts of the visible elements of {@link #HARD_CODED}, read in one call. */
  @SuppressWarnings("unchecked")
  private List<String> hardCodedTexts() {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(document.querySelectorAll(arguments[0]))"
            + ".filter(function (e) { return e.offsetParent !== null; })"
            + ".map(function (e) { return e.innerText; });", String.join(", ", HARD_CODED));
  }

  private static long occurrences(String phrase, String text) {
    return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(phrase) + "(?![\\p{L}\\d])").matcher(text).results()
        .count();
  }

  private void screen(String name) throws IOException {
    Path saved = browser.screenshot(name);
    assertThat(saved).exists();
  }

  /**
   * Cockpit's English as its users would meet it: every label of the webjar's en.json that is several words or a word
   * of five letters or more, unless it reads the same in Bahasa Indonesia ({@link CockpitLocaleTest#SAME_IN_BAHASA}),
   * plus the English month and day names that differ from the Indonesian ones.
   */
  static List<String> distinctiveEnglish() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode en = read(json, CockpitLocaleTest.webjarUrl("locales/en.json"));
    Set<String> phrases = new LinkedHashSet<>();
    en.get("labels").fields().forEachRemaining(label -> {
      String text = label.getValue().asText().strip();
      if ((text.contains(" ") || text.length() >= 5) && !CockpitLocaleTest.SAME_IN_BAHASA.contains(text)
          && text.matches(".*\\p{L}.*")) {
        phrases.add(text);
      }
    });
    for (String names : List.of("months", "weekdays")) {
      en.get("dateLocales").get(names).forEach(name -> phrases.add(name.asText()));
    }
    phrases.removeAll(List.of("April", "September", "November"));
    return new ArrayList<>(phrases);
  }

  private static JsonNode read(ObjectMapper json, java.net.URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
