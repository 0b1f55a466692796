package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.award.FinalStanding;
import id.kipp.results.PublishedEdition.SignOff;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsSnapshotTest {

  static final Instant RELEASED = Instant.parse("2019-09-20T02:00:00Z");

  @Test
  void theEditionAndItsSignOffAsRecordedOnTheEditionAndTheApprovedRanking() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("editionName", " Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019 ");
    variables.put("year", 2019L);
    variables.put("organiser", "Pemerintah Kota Malang");
    variables.put("groups", List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah"));
    variables.put("signedOffBy", "pimpinan");
    variables.put("signedOffAt", Date.from(Instant.parse("2019-09-18T07:30:00Z")));
    variables.put("decreeNumber", "188.45/123/35.73.112/2019");
    variables.put("signOffNote", "  ");
    List<FinalStanding> ranking = List.of(
        new FinalStanding("pi-2", "MALANG-2019-0002", "Sapa Warga", "Dinas Kominfo", "Perangkat Daerah", 1, 75.0,
            90.0, 79.5, true),
        new FinalStanding("pi-9", "MALANG-2019-0009", "Tanpa Presentasi", "Kelurahan Oro-oro Dowo", "Kelurahan", 1,
            80.0, null, 80.0, false));

    PublishedEdition edition = ResultsSnapshot.edition("MALANG-2019", "pi-edition", variables, ranking, RELEASED,
        user -> user.equals("pimpinan") ? "Sutiaji" : null);

    assertThat(edition).isEqualTo(new PublishedEdition("MALANG-2019", "pi-edition",
        "Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019", 2019, "Pemerintah Kota Malang",
        // a group of the ranking that the edition does not list (should not happen) is kept, last
        List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah", "Kelurahan"), RELEASED,
        new SignOff("pimpinan", "Sutiaji", Instant.parse("2019-09-18T07:30:00Z"), "188.45/123/35.73.112/2019", null)));
    assertThat(ResultsSnapshot.finalists(ranking)).containsExactly(
        new PublishedFinalist("MALANG-2019-0002", "Perangkat Daerah", 1, true, "Sapa Warga", "Dinas Kominfo", 75.0,
            90.0, 79.5),
        new PublishedFinalist("MALANG-2019-0009", "Kelurahan", 1, false, "Tanpa Presentasi", "Kelurahan Oro-oro Dowo",
            80.0, null, 80.0));
  }

  @Test
  void missingValuesFallBack() {
    PublishedEdition edition = ResultsSnapshot.edition("SIVABLIK-2022", "pi", Map.of(), List.of(), RELEASED,
        user -> "x");

    assertThat(edition.name()).isEqualTo("SIVABLIK-2022");
    assertThat(edition.year()).isEqualTo(2022);
    assertThat(edition.groups()).isEmpty();
    assertThat(edition.signOff()).isEqualTo(new SignOff(null, null, null, null, null));
    assertThat(edition.signOff().who()).isNull();
    assertThat(ResultsSnapshot.finalists(List.of())).isEmpty();
    // a user without a name is shown by its id
    assertThat(new SignOff("pimpinan", null, null, null, null).who()).isEqualTo("pimpinan");
  }
}
