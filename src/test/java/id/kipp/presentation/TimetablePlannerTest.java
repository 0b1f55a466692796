package id.kipp.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.kipp.shared.FormRows;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The timetable planner, the secretariat's slot changes and the settings, computed by hand. */
class TimetablePlannerTest {

  static final LocalDate TUESDAY = LocalDate.of(2019, 10, 1);
  static final LocalDate WEDNESDAY = LocalDate.of(2019, 10, 2);

  static List<Finalist> finalists(int count) {
    List<Finalist> finalists = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      finalists.add(new Finalist(String.format("MALANG-2019-%04d", i), "Inovasi " + i,
          i % 2 == 1 ? "Perangkat Daerah" : "Unit Kerja", "Dinas " + i, (i + 1) / 2));
    }
    return finalists;
  }

  /** 08:00-16:00, 7 + 13 minutes, no changeover, no break, no lunch. */
  static TimetableSettings plain(LocalDate... days) {
    return new TimetableSettings(List.of(days), LocalTime.of(8, 0), LocalTime.of(16, 0), 7, 13, 0, 0, 0, null, null);
  }

  static String time(LocalDateTime at) {
    return at.toLocalDate() + " " + at.toLocalTime();
  }

  @Test
  void slotsOfSevenPlusThirteenMinutesFollowEachOtherInTheGivenOrder() {
    TimetablePlanner.Proposal proposal = TimetablePlanner.propose(finalists(3), plain(TUESDAY));

    assertThat(proposal.fits()).isTrue();
    assertThat(proposal.shortfall(plain(TUESDAY))).isNull();
    assertThat(proposal.slots()).extracting(PresentationSlot::entryKey, slot -> time(slot.startsAt()),
        slot -> time(slot.endsAt())).containsExactly(
        tuple("MALANG-2019-0001", "2019-10-01 08:00", "2019-10-01 08:20"),
        tuple("MALANG-2019-0002", "2019-10-01 08:20", "2019-10-01 08:40"),
        tuple("MALANG-2019-0003", "2019-10-01 08:40", "2019-10-01 09:00"));
  }

  @Test
  void changeoverSeparatesSlotsAndEveryThirdSlotIsFollowedByABreakInstead() {
    TimetableSettings settings = new TimetableSettings(List.of(TUESDAY), LocalTime.of(8, 0), LocalTime.of(16, 0),
        7, 13, 5, 3, 15, null, null);

    List<PresentationSlot> slots = TimetablePlanner.propose(finalists(5), settings).slots();

    // 08:00-08:20 +5, 08:25-08:45 +5, 08:50-09:10 +15 (break), 09:25-09:45 +5, 09:50-10:10
    assertThat(slots).extracting(slot -> slot.startsAt().toLocalTime().toString())
        .containsExactly("08:00", "08:25", "08:50", "09:25", "09:50");
  }

  @Test
  void noSlotOverlapsTheLunchBreakAndTheCountTowardsTheNextBreakStartsAfterIt() {
    // 10:40 start; breaks of 10 minutes after every 2 slots; lunch 12:00-13:00
    TimetableSettings settings = new TimetableSettings(List.of(TUESDAY), LocalTime.of(10, 40), LocalTime.of(16, 0),
        7, 13, 0, 2, 10, LocalTime.of(12, 0), LocalTime.of(13, 0));

    List<PresentationSlot> slots = TimetablePlanner.propose(finalists(6), settings).slots();

    // 10:40, 11:00, [break] 11:30 ... 11:50-12:10 would cross lunch -> 13:00, 13:20, [break] 13:50, 14:10
    assertThat(slots).extracting(slot -> slot.startsAt().toLocalTime().toString())
        .containsExactly("10:40", "11:00", "11:30", "13:00", "13:20", "13:50");
  }

  @Test
  void theDefaultSettingsHoldNineteenFinalistsADay() {
    // application.yaml: 08:00-16:00, 7 + 13, no changeover, 10 minutes' break after every 6 slots, lunch 12:00-13:00:
    // 08:00-10:00 six slots, break, 10:10-11:50 five (11:50-12:10 crosses lunch), 13:00-15:00 six, break,
    // 15:10-15:50 two (15:50-16:10 ends after 16:00) = 19
    TimetableSettings settings = new TimetableSettings(List.of(TUESDAY, WEDNESDAY), LocalTime.of(8, 0),
        LocalTime.of(16, 0), 7, 13, 0, 6, 10, LocalTime.of(12, 0), LocalTime.of(13, 0));

    List<PresentationSlot> slots = TimetablePlanner.propose(finalists(20), settings).slots();

    assertThat(slots.stream().filter(slot -> slot.startsAt().toLocalDate().equals(TUESDAY))).hasSize(19);
    assertThat(slots.get(6).startsAt().toLocalTime()).isEqualTo(LocalTime.of(10, 10));
    assertThat(slots.get(11).startsAt().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
    assertThat(slots.get(18).endsAt().toLocalTime()).isEqualTo(LocalTime.of(15, 50));
    assertThat(time(slots.get(19).startsAt())).isEqualTo("2019-10-02 08:00");
  }

  @Test
  void aSlotThatWouldEndAfterTheDayGoesToTheNextDay() {
    TimetableSettings settings = new TimetableSettings(List.of(WEDNESDAY, TUESDAY), LocalTime.of(8, 0),
        LocalTime.of(9, 0), 7, 13, 5, 0, 0, null, null);

    List<PresentationSlot> slots = TimetablePlanner.propose(finalists(5), settings).slots();

    // 08:00, 08:25 (08:50-09:10 ends after 09:00); days in calendar order whatever order they were given in
    assertThat(slots).extracting(slot -> time(slot.startsAt())).containsExactly(
        "2019-10-01 08:00", "2019-10-01 08:25", "2019-10-02 08:00", "2019-10-02 08:25");
    assertThat(settings.days()).containsExactly(TUESDAY, WEDNESDAY);
  }

  @Test
  void finalistsThatDoNotFitAreReportedClearly() {
    TimetableSettings settings = plain(TUESDAY);
    TimetablePlanner.Proposal proposal = TimetablePlanner.propose(finalists(26), settings);

    assertThat(proposal.fits()).isFalse();
    assertThat(proposal.slots()).hasSize(24);
    assertThat(proposal.unplaced()).extracting(Finalist::entryKey).containsExactly("MALANG-2019-0025", "MALANG-2019-0026");
    assertThat(proposal.shortfall(settings)).isEqualTo("Jadwal tidak muat: 26 finalis, tetapi 1 hari presentasi "
        + "(Selasa, 1 Oktober 2019) dengan jam 08.00–16.00 dan slot 20 menit hanya memuat 24 finalis. 2 finalis belum "
        + "mendapat slot: MALANG-2019-0025, MALANG-2019-0026. Tambahkan hari presentasi, perpanjang jam presentasi, "
        + "atau perpendek slot, jeda atau istirahat.");
  }

  @Test
  void proposalsNeverOverlapAndRespectBreaksAndDayEnds() {
    Random random = new Random(20191001);
    for (int run = 0; run < 500; run++) {
      List<LocalDate> days = new ArrayList<>();
      for (int d = 0, n = 1 + random.nextInt(3); d < n; d++) {
        days.add(TUESDAY.plusDays(d * (1 + random.nextInt(3))));
      }
      LocalTime start = LocalTime.of(7 + random.nextInt(3), 15 * random.nextInt(4));
      LocalTime end = start.plusHours(3 + random.nextInt(6));
      boolean lunch = random.nextBoolean();
      TimetableSettings settings = new TimetableSettings(days, start, end, 1 + random.nextInt(20), random.nextInt(30),
          random.nextInt(10), random.nextInt(8), random.nextInt(30), lunch ? LocalTime.of(12, 0) : null,
          lunch ? LocalTime.of(12, 30).plusMinutes(15 * random.nextInt(3)) : null);
      List<Finalist> finalists = finalists(random.nextInt(60));

      TimetablePlanner.Proposal proposal = TimetablePlanner.propose(finalists, settings);

      assertThat(proposal.slots().size() + proposal.unplaced().size()).isEqualTo(finalists.size());
      assertThat(TimetablePlanner.placementProblems(proposal.slots(), finalists, settings)).as("run %d", run).isEmpty();
      for (PresentationSlot slot : proposal.slots()) {
        if (lunch) {
          boolean inLunch = slot.startsAt().toLocalTime().isBefore(settings.lunchEnd())
              && slot.endsAt().toLocalTime().isAfter(settings.lunchStart());
          assertThat(inLunch).as("run %d: %s in the lunch break", run, slot).isFalse();
        }
      }
      // in the order given, one after the other
      assertThat(proposal.slots()).extracting(PresentationSlot::finalist)
          .containsExactlyElementsOf(finalists.subList(0, proposal.slots().size()));
      for (int i = 1; i < proposal.slots().size(); i++) {
        assertThat(proposal.slots().get(i).startsAt()).isAfterOrEqualTo(proposal.slots().get(i - 1).endsAt());
      }
      if (proposal.fits()) {
        assertThat(TimetablePlanner.check(proposal.slots(), finalists, settings)).isEmpty();
      }
    }
  }

  // ---- the secretariat's changes -----------------------------------------------------------------------------

  /** Rows of "Ubah slot" as the form submits them: entry key, start; a pair of nulls is a row left empty. */
  private static Object moves(String... keysAndStarts) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < keysAndStarts.length; i += 2) {
      Map<String, Object> row = new HashMap<>();
      row.put("entryKey", keysAndStarts[i]);
      row.put("startsAt", keysAndStarts[i + 1]);
      rows.add(row);
    }
    return FormRows.json(rows);
  }

  @Test
  void theFreeSlotsAreWhereAProposalCouldPutOneBesideTheTimetable() {
    List<Finalist> finalists = finalists(3);
    TimetableSettings settings = new TimetableSettings(List.of(TUESDAY), LocalTime.of(8, 0), LocalTime.of(10, 0),
        7, 13, 10, 0, 0, null, null);
    List<PresentationSlot> proposal = new ArrayList<>(TimetablePlanner.propose(finalists, settings).slots());
    // 08.00, 08.30, 09.00 taken, 09.30 free; the second finalist moved to 09.30 frees 08.30
    assertThat(TimetablePlanner.freeSlots(proposal, settings, 10)).extracting(slot -> time(slot.startsAt()))
        .containsExactly("2019-10-01 09:30");
    proposal.set(1, new PresentationSlot(proposal.get(1).finalist(), TUESDAY.atTime(9, 30), TUESDAY.atTime(9, 50)));
    assertThat(TimetablePlanner.freeSlots(proposal, settings, 10)).extracting(slot -> time(slot.startsAt()))
        .containsExactly("2019-10-01 08:30");
    assertThat(TimetablePlanner.freeSlots(List.of(), settings, 2)).hasSize(2);
    assertThat(new TimetableDocument(java.time.ZoneId.of("Asia/Jakarta"))
        .freeSlots(TimetablePlanner.freeSlots(List.of(), settings, 10)))
        .isEqualTo("**Slot kosong** (jam mulai, WIB):\n\n- Selasa, 1 Oktober 2019: 08.00, 08.30, 09.00, 09.30");
    assertThat(new TimetableDocument(java.time.ZoneId.of("Asia/Jakarta")).freeSlots(List.of()))
        .isEqualTo("**Slot kosong:** tidak ada; hari presentasi sudah penuh.");
  }

  @Test
  void aFinalistMovedByHandKeepsItsSlotLengthAndTwoFinalistsCanSwap() {
    List<Finalist> finalists = finalists(4);
    TimetableSettings settings = plain(TUESDAY, WEDNESDAY);
    List<PresentationSlot> proposal = TimetablePlanner.propose(finalists, settings).slots();
    List<String> problems = new ArrayList<>();

    TimetableChanges.Result changed = TimetableChanges.apply(proposal, finalists, moves(
        "MALANG-2019-0004", "2019-10-02T09:20",
        null, null,
        "MALANG-2019-0001", "2019-10-01T08:20",
        "MALANG-2019-0002", "2019-10-01T08:00:00"), settings.slotMinutes(), problems);

    assertThat(problems).isEmpty();
    assertThat(changed.moved()).containsExactlyInAnyOrder("MALANG-2019-0004", "MALANG-2019-0001", "MALANG-2019-0002");
    assertThat(changed.slots()).extracting(PresentationSlot::entryKey, slot -> time(slot.startsAt()),
        slot -> time(slot.endsAt())).containsExactly(
        tuple("MALANG-2019-0002", "2019-10-01 08:00", "2019-10-01 08:20"),
        tuple("MALANG-2019-0001", "2019-10-01 08:20", "2019-10-01 08:40"),
        tuple("MALANG-2019-0003", "2019-10-01 08:40", "2019-10-01 09:00"),
        tuple("MALANG-2019-0004", "2019-10-02 09:20", "2019-10-02 09:40"));
    assertThat(TimetablePlanner.check(changed.slots(), finalists, settings)).isEmpty();
  }

  @Test
  void changedSlotsAreCheckedAgainstOverlapsDaysAndHours() {
    List<Finalist> finalists = finalists(4);
    TimetableSettings settings = plain(TUESDAY);
    List<PresentationSlot> proposal = TimetablePlanner.propose(finalists, settings).slots();
    List<String> problems = new ArrayList<>();

    TimetableChanges.Result changed = TimetableChanges.apply(proposal, finalists, moves(
        "MALANG-2019-0001", "2019-10-01T08:30",
        "MALANG-2019-0003", "2019-10-03T09:00",
        "MALANG-2019-0004", "2019-10-01T15:50"), settings.slotMinutes(), problems);
    problems.addAll(TimetablePlanner.check(changed.slots(), finalists, settings));

    assertThat(problems).containsExactly(
        "Slot MALANG-2019-0004 (Selasa, 1 Oktober 2019 pukul 15.50–16.10) di luar jam presentasi 08.00–16.00.",
        "Slot MALANG-2019-0003 (Kamis, 3 Oktober 2019 pukul 09.00–09.20) tidak jatuh pada hari presentasi; tambahkan "
            + "tanggalnya ke hari presentasi bila perlu.",
        "Slot MALANG-2019-0002 (Selasa, 1 Oktober 2019 pukul 08.20–08.40) bertabrakan dengan slot MALANG-2019-0001 "
            + "(08.30–08.50).");
  }

  @Test
  void badRowsAreReportedWithTheirNumber() {
    List<Finalist> finalists = finalists(2);
    List<PresentationSlot> proposal = TimetablePlanner.propose(finalists, plain(TUESDAY)).slots();
    List<String> problems = new ArrayList<>();

    TimetableChanges.apply(proposal, finalists, moves(
        "MALANG-2019-0001", "2019-02-30T09:00",
        "MALANG-2019-0002", "2019-10-01T25:00",
        "MALANG-2019-0099", "2019-10-01T09:00",
        "MALANG-2019-0001", null,
        "MALANG-2019-0002", "2019-10-01T10:00",
        "MALANG-2019-0002", "2019-10-01T11:00",
        "MALANG-2019-0001", "2019-10-01T09:00:30+07:00"), 20, problems);

    assertThat(problems).containsExactly(
        "Baris 1 (Ubah slot): \"2019-02-30T09:00\" bukan tanggal dan jam yang valid (YYYY-MM-DD JJ:MM).",
        "Baris 2 (Ubah slot): \"2019-10-01T25:00\" bukan tanggal dan jam yang valid (YYYY-MM-DD JJ:MM).",
        "Baris 3 (Ubah slot): MALANG-2019-0099 bukan finalis edisi ini.",
        "Baris 4 (Ubah slot): pilih finalis dan isi tanggal serta jam mulai slotnya, atau hapus baris itu.",
        "Baris 6 (Ubah slot): MALANG-2019-0002 sudah diubah pada baris 5; satu baris per finalis.",
        "Baris 7 (Ubah slot): \"2019-10-01T09:00:30+07:00\" bukan tanggal dan jam yang valid (YYYY-MM-DD JJ:MM).");
  }

  @Test
  void everyFinalistHasExactlyOneSlotAndNothingElseHasOne() {
    List<Finalist> finalists = finalists(3);
    TimetableSettings settings = plain(TUESDAY);
    List<PresentationSlot> slots = new ArrayList<>(TimetablePlanner.propose(finalists, settings).slots());
    PresentationSlot first = slots.get(0);
    slots.remove(2);
    slots.add(new PresentationSlot(first.finalist(), first.startsAt().plusHours(2), first.endsAt().plusHours(2)));
    Finalist stranger = new Finalist("MALANG-2019-0042", "Lain", "Unit Kerja", "Dinas Lain", 9);
    slots.add(new PresentationSlot(stranger, first.startsAt().plusHours(3), first.endsAt().plusHours(3)));

    assertThat(TimetablePlanner.check(slots, finalists, settings)).containsExactly(
        "Finalis MALANG-2019-0003 belum mendapat slot.",
        "Finalis MALANG-2019-0001 mendapat 2 slot; setiap finalis tepat satu slot.",
        "MALANG-2019-0042 bukan finalis edisi ini.");
  }

  @Test
  void aFinalistTheDaysCouldNotHoldCanBePlacedByHand() {
    List<Finalist> finalists = finalists(3);
    TimetableSettings settings = new TimetableSettings(List.of(TUESDAY), LocalTime.of(8, 0), LocalTime.of(9, 0),
        7, 13, 0, 0, 0, null, null);
    Map<String, Object> variables = new HashMap<>(settings.variables());

    TimetableProposal full = TimetableProposal.compose(variables::get, finalists(4));
    assertThat(full.valid()).isFalse();
    assertThat(full.problems()).singleElement().asString().startsWith("Jadwal tidak muat: 4 finalis")
        .contains("1 finalis belum mendapat slot: MALANG-2019-0004.");

    variables.put(TimetableChanges.MOVES, moves("MALANG-2019-0004", "2019-10-01T07:40"));
    TimetableProposal outside = TimetableProposal.compose(variables::get, finalists(4));
    assertThat(outside.problems()).containsExactly(
        "Slot MALANG-2019-0004 (Selasa, 1 Oktober 2019 pukul 07.40–08.00) di luar jam presentasi 08.00–09.00.");

    assertThat(TimetableProposal.compose(variables::get, finalists).problems())
        .containsExactly("Baris 1 (Ubah slot): MALANG-2019-0004 bukan finalis edisi ini.");
  }

  // ---- settings -----------------------------------------------------------------------------------------------

  @Test
  void settingsAreReadAsTheFormDeliversThem() {
    Map<String, Object> form = new HashMap<>();
    form.put("presentationDays", "2019-10-02, 2019-10-01;2019-10-02");
    form.put("presentationDayStart", "8.00");
    form.put("presentationDayEnd", "16:30");
    form.put("presentationMinutes", 7L);
    form.put("interviewMinutes", "13");
    form.put("changeoverMinutes", 0.0);
    form.put("breakEverySlots", 6);
    form.put("breakMinutes", 10L);
    form.put("lunchBreakStart", "");
    form.put("lunchBreakEnd", null);
    List<String> problems = new ArrayList<>();

    TimetableSettings settings = TimetableSettings.read(form::get, problems);

    assertThat(problems).isEmpty();
    assertThat(settings.days()).containsExactly(TUESDAY, WEDNESDAY);
    assertThat(settings.dayStart()).isEqualTo(LocalTime.of(8, 0));
    assertThat(settings.slotMinutes()).isEqualTo(20);
    assertThat(settings.hasLunchBreak()).isFalse();
    assertThat(settings.canonical()).isEqualTo("2019-10-01,2019-10-02|08:00-16:30|7+13|0|6x10|");
    assertThat(settings.describe("WIB")).isEqualTo("Slot 20 menit (presentasi 7 + wawancara 13), jam presentasi "
        + "08.00–16.30 WIB, jeda antarslot 0 menit, istirahat 10 menit setiap 6 slot.");
    assertThat(settings.variables()).containsEntry("presentationDays", "2019-10-01, 2019-10-02")
        .containsEntry("presentationDayStart", "08:00").containsEntry("interviewMinutes", 13L);
  }

  @Test
  void badSettingsAreRefusedWithEveryProblem() {
    Map<String, Object> form = new HashMap<>();
    form.put("presentationDays", "2019-10-01, 01-10-2019");
    form.put("presentationDayStart", "16:00");
    form.put("presentationDayEnd", "8:00");
    form.put("presentationMinutes", 0);
    form.put("interviewMinutes", 13);
    form.put("changeoverMinutes", -1);
    form.put("breakEverySlots", 6);
    form.put("breakMinutes", 10);
    form.put("lunchBreakStart", "12:00");
    List<String> problems = new ArrayList<>();

    assertThat(TimetableSettings.read(form::get, problems)).isNull();
    assertThat(problems).containsExactly(
        "Hari presentasi \"01-10-2019\" bukan tanggal yang valid (YYYY-MM-DD, misalnya 2019-10-01).",
        "Durasi presentasi (menit) wajib diisi, bilangan bulat 1 sampai 240.",
        "Jeda antarslot (menit) wajib diisi, bilangan bulat 0 sampai 240.",
        "Jam mulai presentasi harus sebelum jam selesai.",
        "Isi mulai dan selesai istirahat siang, atau kosongkan keduanya.");

    Map<String, Object> tooLong = new HashMap<>(plain(TUESDAY).variables());
    tooLong.put("presentationDayEnd", "08:15");
    tooLong.put("presentationDayStart", "25:00");
    problems.clear();
    TimetableSettings.read(tooLong::get, problems);
    assertThat(problems).containsExactly("Jam mulai presentasi \"25:00\" bukan jam yang valid (JJ:MM, misalnya 08:00).");
    tooLong.put("presentationDayStart", "08:00");
    problems.clear();
    TimetableSettings.read(tooLong::get, problems);
    assertThat(problems).containsExactly("Satu slot (20 menit) lebih panjang dari jam presentasi sehari.");
  }

  @Test
  void configurationTheFormWouldRefuseStopsTheApplication() {
    assertThatThrownBy(() -> new PresentationDefaults("08:00", "16:00", 7, 13, 0, 6, 10, "12:00", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kipp.presentation: Isi mulai dan selesai istirahat siang, atau kosongkan keduanya.");
    assertThat(new PresentationDefaults("08:00", "16:00", 7, 13, 0, 6, 10, "12:00", "13:00").settings(TUESDAY).canonical())
        .isEqualTo("2019-10-01|08:00-16:00|7+13|0|6x10|12:00-13:00");
  }

  @Test
  void lengthsReadAsDurations() {
    assertThat(TimetableSettings.minutes(20)).isEqualTo("20 menit");
    assertThat(TimetableSettings.minutes(90)).isEqualTo("1 jam 30 menit");
    assertThat(TimetableSettings.minutes(0)).isEqualTo("0 menit");
  }

  @Test
  void slotsReadInBahasaIndonesiaWithTheZoneOfTheCompetition() {
    PresentationSlot slot = new PresentationSlot(finalists(1).get(0), TUESDAY.atTime(9, 20), TUESDAY.atTime(9, 40));

    assertThat(new TimetableDocument(ZoneId.of("Asia/Makassar")).rows(List.of(slot)).get(0))
        .containsEntry("slot", "Selasa, 1 Oktober 2019 pukul 09.20–09.40 WITA");
    TimetableDocument document = new TimetableDocument(ZoneId.of("Asia/Jakarta"));
    Map<String, Object> row = document.rows(List.of(slot)).get(0);
    assertThat(row).containsEntry("slot", "Selasa, 1 Oktober 2019 pukul 09.20–09.40 WIB");
    assertThat(row).containsEntry("startsAt", "2019-10-01T09:20:00+07:00").containsEntry("endsAt", "2019-10-01T09:40:00+07:00")
        .containsEntry("entryKey", "MALANG-2019-0001").containsEntry("agency", "Dinas 1");
    assertThat(TimetableDocument.date(row.get("startsAt")).toInstant().toString()).isEqualTo("2019-10-01T02:20:00Z");
    assertThat(document.markdown(List.of(slot), Set.of("MALANG-2019-0001"), plain(TUESDAY)))
        .contains("| 1 | Selasa, 1 Oktober 2019 | 09.20–09.40 (diubah) | MALANG-2019-0001 | Perangkat Daerah | 1 | Inovasi 1 | Dinas 1 |");
  }
}
