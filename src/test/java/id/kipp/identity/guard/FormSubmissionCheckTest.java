package id.kipp.identity.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** What the guard accepts for a form's fields: the form's fields with the form's types, choices and limits. */
class FormSubmissionCheckTest {

  private static final String FORM = """
      {"id": "form-uji", "schemaVersion": 16, "components": [
        {"type": "text", "text": "# Judul"},
        {"type": "number", "key": "score", "label": "Nilai", "validate": {"min": 0, "max": 100}},
        {"type": "textarea", "key": "note", "label": "Catatan", "validate": {"maxLength": 20}},
        {"type": "checkbox", "key": "approved", "label": "Setuju"},
        {"type": "radio", "key": "decision", "label": "Keputusan",
         "values": [{"label": "Ya", "value": "YA"}, {"label": "Tidak", "value": "TIDAK"}]},
        {"type": "select", "key": "juror", "label": "Juri", "valuesKey": "jurorOptions"},
        {"type": "textfield", "key": "hidden", "label": "Tidak dikirim", "disabled": true},
        {"type": "textfield", "key": "shown", "label": "Hanya dibaca", "readonly": true},
        {"type": "group", "label": "Tanpa path", "components": [{"type": "textfield", "key": "inner", "label": "Dalam"}]},
        {"type": "dynamiclist", "path": "swaps", "label": "Pertukaran juri", "components": [
          {"type": "textfield", "key": "entryKey", "label": "Kode inovasi"},
          {"type": "number", "key": "score", "label": "Nilai konsensus", "validate": {"min": 0, "max": 100}},
          {"type": "select", "key": "newJuror", "label": "Juri pengganti", "valuesKey": "jurorOptions"},
          {"type": "datetime", "subtype": "datetime", "key": "startsAt", "label": "Mulai"}]}
      ]}""";

  private final DeclaredForm form = CamundaFormSchema.parse(FORM);
  private final FormSubmissionCheck check = new FormSubmissionCheck(4000);

  private List<String> problems(Map<String, Object> submitted) {
    Map<String, TypedValue> typed = new LinkedHashMap<>();
    submitted.forEach((k, v) -> typed.put(k, v instanceof TypedValue t ? t : Variables.untypedValue(v)));
    return check.check(form, typed, name -> switch (name) {
      case "jurorOptions" -> List.of(Map.of("label", "Juri 1", "value", "juri1"), Map.of("label", "Juri 2", "value", "juri2"));
      case "shown" -> "asli";
      default -> null;
    });
  }

  @Test
  void whatTheFormAsksForPasses() {
    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("score", 85);
    ok.put("note", "Baik sekali");
    ok.put("approved", true);
    ok.put("decision", "YA");
    ok.put("juror", "juri2");
    ok.put("shown", "asli");
    ok.put("inner", "isi");
    ok.put("swaps", SpinValues.jsonValue("[{\"entryKey\": \"A-2030-0001\", \"score\": 80}]").create());
    assertThat(problems(ok)).isEmpty();
  }

  @Test
  void anEmptiedFieldPasses() {
    assertThat(problems(Map.of("note", "", "decision", ""))).isEmpty();
    Map<String, Object> nulls = new LinkedHashMap<>();
    nulls.put("score", null);
    assertThat(problems(nulls)).isEmpty();
  }

  @Test
  void everythingElseIsRefusedNamingTheField() {
    assertThat(problems(Map.of("entryKey", "X"))).containsExactly(
        "Isian \"entryKey\" tidak ada pada formulir ini, sehingga tidak dapat dikirim.");
    assertThat(problems(Map.of("hidden", "x"))).hasSize(1); // disabled fields are never submitted by the form
    assertThat(problems(Map.of("score", "85"))).containsExactly("Isian \"Nilai\" harus berupa angka.");
    assertThat(problems(Map.of("score", 101))).as("the rule reading the score checks its range").isEmpty();
    assertThat(problems(Map.of("score", Double.NaN))).containsExactly("Isian \"Nilai\" harus berupa angka.");
    assertThat(problems(Map.of("approved", "true"))).containsExactly(
        "Isian \"Setuju\" harus berupa pilihan ya atau tidak.");
    assertThat(problems(Map.of("decision", "MUNGKIN"))).containsExactly(
        "Pilihan \"MUNGKIN\" untuk \"Keputusan\" tidak tersedia pada formulir.");
    assertThat(problems(Map.of("juror", "juri9"))).containsExactly(
        "Pilihan \"juri9\" untuk \"Juri\" tidak tersedia pada formulir.");
    assertThat(problems(Map.of("shown", "diubah"))).containsExactly(
        "Isian \"Hanya dibaca\" hanya dapat dibaca dan tidak boleh diubah.");
    assertThat(problems(Map.of("note", "x".repeat(21)))).containsExactly("Isian \"Catatan\" paling banyak 20 karakter.");
  }

