package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Group names as URL segments (the scores and dates of the results pages: {@code id.kipp.shared.BahasaTest}). */
class GroupSlugsTest {

  @Test
  void groupNamesBecomeDistinctUrlSegments() {
    assertThat(GroupSlugs.of(List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah", "Kabupaten/Kota",
        "Désa & Kelurahan", "unit kerja perangkat daerah", "???")).values())
        .containsExactly("perangkat-daerah", "unit-kerja-perangkat-daerah", "kabupaten-kota", "desa-kelurahan",
            "unit-kerja-perangkat-daerah-2", "kelompok");
  }
}
