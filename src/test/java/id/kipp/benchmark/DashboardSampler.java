package id.kipp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The secretariat reading the edition dashboard over HTTP, as Cockpit's plugin does when it opens the page: the
 * edition (funnel, jurors' progress, incidents), the first page of its entries, and a search. Each request is timed
 * whole (authentication, queries, JSON) into one {@link Latency}.
 */
final class DashboardSampler {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  DashboardSampler(int port, String user, String password) {
    this.base = "http://localhost:" + port + "/api/dashboard";
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code rounds} times the three requests of the dashboard page for the edition. */
  void sample(Latency latency, String editionKey, int rounds) throws Exception {
    String edition = "/editions/" + editionKey;
    List<String> paths = List.of(edition, edition + "/entries?page=1&size=25",
        edition + "/entries?q=" + URLEncoder.encode("Nomor 12", StandardCharsets.UTF_8) + "&page=1&size=25");
    get(paths.get(0)); // the first request warms the caches of the path, as the page's first visit does
    for (int round = 0; round < rounds; round++) {
      for (String path : paths) {
        long start = System.nanoTime();
        get(path);
        latency.record(System.nanoTime() - start);
      }
    }
  }

  private void get(String path) throws Exception {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
  }
}
