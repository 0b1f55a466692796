package id.kipp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each audience's model holds, whatever a template asks for: a juror's never carries contact data, screening or
 * results, and carries the agency only when the edition is not blind.
 */
class NotificationModelsTest {

  final NotificationModels models = new NotificationModels(ZoneId.of("Asia/Jakarta"),
      "https://kipp.example.go.id");
  final NotificationModels.Edition edition = new NotificationModels.Edition("MALANG-2019", "KIPP Malang 2019", null);
  final Recipient recipient = new Recipient("x@contoh.go.id", "X");

  @SuppressWarnings("unchecked")
  static Map<String, Object> part(Map<String, Object> model, String name) {
    return (Map<String, Object>) model.get(name);
  }

  @Test
  void participantsSeeTheirWholeEntryWithDatesInBahasa() {
    Map<String, Object> model = models.model(Audience.PARTICIPANTS, NotificationTemplatesTest.facts(null, true),
        recipient, edition, null);
    assertThat(part(model, "entry")).containsEntry("agency", "Dinas Perpustakaan dan Arsip Daerah")
        .containsEntry("contactName", "Ibu Sari");
    assertThat(part(model, "screening")).containsEntry("revisionDueAt", "Senin, 10 Juni 2019 pukul 23.59 WIB");
    assertThat(part(model, "presentation")).containsEntry("at", "Selasa, 1 Oktober 2019 pukul 09.20 WIB")
        .containsEntry("date", "Selasa, 1 Oktober 2019").containsEntry("slot", null);
    assertThat(part(model, "result")).containsEntry("rank", 1L).containsEntry("score", "81,50");
    assertThat(part(model, "edition")).containsEntry("name", "KIPP Malang 2019").containsEntry("organiser", null);
    assertThat(part(model, "app")).containsEntry("tasklistUrl", "https://kipp.example.go.id/camunda/app/tasklist/default/");
  }

  @Test
  void aJurorOfABlindEditionLearnsNothingAboutTheParticipant() {
    Map<String, Object> model = models.model(Audience.JUROR, NotificationTemplatesTest.facts(null, true), recipient,
        edition, new Person("juri2", "Dr. Budi", "juri2@contoh.go.id"));
    assertThat(part(model, "entry")).containsEntry("key", "MALANG-2019-0007")
        .containsEntry("title", "Layanan Pojok Braille (LAPO BRA)").containsEntry("agency", null)
        .containsEntry("unit", null).containsEntry("contactName", null);
    assertThat(part(model, "screening").values()).containsOnlyNulls();
    assertThat(part(model, "result").values()).containsOnlyNulls();
    assertThat(part(model, "presentation").values()).containsOnlyNulls();
    assertThat(model.toString()).doesNotContain("Dinas Perpustakaan").doesNotContain("sari@").doesNotContain("Ibu Sari");
    assertThat(part(model, "juror")).containsEntry("name", "Dr. Budi")
        .containsEntry("dueAt", "Jumat, 5 Juli 2019 pukul 23.59 WIB");
  }

  @Test
  void aJurorOfAnOpenEditionSeesTheAgencyButNoContact() {
    Map<String, Object> model = models.model(Audience.JUROR, NotificationTemplatesTest.facts(null, false), recipient,
        edition, null);
    assertThat(part(model, "entry")).containsEntry("agency", "Dinas Perpustakaan dan Arsip Daerah")
        .containsEntry("contactName", null);
    assertThat(part(model, "juror")).containsEntry("id", "juri2").containsEntry("name", "juri2");
  }
}
