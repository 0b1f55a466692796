package id.kipp.catalogue;

import java.time.LocalDate;
import java.util.List;

/** An edition as copied into the catalogue when its results are published, with its entries that passed screening. */
record PublishedEdition(String editionKey, String name, int year, String organiser, LocalDate openedOn,
    List<PublishedEntry> entries) {

  /** One entry that passed screening: what the catalogue shows and where its public documents are in the history. */
  record PublishedEntry(String entryKey, String sourceInstanceId, String title, String agency, String agencyId,
      String unit, String group, String summary, LocalDate implementedSince, String videoUrl, Award award,
      Integer finalRank, List<SectionText> sections, List<DocumentSource> documents) {}

  record SectionText(String name, int position, String proposal, String label, String body) {}

  /** An uploaded file: the historic variable that holds it (its bytes are copied inside the database). */
  /** A published document: in the document store ({@code storedDocumentId}) or, uploaded before it, in the history. */
  record DocumentSource(String documentId, int position, String label, String filename, String mimeType,
      String historicVariableId, Long storedDocumentId) {}
}
