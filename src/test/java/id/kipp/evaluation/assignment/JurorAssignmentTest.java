package id.kipp.evaluation.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JurorAssignmentTest {

  private static final List<String> ENTRIES =
      List.of("MALANG-2019-0001", "MALANG-2019-0002", "MALANG-2019-0003", "MALANG-2019-0004", "MALANG-2019-0005");
  private static final List<String> JURORS = List.of("juriA", "juriB", "juriC", "juriD");

  @Test
  void handCheckedFiveEntriesFourJurorsThreeEach() {
    // loads A,B,C,D; each entry (in key order) takes the 3 least loaded, ties by position in the juror list
    // 0001: loads 0,0,0,0 -> A,B,C            loads 1,1,1,0
    // 0002: D(0), then A(1), B(1)             loads 2,2,1,1
    // 0003: C(1), D(1), then A(2)             loads 3,2,2,2
    // 0004: B(2), C(2), D(2)                  loads 3,3,3,3
    // 0005: A,B,C                             loads 4,4,4,3  (15 = 5 entries x 3)
    Map<String, List<String>> assignment = JurorAssignment.assign(ENTRIES, JURORS, 3);

    assertThat(assignment).containsExactly(
        entry("MALANG-2019-0001", List.of("juriA", "juriB", "juriC")),
        entry("MALANG-2019-0002", List.of("juriD", "juriA", "juriB")),
        entry("MALANG-2019-0003", List.of("juriC", "juriD", "juriA")),
        entry("MALANG-2019-0004", List.of("juriB", "juriC", "juriD")),
        entry("MALANG-2019-0005", List.of("juriA", "juriB", "juriC")));
    assertThat(loads(assignment)).containsExactlyInAnyOrderEntriesOf(
        Map.of("juriA", 4, "juriB", 4, "juriC", 4, "juriD", 3));
  }

  @Test
  void sameInputGivesTheSameAssignment() {
    assertThat(JurorAssignment.assign(ENTRIES, JURORS, 3)).isEqualTo(JurorAssignment.assign(ENTRIES, JURORS, 3));
  }

  @Test
  void entryOrderDoesNotMatter() {
    Map<String, List<String>> expected = JurorAssignment.assign(ENTRIES, JURORS, 3);
    List<String> shuffled = new ArrayList<>(ENTRIES);
    Random random = new Random(2019);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(shuffled, random);
      Map<String, List<String>> again = JurorAssignment.assign(shuffled, JURORS, 3);
      assertThat(again).isEqualTo(expected);
      assertThat(new ArrayList<>(again.keySet())).containsExactlyElementsOf(ENTRIES);
    }
  }

  @Test
  void everyJurorOnEveryEntryWhenKEqualsTheJurorCount() {
    Map<String, List<String>> assignment = JurorAssignment.assign(ENTRIES, JURORS, 4);
    assertThat(assignment.values()).allSatisfy(jurors -> assertThat(jurors).containsExactlyInAnyOrderElementsOf(JURORS));
  }

  @Test
  void noEntriesGivesAnEmptyAssignment() {
    assertThat(JurorAssignment.assign(List.of(), JURORS, 3)).isEmpty();
  }

  @Test
  void balancedAndDistinctOverManyRandomSizes() {
    Random random = new Random(7);
    int cases = 0;
    for (int entries = 1; entries <= 200; entries += 1 + random.nextInt(5)) {
      for (int jurorCount = 1; jurorCount <= 15; jurorCount++) {
        int k = 1 + random.nextInt(jurorCount);
        List<String> entryKeys = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
          entryKeys.add("E-" + random.nextInt(100_000) + "-" + i);
        }
        Collections.shuffle(entryKeys, random);
        List<String> jurors = new ArrayList<>();
        for (int j = 0; j < jurorCount; j++) {
          jurors.add("juri" + j);
        }

        Map<String, List<String>> assignment = JurorAssignment.assign(entryKeys, jurors, k);

        // plain checks first (the loops below run ~150,000 times); AssertJ only to describe a failure
        String label = entries + " entries, " + jurorCount + " jurors, k=" + k;
        if (assignment.size() != entries || !assignment.keySet().equals(new HashSet<>(entryKeys))) {
          assertThat(assignment.keySet()).as(label).containsExactlyInAnyOrderElementsOf(entryKeys);
        }
        for (List<String> chosen : assignment.values()) {
          if (chosen.size() != k || new HashSet<>(chosen).size() != k || !jurors.containsAll(chosen)) {
            assertThat(chosen).as(label).hasSize(k).doesNotHaveDuplicates().isSubsetOf(jurors);
          }
        }
        Map<String, Integer> loads = loads(assignment);
        jurors.forEach(juror -> loads.putIfAbsent(juror, 0));
        int max = Collections.max(loads.values());
        int min = Collections.min(loads.values());
        if (max - min > 1) {
          assertThat(max - min).as(label + ", loads " + loads).isLessThanOrEqualTo(1);
        }
        int total = loads.values().stream().mapToInt(Integer::intValue).sum();
        if (total != entries * k) {
          assertThat(total).as(label).isEqualTo(entries * k);
        }
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(800);
  }

  @Test
  void invalidJurorsPerEntryIsRejected() {
    assertThatThrownBy(() -> JurorAssignment.assign(ENTRIES, JURORS, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JurorAssignment.assign(ENTRIES, JURORS, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JurorAssignment.assign(ENTRIES, JURORS, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 5");
    assertThatThrownBy(() -> JurorAssignment.assign(ENTRIES, List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, Integer> loads(Map<String, List<String>> assignment) {
    Map<String, Integer> loads = new HashMap<>();
    assignment.values().forEach(jurors -> jurors.forEach(juror -> loads.merge(juror, 1, Integer::sum)));
    return loads;
  }
}
