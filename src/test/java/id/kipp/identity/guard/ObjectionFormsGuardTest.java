package id.kipp.identity.guard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Forms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * The guard on the two deployed uji publik forms, whose objections and decisions are dynamic lists: accepted only in
 * their declared shape — a Json list of rows with the list's columns, choices from the variable the select names.
 */
class ObjectionFormsGuardTest {

  private final DeclaredForm record = CamundaFormSchema.parse(Forms.text("forms/sanggahan-uji-publik.form"));
  private final DeclaredForm decide = CamundaFormSchema.parse(Forms.text("forms/putusan-sanggahan.form"));
  private final FormSubmissionCheck check = new FormSubmissionCheck(4000);

  private List<String> problems(DeclaredForm form, String name, TypedValue value) {
    return check.check(form, Map.of(name, value), variable -> switch (variable) {
      case "proposedFinalistChoices" -> List.of(Map.of("label", "A-2030-0001 — Layanan", "value", "A-2030-0001"));
      case "objectionChoices" -> List.of(Map.of("label", "1 — A-2030-0001: alasan", "value", "1"));
      default -> null;
    });
  }

  private static TypedValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  @Test
  void theDeclaredShapePasses() {
    assertThat(problems(record, "objections", json("[{\"entryKey\": \"A-2030-0001\", \"reason\": \"Berhenti sejak Maret\"}]")))
        .isEmpty();
    assertThat(problems(record, "objections", json("[]"))).isEmpty();
    assertThat(problems(decide, "objectionDecisions",
        json("[{\"objection\": \"1\", \"decision\": \"DITOLAK\", \"reason\": \"Masih berjalan\"}]"))).isEmpty();
  }

  @Test
  void everyOtherShapeIsRefused() {
    assertThat(problems(record, "objections", json("[{\"entryKey\": \"B-2030-0009\", \"reason\": \"x\"}]")))
        .singleElement().asString().contains("tidak tersedia pada formulir");
    assertThat(problems(record, "objections", json("[{\"entryKey\": \"A-2030-0001\", \"disqualified\": \"ya\"}]")))
        .singleElement().asString().contains("Kolom \"disqualified\"");
    assertThat(problems(record, "objections", json("{\"entryKey\": \"A-2030-0001\"}")))
        .singleElement().asString().contains("harus berupa daftar");
    assertThat(problems(record, "objections", Variables.stringValue("A-2030-0001: alasan")))
        .singleElement().asString().contains("harus dikirim sebagai data JSON");
    assertThat(problems(record, "objections", Variables.objectValue(new ArrayList<>(List.of(Map.of("entryKey", "x"))))
        .serializationDataFormat(SerializationDataFormats.JAVA).create()))
        .singleElement().asString().contains("jenis data yang tidak diizinkan");
    assertThat(problems(record, "objections", json("[{\"entryKey\": \"A-2030-0001\", \"reason\": \"<img src=x>\"}]")))
        .singleElement().asString().contains("kode HTML");
    assertThat(problems(record, "objections", json("[{\"entryKey\": \"A-2030-0001\", \"reason\": \""
        + "x".repeat(2001) + "\"}]"))).singleElement().asString().contains("paling banyak 2000");
    assertThat(problems(decide, "objectionDecisions",
        json("[{\"objection\": \"1\", \"decision\": \"DIBATALKAN\", \"reason\": \"x\"}]")))
        .singleElement().asString().contains("tidak tersedia pada formulir");
    assertThat(problems(decide, "objectionDecisions",
        json("[{\"objection\": \"7\", \"decision\": \"DITOLAK\", \"reason\": \"x\"}]")))
        .singleElement().asString().contains("tidak tersedia pada formulir");
    assertThat(problems(decide, "disqualified", json("[\"A-2030-0001\"]")))
        .singleElement().asString().contains("tidak ada pada formulir ini");
  }
}
