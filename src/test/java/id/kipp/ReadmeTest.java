package id.kipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README stays short enough to read in five minutes, and no link in it or in docs/ leads nowhere. */
class ReadmeTest {

  static final int README_LIMIT = 15_000;
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

  @Test
  void readmeStaysUnderItsLimit() throws IOException {
    assertThat(Files.readString(Path.of("README.md")).length()).as("README.md characters").isLessThanOrEqualTo(README_LIMIT);
  }

  @Test
  void everyLinkOfTheReadmeAndTheDocsLeadsToAFile() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    List<String> broken = new ArrayList<>();
    for (Path document : documents) {
      for (String target : relativeLinks(Files.readString(document))) {
        Path resolved = document.toAbsolutePath().getParent().resolve(target).normalize();
        if (!Files.exists(resolved)) {
          broken.add(document + " → " + target);
        }
      }
    }
    assertThat(broken).as("links to missing files").isEmpty();
    assertThat(documents).as("documents checked").hasSizeGreaterThan(5);
  }

  @Test
  void linkCheckFindsRelativeLinksOnly() {
    assertThat(relativeLinks("see [guide](docs/a.md#part), [site](https://x.id), [top](#set-up), [code](../src/A.java)"))
        .containsExactly("docs/a.md", "../src/A.java");
  }

  static List<String> relativeLinks(String markdown) {
    List<String> links = new ArrayList<>();
    Matcher matcher = LINK.matcher(markdown);
    while (matcher.find()) {
      String href = matcher.group(1);
      if (href.matches("^(https?:|mailto:|#|<).*")) {
        continue;
      }
      int anchor = href.indexOf('#');
      links.add(anchor >= 0 ? href.substring(0, anchor) : href);
    }
    return links;
  }
}
