package id.kipp.evaluation.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import id.kipp.evaluation.assignment.AssignmentResult.Assigned;
import id.kipp.evaluation.assignment.AssignmentResult.Infeasible;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalancedAssignmentTest {

  private static final String KES = "Dinas Kesehatan";
  private static final String DIK = "Dinas Pendidikan";

  @Test
  void conflictOfInterestIsRespected() {
    // juri1 is affiliated with Dinas Kesehatan (written differently): only juri2 and juri3 may evaluate 0001.
    // N·k = 4, J = 3: L = 1, U = 2.
    // phase t=1: 0001 takes juri2, juri3 (its first eligible jurors); 0002 takes juri1.
    // phase t=2: 0002 takes the first juror with room: juri2. Loads 1, 2, 1.
    AssignmentRequest request = request(2,
        List.of(entryOf("MALANG-2019-0002", DIK), entryOf("MALANG-2019-0001", KES)),
        List.of(juror("juri1", null, "  dinas   KESEHATAN "), juror("juri2", null), juror("juri3", null)));

    Map<String, List<String>> assignment = assigned(request);

    assertThat(assignment).containsExactly(
        entry("MALANG-2019-0001", List.of("juri2", "juri3")),
        entry("MALANG-2019-0002", List.of("juri1", "juri2")));
    assertThat(BalancedAssignment.loads(assignment, request.jurors()))
        .containsExactly(entry("juri1", 1), entry("juri2", 2), entry("juri3", 1));
    assertThat(BalancedAssignment.check(assignment, request)).isEmpty();
  }

  @Test
  void capIsRespectedAndTheRestStaysAsEvenAsPossible() {
    // 6 entries, k = 1, juri1 may take only 1: perfect balance (2, 2, 2) is impossible, best is 1, 3, 2.
    // Phase L = 2 from the empty flow (juri1 bounded by its cap 1): 0001 juri1, 0002 juri2 (juri1 is full),
    // 0003 juri2, 0004 juri3, 0005 juri3, 0006 finds everyone full. It saturates every juror (1, 2, 2), so
    // phase 3 follows: 0006 takes the first juror with room, juri2.
    AssignmentRequest request = request(1, entries(6, null),
        List.of(juror("juri1", 1), juror("juri2", null), juror("juri3", null)));

    Map<String, List<String>> assignment = assigned(request);

    assertThat(assignment).containsExactly(
        entry("MALANG-2019-0001", List.of("juri1")),
        entry("MALANG-2019-0002", List.of("juri2")),
        entry("MALANG-2019-0003", List.of("juri2")),
        entry("MALANG-2019-0004", List.of("juri3")),
        entry("MALANG-2019-0005", List.of("juri3")),
        entry("MALANG-2019-0006", List.of("juri2")));
    assertThat(BalancedAssignment.loads(assignment, request.jurors()))
        .containsExactly(entry("juri1", 1), entry("juri2", 3), entry("juri3", 2));
  }

  @Test
  void perfectBalanceImpossibleBecauseOfConflictsButAssignmentSucceeds() {
    // All 4 entries are from Dinas Kesehatan and juri1 works there: juri1 gets 0, juri2 and juri3 share the 4.
    AssignmentRequest request = request(1, entries(4, KES),
        List.of(juror("juri1", null, KES), juror("juri2", null), juror("juri3", null)));

    Map<String, List<String>> assignment = assigned(request);

    assertThat(assignment).containsExactly(
        entry("MALANG-2019-0001", List.of("juri2")),
        entry("MALANG-2019-0002", List.of("juri3")),
        entry("MALANG-2019-0003", List.of("juri2")),
        entry("MALANG-2019-0004", List.of("juri3")));
    assertThat(BalancedAssignment.loads(assignment, request.jurors()))
        .containsExactly(entry("juri1", 0), entry("juri2", 2), entry("juri3", 2));
  }

  @Test
  void balancedWhereTheGreedyLeastLoadedChoiceWouldGetStuck() {
    // Taking the least loaded eligible jurors entry by entry (ties by list order) gives 0001 juri1 + juri2, and then
    // 0002 (Dinas Kesehatan, conflicts with juri3 and juri4) finds juri1 and juri2 full. The flow reroutes 0001.
    AssignmentRequest request = request(2,
        List.of(entryOf("MALANG-2019-0001", DIK), entryOf("MALANG-2019-0002", KES)),
        List.of(juror("juri1", 1), juror("juri2", 1), juror("juri3", 1, KES), juror("juri4", 1, KES)));

    assertThat(assigned(request)).containsExactly(
        entry("MALANG-2019-0001", List.of("juri3", "juri4")),
        entry("MALANG-2019-0002", List.of("juri1", "juri2")));
  }

  @Test
  void fiveEntriesFourJurorsThreeEachAreBalanced() {
    AssignmentRequest request = request(3, entries(5, null),
        List.of(juror("juriA", null), juror("juriB", null), juror("juriC", null), juror("juriD", null)));

    Map<String, List<String>> assignment = assigned(request);

    assertThat(assignment).hasSize(5)
        .allSatisfy((key, jurors) -> assertThat(jurors).hasSize(3).doesNotHaveDuplicates());
    assertThat(BalancedAssignment.loads(assignment, request.jurors()).values()).containsExactlyInAnyOrder(4, 4, 4, 3);
  }

  @Test
  void noEntriesGiveAnEmptyAssignment() {
    assertThat(assigned(request(2, List.of(), List.of(juror("juri1", null), juror("juri2", null))))).isEmpty();
  }

  @Test
  void entryWithTooFewJurorsWithoutConflictIsReported() {
    AssignmentRequest request = request(3,
        List.of(entryOf("MALANG-2019-0008", DIK), entryOf("MALANG-2019-0007", KES)),
        List.of(juror("juri1", null, KES), juror("juri2", null), juror("juri3", null), juror("juri4", 0)));

    assertThat(reasons(request)).containsExactly(
        "Inovasi MALANG-2019-0007 (Dinas Kesehatan) hanya punya 2 juri tanpa konflik kepentingan, padahal dibutuhkan"
            + " 3. Juri dengan batas beban 0 tidak dihitung: juri4.");

    AssignmentRequest plain = request(3, List.of(entryOf("MALANG-2019-0007", KES)),
        List.of(juror("juri1", null, KES), juror("juri2", null), juror("juri3", null)));
    assertThat(reasons(plain)).containsExactly(
        "Inovasi MALANG-2019-0007 (Dinas Kesehatan) hanya punya 2 juri tanpa konflik kepentingan,"
            + " padahal dibutuhkan 3.");
  }

  @Test
  void capsTooTightAreReportedWithTheMaximumFlowAndTheJurorsToRaise() {
    AssignmentRequest request = request(2, entries(4, null),
        List.of(juror("juri1", 1), juror("juri2", 2), juror("juri3", 2)));

    assertThat(reasons(request)).containsExactly(
        "Kapasitas juri tidak cukup: dibutuhkan N × k = 4 × 2 = 8 penugasan, batas beban juri hanya memungkinkan 5."
            + " Naikkan batas beban juri berikut atau tambah juri: juri1 (batas 1), juri2 (batas 2), juri3 (batas 2).");
  }

  @Test
  void onlyTheBottleneckJurorIsNamed() {
    // 0001 and 0002 (Dinas Kesehatan) can only go to juri2, whose cap is 1; 0003 has three candidates.
    AssignmentRequest request = request(1,
        List.of(entryOf("MALANG-2019-0001", KES), entryOf("MALANG-2019-0002", KES), entryOf("MALANG-2019-0003", DIK)),
        List.of(juror("juri1", null, KES), juror("juri2", 1), juror("juri3", null, KES)));

    assertThat(reasons(request)).containsExactly(
        "Kapasitas juri tidak cukup: dibutuhkan N × k = 3 × 1 = 3 penugasan, batas beban juri hanya memungkinkan 2."
            + " Naikkan batas beban juri berikut atau tambah juri: juri2 (batas 1).");
  }

  @Test
  void jurorsPerEntryOutOfRange() {
    List<JurorProfile> jurors = List.of(juror("juri1", null), juror("juri2", null), juror("juri3", null));
    assertThat(reasons(request(0, entries(2, null), jurors)))
        .containsExactly("Jumlah juri per inovasi harus minimal 1, bukan 0.");
    assertThat(reasons(request(4, entries(2, null), jurors)))
        .containsExactly("Setiap inovasi membutuhkan 4 juri, padahal hanya ada 3 juri.");
  }

  @Test
  void badDataIsReportedNotThrown() {
    List<EntryToAssign> entries = new ArrayList<>(entries(2, KES));
    entries.add(null);
    entries.add(entryOf("  ", DIK));
    entries.add(entryOf("MALANG-2019-0001", DIK));
    List<JurorProfile> jurors = new ArrayList<>();
    jurors.add(juror("juri1", null));
    jurors.add(null);
    jurors.add(juror(" ", null));
    jurors.add(juror("juri1", null));
    jurors.add(juror("juri2", -1));

    assertThat(reasons(request(2, entries, jurors))).containsExactly(
        "Data inovasi ke-3 kosong.",
        "Inovasi ke-4 (Dinas Pendidikan) tidak punya kode inovasi.",
        "Kode inovasi MALANG-2019-0001 muncul 2 kali; setiap inovasi hanya boleh didaftarkan sekali.",
        "Data juri ke-2 kosong.",
        "Juri ke-3 tidak punya ID.",
        "Batas beban juri juri2 tidak boleh negatif (-1).",
        "ID juri juri1 muncul 2 kali; setiap juri hanya boleh tercantum sekali.");
    assertThat(reasons(new AssignmentRequest(null, null, 3)))
        .containsExactly("Daftar inovasi tidak ada (null).", "Daftar juri tidak ada (null).");
    assertThatThrownBy(() -> BalancedAssignment.assign(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void entryWithoutAgencyConflictsWithNobody() {
    AssignmentRequest request = request(2, List.of(entryOf("MALANG-2019-0001", null)),
        List.of(juror("juri1", null, KES), juror("juri2", null, "")));
    assertThat(assigned(request)).containsExactly(entry("MALANG-2019-0001", List.of("juri1", "juri2")));
  }

  @Test
  void checkAcceptsTheComputedAssignment() {
    AssignmentRequest request = secretariatRequest();
    assertThat(BalancedAssignment.check(assigned(request), request)).isEmpty();
  }

  @Test
  void checkReportsEverySwapProblem() {
    AssignmentRequest request = secretariatRequest();
    Map<String, List<String>> edited = new LinkedHashMap<>();
    edited.put("MALANG-2019-0001", List.of("juri1", "juri3"));
    // 0002 missing
    edited.put("MALANG-2019-0003", List.of("juri2", "juri3")); // juri2 works at Dinas Kesehatan
    edited.put("MALANG-2019-0004", Arrays.asList("juri1", "juri1", "juri9")); // duplicate, unknown juror
    edited.put("MALANG-2019-0005", List.of("juri1")); // too few, and juri1 is now above the cap of 2
    edited.put("MALANG-2019-0099", List.of("juri3", "juri4"));

    assertThat(BalancedAssignment.check(edited, request)).containsExactly(
        "Inovasi MALANG-2019-0002 (Dinas Pendidikan) tidak ada dalam penugasan.",
        "Juri juri2 memiliki konflik kepentingan dengan MALANG-2019-0003 (Dinas Kesehatan).",
        "Juri juri1 tercantum 2 kali pada inovasi MALANG-2019-0004.",
        "Juri juri9 pada inovasi MALANG-2019-0004 tidak dikenal (tidak ada dalam daftar juri).",
        "Inovasi MALANG-2019-0005 (Dinas Pendidikan) punya 1 juri, padahal dibutuhkan 2.",
        "Inovasi MALANG-2019-0099 dalam penugasan tidak dikenal (tidak ada dalam daftar inovasi).",
        "Juri juri1 mendapat 3 inovasi, melebihi batas bebannya 2.");
  }

  @Test
  void checkHandlesMissingListsAndNullKeys() {
    AssignmentRequest request = secretariatRequest();
    Map<String, List<String>> edited = new HashMap<>();
    edited.put("MALANG-2019-0001", null);
    edited.put("MALANG-2019-0002", Arrays.asList("juri2", null, "juri3"));
    edited.put("MALANG-2019-0003", List.of("juri1", "juri3"));
    edited.put("MALANG-2019-0004", List.of("juri2", "juri3"));
    edited.put("MALANG-2019-0005", List.of("juri2", "juri3"));
    edited.put(null, List.of("juri1"));

    assertThat(BalancedAssignment.check(edited, request)).containsExactly(
        "Inovasi MALANG-2019-0001 (Dinas Kesehatan) tidak punya daftar juri.",
        "Daftar juri inovasi MALANG-2019-0002 memuat ID juri kosong.",
        "Penugasan memuat inovasi tanpa kode.");
    assertThat(BalancedAssignment.check(null, request)).containsExactly("Penugasan tidak ada (null).");
  }

  @Test
  void loadsListEveryJurorInOrder() {
    List<JurorProfile> jurors = List.of(juror("juri1", null), juror("juri2", null), juror("juri3", null));
    Map<String, List<String>> assignment = Map.of("A", List.of("juri3", "juri1"), "B", List.of("juri3", "juri3"));

    assertThat(BalancedAssignment.loads(assignment, jurors))
        .containsExactly(entry("juri1", 1), entry("juri2", 0), entry("juri3", 2));
    assertThat(BalancedAssignment.loads(null, jurors)).containsExactly(entry("juri1", 0), entry("juri2", 0),
        entry("juri3", 0));
  }

  // 0001, 0003 Dinas Kesehatan, others Dinas Pendidikan; juri1 cap 2, juri2 at Dinas Kesehatan, juri4 at Pendidikan.
  private static AssignmentRequest secretariatRequest() {
    return request(2,
        List.of(entryOf("MALANG-2019-0001", KES), entryOf("MALANG-2019-0002", DIK), entryOf("MALANG-2019-0003", KES),
            entryOf("MALANG-2019-0004", DIK), entryOf("MALANG-2019-0005", DIK)),
        List.of(juror("juri1", 2), juror("juri2", null, KES), juror("juri3", null), juror("juri4", null, DIK)));
  }

  private static Map<String, List<String>> assigned(AssignmentRequest request) {
    AssignmentResult result = BalancedAssignment.assign(request);
    assertThat(result).isInstanceOf(Assigned.class);
    return ((Assigned) result).jurorsByEntry();
  }

  private static List<String> reasons(AssignmentRequest request) {
    AssignmentResult result = BalancedAssignment.assign(request);
    assertThat(result).isInstanceOf(Infeasible.class);
    return ((Infeasible) result).reasons();
  }

  private static AssignmentRequest request(int k, List<EntryToAssign> entries, List<JurorProfile> jurors) {
    return new AssignmentRequest(entries, jurors, k);
  }

  private static List<EntryToAssign> entries(int count, String agency) {
    List<EntryToAssign> entries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      entries.add(entryOf(String.format("MALANG-2019-%04d", i), agency));
    }
    return entries;
  }

  private static EntryToAssign entryOf(String key, String agency) {
    return new EntryToAssign(key, agency);
  }

  private static JurorProfile juror(String id, Integer cap, String... affiliations) {
    return new JurorProfile(id, new LinkedHashSet<>(Arrays.asList(affiliations)), cap);
  }
}
