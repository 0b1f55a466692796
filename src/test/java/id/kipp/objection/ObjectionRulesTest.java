package id.kipp.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain rules of uji publik: the public form's fields, the secretariat's rows and decisions. */
class ObjectionRulesTest {

  private static final List<String> PROPOSED = List.of("A-2030-0001", "A-2030-0002");

  @Test
  void aCompleteObjectionPassesAndEachProblemIsNamedByField() {
    assertThat(ObjectionFormRules.check(new ObjectionForm("Siti", "siti@contoh.id", "A-2030-0001",
        "Layanan berhenti sejak Maret tahun ini.", ""), PROPOSED, 2000)).isEmpty();
    Map<String, String> problems = ObjectionFormRules.check(new ObjectionForm("", "siti@", "A-2030-0009",
        "pendek", ""), PROPOSED, 2000);
    assertThat(problems).containsOnlyKeys("name", "email", "entryKey", "reason");
    assertThat(problems.get("reason")).contains("paling sedikit 20");
    assertThat(ObjectionFormRules.check(new ObjectionForm("Siti\u0007", "a@b.id", "A-2030-0001",
        "x".repeat(30), ""), PROPOSED, 20)).containsOnlyKeys("name", "reason");
    assertThat(ObjectionFormRules.normalEmail("  Siti@Contoh.ID ")).isEqualTo("siti@contoh.id");
    assertThat(ObjectionFormRules.honeypotFilled(new ObjectionForm("a", "b", "c", "d", "x"))).isTrue();
    assertThat(ObjectionFormRules.honeypotFilled(new ObjectionForm("a", "b", "c", "d", ""))).isFalse();
  }

  @Test
  void theSecretariatsRowsNameProposedFinalists() {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> rows = RecordObjectionsListener.check(List.of(
        Map.of("entryKey", "A-2030-0001", "reason", "Berhenti"), Map.of("entryKey", "", "reason", ""),
        Map.of("entryKey", "A-2030-0009", "reason", "")), PROPOSED, problems);
    assertThat(rows).hasSize(2);
    assertThat(problems).containsExactly("Sanggahan ke-2: A-2030-0009 bukan finalis yang diusulkan.",
        "Sanggahan ke-2: alasan sanggahan wajib diisi.");
    problems.clear();
    RecordObjectionsListener.check("bukan daftar", PROPOSED, problems);
    assertThat(problems).containsExactly("Sanggahan harus dikirim sebagai daftar dari formulir.");
  }

  @Test
  void everyObjectionGetsExactlyOneDecisionAndTheOutcomeIsPerEntry() {
    List<Map<String, String>> objections = ObjectionList.of(
        List.of(Map.of("entryKey", "A-2030-0001", "reason", "Surat warga")),
        List.of(new PublicObjectionRepository.Stored(41, "A-2030", "pi", "A-2030-0001", "Berhenti", "Siti",
            "siti@contoh.id", null, null, null, null, null, null),
            new PublicObjectionRepository.Stored(42, "A-2030", "pi", "A-2030-0002", "Nama | sama", "Andi",
                "andi@contoh.id", 7L, null, null, null, null, null)));
    assertThat(objections).extracting(o -> o.get("no")).containsExactly("1", "2", "3");
    assertThat(objections.toString()).doesNotContain("Siti", "siti@contoh.id");
    assertThat(ObjectionList.summary(objections)).contains("| 2 | A-2030-0001 | Masyarakat | Berhenti |",
        "| 3 | A-2030-0002 | Masyarakat ([lampiran PDF](/api/uji-publik/sanggahan/42/lampiran)) | Nama / sama |");
    assertThat(ObjectionList.choices(objections).get(0)).containsEntry("value", "1")
        .containsEntry("label", "1 — A-2030-0001: Surat warga");

    List<String> problems = new ArrayList<>();
    ObjectionDecisions.check(objections, List.of(
        Map.of("objection", "1", "decision", "DITERIMA", "reason", "Terbukti"),
        Map.of("objection", "1", "decision", "DITOLAK", "reason", "Lagi"),
        Map.of("objection", "9", "decision", "DITOLAK", "reason", "x"),
        Map.of("objection", "2", "decision", "MUNGKIN", "reason", "")), problems);
    assertThat(problems).containsExactly("Putusan ke-2: sanggahan no. 1 sudah diputuskan pada baris lain.",
        "Putusan ke-3: pilih salah satu sanggahan yang tercatat.",
        "Putusan ke-4: pilih Diterima atau Ditolak untuk sanggahan no. 2.",
        "Putusan ke-4: alasan putusan sanggahan no. 2 wajib diisi.",
        "Sanggahan no. 3 terhadap A-2030-0002 belum diputuskan.");

    problems.clear();
    ObjectionDecisions decisions = ObjectionDecisions.check(objections, List.of(
        Map.of("objection", "1", "decision", "DITOLAK", "reason", "Masih berjalan"),
        Map.of("objection", "2", "decision", "DITERIMA", "reason", "Terbukti"),
        Map.of("objection", "3", "decision", "DITOLAK", "reason", "Nama berbeda")), problems);
    assertThat(problems).isEmpty();
    assertThat(decisions.disqualified()).containsExactly("A-2030-0001");
    assertThat(decisions.publicDecisions()).containsOnlyKeys(41L, 42L);
    assertThat(decisions.publicDecisions().get(41L).decision()).isEqualTo("DITERIMA");
    assertThat(decisions.outcomes().get("A-2030-0001")).isEqualTo(new ObjectionDecisions.Outcome(2, true));
    assertThat(decisions.outcomes().get("A-2030-0002")).isEqualTo(new ObjectionDecisions.Outcome(1, false));
  }
}
