package id.kipp.catalogue;

import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the catalogue copies when an edition's results are published (see {@link CatalogueEditionRun}): nothing
 * before, every entry that passed screening after — with its award, sections and proposal documents, but no contact
 * data and no declaration — and the same again when published twice, replications kept.
 */
@SpringBootTest
@ActiveProfiles("test")
class CataloguePublicationTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  CatalogueRepository repository;

  @Autowired
  CataloguePublication publication;

  @Autowired
  Replications replications;

  @Autowired
  TransactionTemplate transaction;

  @Test
  void publishedEditionEntersTheCatalogue() {
    CatalogueEditionRun run = new CatalogueEditionRun(engine);
    run.driveToEnd(() -> {
      assertThat(count("catalogue_entry", run)).as("entries before publication").isZero();
      assertThat(count("catalogue_document", run)).as("documents before publication").isZero();
    });

    // passed entries with their award; the entry refused at screening is absent
    assertThat(count("catalogue_entry", run)).isEqualTo(4);
    assertThat(repository.find(run.key("ditolak"))).isEmpty();
    assertThat(repository.find(run.key("batal"))).as("cancelled after screening").isEmpty();
    CatalogueEntry braille = repository.find(run.key("braille")).orElseThrow();
    assertThat(braille.award()).isEqualTo(Award.PEMENANG);
    assertThat(braille.finalRank()).isEqualTo(1);
    assertThat(braille.awardText()).isEqualTo("Pemenang (peringkat 1)");
    assertThat(repository.find(run.key("antrean")).orElseThrow().awardText()).isEqualTo("Finalis (peringkat 2)");
    CatalogueEntry sehat = repository.find(run.key("sehat")).orElseThrow();
    assertThat(sehat.award()).isEqualTo(Award.PESERTA);
    assertThat(sehat.finalRank()).isNull();
    assertThat(sehat.title()).as("revised title").isEqualTo(CatalogueEditionRun.REVISED_TITLE);
    CatalogueEntry arsip = repository.find(run.key("arsip")).orElseThrow();
    assertThat(arsip.awardText()).isEqualTo("Pemenang (peringkat 1)");
    assertThat(arsip.group()).isEqualTo(CatalogueEditionRun.UK);

    // what describes the innovation
    assertThat(braille.editionKey()).isEqualTo(run.editionKey);
    assertThat(braille.year()).isEqualTo(2030);
    assertThat(braille.editionName()).isEqualTo("Kompetisi Inovasi Pelayanan Publik Uji " + run.code);
    assertThat(braille.organiser()).isEqualTo("Pemerintah Kota Uji");
    assertThat(braille.editionOpenedOn()).isEqualTo(TestClock.today().minusDays(1));
    assertThat(braille.title()).isEqualTo("Layanan Pojok Braille (LAPO BRA)");
    assertThat(braille.agency()).isEqualTo("Dinas Perpustakaan dan Arsip Daerah");
    assertThat(braille.agencyId()).isEqualTo(run.agencyIds.get("braille"));
    assertThat(braille.group()).isEqualTo(CatalogueEditionRun.PD);
    assertThat(braille.summary()).startsWith("Layanan baca bagi penyandang tunanetra");
    assertThat(braille.implementedSince()).isEqualTo(LocalDate.of(2017, 1, 2));
    assertThat(braille.videoUrl()).isEqualTo("https://video.example/inovasi");
    List<CatalogueSection> sections = repository.sections(run.key("braille"));
    assertThat(sections).extracting(CatalogueSection::label).containsExactly("Analisa Masalah",
        "Pendekatan Strategis", "Pelaksanaan dan Penerapan", "Dampak Sebelum dan Sesudah", "Keberlanjutan",
        "Standar Pelayanan", "Maklumat Pelayanan", "Survei Kepuasan Masyarakat (SKM)", "Penanganan Pengaduan",
        "Sistem Informasi Pelayanan Publik");
    assertThat(sections).extracting(CatalogueSection::proposal).containsOnly(ProposalSections.INNOVATION,
        ProposalSections.PERFORMANCE);
    assertThat(sections.get(0).body()).startsWith("Masalah pelayanan yang dijawab oleh Layanan Pojok Braille");

    // the two proposals with their bytes, name and type; never the declaration
    assertThat(repository.documents(run.key("braille"))).containsExactly(
        new CatalogueDocument("proposal-inovasi", "Proposal Inovasi Pelayanan Publik", "proposal-inovasi.pdf",
            "application/pdf", CatalogueEditionRun.uploaded("proposal-inovasi.pdf", braille.title()).length),
        new CatalogueDocument("proposal-kinerja", "Proposal Kinerja Penyelenggara Pelayanan Publik",
            "proposal-kinerja.pdf", "application/pdf",
            CatalogueEditionRun.uploaded("proposal-kinerja.pdf", braille.title()).length));
    assertThat(repository.content(run.key("braille"), "proposal-inovasi").orElseThrow().bytes())
        .isEqualTo(CatalogueEditionRun.uploaded("proposal-inovasi.pdf", braille.title()));
    assertThat(repository.content(run.key("braille"), "proposal-kinerja").orElseThrow().bytes())
        .isEqualTo(CatalogueEditionRun.uploaded("proposal-kinerja.pdf", braille.title()));
    CatalogueRepository.Content revised = repository.content(run.key("sehat"), "proposal-inovasi").orElseThrow();
    assertThat(revised.document().filename()).isEqualTo("proposal-inovasi-revisi.pdf");
    assertThat(revised.bytes()).as("the revised upload").isEqualTo(CatalogueEditionRun.bytes(run.revisedFile));
    assertThat(count("catalogue_document", run)).isEqualTo(8);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_document WHERE entry_key LIKE ?"
        + " AND (document_id NOT IN ('proposal-inovasi', 'proposal-kinerja') OR filename LIKE '%pernyataan%')",
        Integer.class, run.editionKey + "-%")).isZero();
    // the catalogue refers to the uploads in the document store: no copy of their bytes
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_document WHERE entry_key LIKE ?"
        + " AND content IS NULL AND stored_document_id IS NOT NULL", Integer.class, run.editionKey + "-%")).isEqualTo(8);

    // no contact data anywhere in the catalogue's rows of this edition
    String contact = "Narahubung Dinas Perpustakaan dan Arsip Daerah";
    String email = "inovasi@dinasperpustakaandanarsipdaerah.example";
    for (String table : List.of("catalogue_entry", "catalogue_section")) {
      for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table + " WHERE entry_key LIKE ?",
          run.editionKey + "-%")) {
        assertThat(row.values()).as(table).noneMatch(value -> value != null
            && (value.toString().contains(contact) || value.toString().contains(email)
            || value.toString().contains("0341-000000")));
      }
    }
  }

  @Test
  void publishingTwiceChangesNothingAndKeepsReplications() {
    CatalogueEditionRun run = new CatalogueEditionRun(engine);
    run.driveToEnd(() -> {});
    String braille = run.key("braille");
    replications.record(braille, new ReplicationRequest("Dinas Kominfo Kota Batu", null,
        TestClock.today().toString(), "Diterapkan di dua perpustakaan desa."),
        run.secretariat, List.of("sekretariat"));
    CatalogueEntry before = repository.find(braille).orElseThrow();
    List<CatalogueDocument> documentsBefore = repository.documents(braille);

    // the edition has ended: the ranking now comes from the history
    Integer copied = transaction.execute(status -> publication.publish(run.editionKey, run.historicEditionId()));

    assertThat(copied).isEqualTo(4);
    assertThat(count("catalogue_entry", run)).isEqualTo(4);
    assertThat(count("catalogue_section", run)).isEqualTo(40);
    assertThat(count("catalogue_document", run)).isEqualTo(8);
    assertThat(repository.find(braille).orElseThrow()).isEqualTo(before);
    assertThat(repository.find(braille).orElseThrow().replicationCount()).isEqualTo(1);
    assertThat(repository.documents(braille)).isEqualTo(documentsBefore);
    assertThat(repository.replications(braille)).singleElement()
        .satisfies(r -> assertThat(r.agencyName()).isEqualTo("Dinas Kominfo Kota Batu"));
    assertThat(repository.find(run.key("antrean")).orElseThrow().awardText()).isEqualTo("Finalis (peringkat 2)");
    assertThat(repository.find(run.key("ditolak"))).isEmpty();
  }

  private int count(String table, CatalogueEditionRun run) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE entry_key LIKE ?", Integer.class,
        run.editionKey + "-%");
  }
}
