package id.kipp.evaluation.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review form's summary fits into a String variable, also for a national edition (2,000 entries, 60 jurors). */
class AssignmentSummaryTest {

  @Test
  void smallEditionShowsEveryEntryAndEveryJuror() {
    String text = summary(12, 4);
    assertThat(text).contains("| X-0001 | juri1, juri2, juri3 | Instansi 1 | Inovasi 1 |")
        .contains("| X-0012 |").contains("| juri4 | 9 | - |").doesNotContain("ditampilkan");
  }

  @Test
  void nationalEditionFitsWithEveryJurorsLoadAndSaysWhatIsLeftOut() {
    String text = summary(2000, 60);
    assertThat(text.length()).isLessThanOrEqualTo(Markdown.MAX_VARIABLE_TEXT);
    assertThat(text).contains("| X-0001 | juri1, juri2, juri3 |").doesNotContain("| X-2000 |")
        .containsPattern("_\\d+ dari 2000 inovasi ditampilkan; usulan lengkap ada pada variabel proposedAssignment")
        .contains("| juri1 | 100 | - |").contains("| juri60 | 100 | - |");
  }

  private static String summary(int entries, int jurorCount) {
    List<JurorProfile> jurors = new ArrayList<>();
    for (int j = 1; j <= jurorCount; j++) {
      jurors.add(new JurorProfile("juri" + j, Set.of(), null));
    }
    Map<String, List<String>> assignment = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> agencies = new LinkedHashMap<>();
    for (int i = 1; i <= entries; i++) {
      String key = String.format("X-%04d", i);
      int first = (i - 1) * 3;
      assignment.put(key, List.of("juri" + (first % jurorCount + 1), "juri" + ((first + 1) % jurorCount + 1),
          "juri" + ((first + 2) % jurorCount + 1)));
      titles.put(key, "Inovasi " + i);
      agencies.put(key, "Instansi " + i);
    }
    return AssignmentSummary.markdown(assignment, titles, agencies, jurors);
  }
}
