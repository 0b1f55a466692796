package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.WebappStrings;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The secretariat opens the start form of a new edition in Tasklist (headless Chromium, 1366×768): the per-group quota
 * list adds rows (group, finalists, winners), the certificate's place and signatory are there, all in Bahasa and
 * within the form pane. Nothing is submitted (the submission is {@code hostile.EditionStartFormTest}). Screenshot:
 * {@code target/browser-screenshots/tasklist-sekretariat-edisi-baru.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-tasklist-work;DB_CLOSE_DELAY=-1", "kipp.demo.enabled=true"})
@ActiveProfiles("test")
class EditionStartFormBrowserTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Test
  void theStartFormHasTheQuotaListAndTheCertificatesSignatory() throws IOException {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    login("sekretariat");

    click(browser.find(By.xpath("//*[normalize-space()='Mulai proses']")));
    waitFor(".modal-dialog");
    By edition = By.xpath("//*[contains(@class,'modal-dialog')]//a[contains(., 'Kompetisi Inovasi Pelayanan Publik')]");
    browser.waitUntil(() -> !browser.findAll(edition).isEmpty());
    click(browser.find(edition));
    waitFor(".modal-body .fjs-container");
    browser.waitUntil(() -> browser.pageText().contains("Kuota per kelompok (opsional)"));
    assertThat(browser.pageText()).contains("Tempat penandatanganan", "Jabatan penanda tangan", "Nama penanda tangan");

    By add = By.xpath("//*[contains(@class,'modal-body')]//button[contains(@class,'fjs-repeat-render-add')]");
    browser.waitUntil(() -> !browser.findAll(add).isEmpty());
    click(browser.find(add));
    click(browser.find(add));
    browser.waitUntil(() -> groupInputs().size() == 2);
    groupInputs().get(0).sendKeys("Perangkat Daerah");

    WebElement list = browser.find(By.xpath("//*[contains(@class,'modal-body')]//*[contains(@class,'fjs-form-field-dynamiclist')]"));
    js("arguments[0].scrollIntoView({block: 'start'});", list);
    assertThat(list.getText()).contains("Kelompok", "Finalis", "Pemenang").doesNotContain("Add new");
    assertThat(WebappStrings.englishIn(browser.pageText())).as("English in the start form").isEmpty();
    browser.assertFits(".modal-body");
    browser.screenshot("tasklist-sekretariat-edisi-baru");
  }

  private List<WebElement> groupInputs() {
    return browser.findAll(By.xpath("//*[contains(@class,'modal-body')]//*[contains(@class,'fjs-form-field-dynamiclist')]"
        + "//input[contains(@id,'Field_groupQuotas_group') or contains(@name,'group')]"));
  }

  private void login(String user) {
    browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/login");
    try {
      waitFor(".form-signin input[ng-model=username]");
    } catch (AssertionError slowFirstLoad) {
      browser.driver().navigate().refresh();
      waitFor(".form-signin input[ng-model=username]");
    }
    browser.signIn(user, user);
    waitFor(".task-filters .task-filter");
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }

  private WebElement waitFor(String css) {
    browser.waitUntil(() -> browser.findAll(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed));
    return browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }

  private void click(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}