  @Test
  void markupAndControlCharactersAreRefusedEverywhereIncludingInsideLists() {
    assertThat(problems(Map.of("note", "<a href=x>klik</a>"))).singleElement().asString().contains("kode HTML");
    assertThat(problems(Map.of("note", "baris\u0000"))).singleElement().asString().contains("karakter kendali");
    assertThat(problems(Map.of("swaps", SpinValues.jsonValue("[{\"entryKey\": \"<script>\"}]").create())))
        .singleElement().asString().startsWith("Baris 1 pada \"Pertukaran juri\": ").contains("kode HTML");
    assertThat(problems(Map.of("note", "nilai < 50 dan > 10"))).isEmpty();
  }

  @Test
  void listRowsMayOnlyCarryTheListsColumns() {
    assertThat(problems(Map.of("swaps", SpinValues.jsonValue("[{\"entryKey\": \"A\", \"juror\": \"juri1\"}]")
        .create()))).containsExactly("Baris 1 pada \"Pertukaran juri\": Kolom \"juror\" pada isian \"Pertukaran juri\" "
            + "tidak ada pada formulir ini, sehingga tidak dapat dikirim.");
    assertThat(problems(Map.of("swaps", SpinValues.jsonValue("[{\"score\": \"delapan\"}]").create())))
        .containsExactly("Baris 1 pada \"Pertukaran juri\": Isian \"Nilai konsensus\" harus berupa angka.");
    assertThat(problems(Map.of("swaps", "[]"))).containsExactly(
        "Isian \"Pertukaran juri\" harus dikirim sebagai data JSON dari formulir.");
  }

  @Test
  void aSelectInAListRowTakesOnlyTheChoicesOfItsVariableAndEveryRowIsNamed() {
    String rows = """
        [{"entryKey": "A-2030-0001", "newJuror": "juri2", "startsAt": "2030-10-01T09:20"},
         {"entryKey": "A-2030-0002", "newJuror": "juri9", "startsAt": null},
         {"entryKey": "A-2030-0003", "newJuror": null, "score": 70},
         "A-2030-0004",
         {"entryKey": ["A", "B"]}]""";
    assertThat(problems(Map.of("swaps", SpinValues.jsonValue(rows).create()))).containsExactly(
        "Baris 2 pada \"Pertukaran juri\": Pilihan \"juri9\" untuk \"Juri pengganti\" tidak tersedia pada formulir.",
        "Baris 4 pada \"Pertukaran juri\": Isian \"Pertukaran juri\" harus berisi baris dengan kolom formulir.",
        "Baris 5 pada \"Pertukaran juri\": Isian \"Kode inovasi\" harus berupa teks.");
    assertThat(problems(Map.of("swaps", SpinValues.jsonValue("{\"entryKey\": \"A-2030-0001\"}").create())))
        .containsExactly("Isian \"Pertukaran juri\" harus berupa daftar.");
    assertThat(problems(Map.of("swaps", SpinValues.jsonValue("[]").create()))).isEmpty();
  }

  @Test
  void serializedObjectsFilesAndBytesAreNeverAccepted() {
    TypedValue object = Variables.serializedObjectValue("{\"x\":1}").serializationDataFormat(SerializationDataFormats.JSON)
        .objectTypeName("com.example.Gadget").create();
    assertThat(problems(Map.of("note", object))).containsExactly(
        "Isian \"Catatan\" dikirim dengan jenis data yang tidak diizinkan.");
    TypedValue file = Variables.fileValue("a.exe").file(new ByteArrayInputStream(new byte[] {77, 90})).create();
    assertThat(problems(Map.of("note", file))).containsExactly(
        "Isian \"Catatan\" bukan isian berkas; berkas tidak dapat dikirim di sini.");
    assertThat(problems(Map.of("note", Variables.byteArrayValue(new byte[] {1})))).hasSize(1);
  }
}
