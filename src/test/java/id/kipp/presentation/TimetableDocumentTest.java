package id.kipp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.Markdown;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The timetable shown in "Tetapkan jadwal presentasi" always fits into a String variable (varchar 4000). */
class TimetableDocumentTest {

  static final LocalDate DAY = LocalDate.of(2030, 10, 1);
  final TimetableDocument document = new TimetableDocument(ZoneId.of("Asia/Jakarta"));
  final TimetableSettings settings = new TimetableSettings(List.of(DAY, DAY.plusDays(1)), LocalTime.of(8, 0),
      LocalTime.of(16, 0), 7, 13, 0, 0, 0, null, null);

  @Test
  void aFewFinalistsAreShownWithTitleAndAgency() {
    String text = document.markdown(slots(3, "Layanan Antar Jemput Lansia"), Set.of(), settings);
    assertThat(text).contains("Judul inovasi").contains("Layanan Antar Jemput Lansia 3").contains("UJI-2030-0003");
  }

  @Test
  void manyFinalistsWithLongTitlesStillFitAndEveryOneKeepsItsRow() {
    String title = "Inovasi pelayanan publik dengan judul yang panjang sekali ".repeat(3);
    List<PresentationSlot> slots = slots(30, title);
    String text = document.markdown(slots, Set.of(), settings);
    assertThat(text.length()).isLessThanOrEqualTo(Markdown.MAX_VARIABLE_TEXT);
    assertThat(text).doesNotContain("Judul inovasi");
    for (PresentationSlot slot : slots) {
      assertThat(text).contains(slot.entryKey());
    }
  }

  @Test
  void aNationalTimetableIsCutWithANoteWhereTheWholeOneIs() {
    String text = document.markdown(slots(120, "Judul"), Set.of(), settings);
    assertThat(text.length()).isLessThanOrEqualTo(Markdown.MAX_VARIABLE_TEXT);
    assertThat(text).contains("UJI-2030-0001").endsWith("variabel `proposedTimetable` edisi di Cockpit._");
  }

  private static List<PresentationSlot> slots(int count, String title) {
    List<PresentationSlot> slots = new ArrayList<>();
    LocalDateTime start = DAY.atTime(8, 0);
    for (int i = 1; i <= count; i++) {
      Finalist finalist = new Finalist(String.format("UJI-2030-%04d", i), title + " " + i, "Perangkat Daerah",
          "Dinas Kesehatan Kabupaten Contoh Nomor " + i, i);
      slots.add(new PresentationSlot(finalist, start, start.plusMinutes(20)));
      start = start.plusMinutes(20);
    }
    return slots;
  }
}
