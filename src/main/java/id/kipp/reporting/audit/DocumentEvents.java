package id.kipp.reporting.audit;

import static id.kipp.reporting.audit.EntryHistory.REGISTERED;
import static id.kipp.reporting.audit.EntryHistory.SYSTEM;

import id.kipp.document.StoredDocument;
import id.kipp.shared.Bahasa;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every file uploaded to the entry (table {@code document} of the document store): the registration's files, and each
 * later upload to the same variable as a replacement — with its name, size, uploader and time.
 */
final class DocumentEvents {

  /** What the participant calls the registration's files. */
  private static final Map<String, String> LABELS = Map.of(
      "innovationProposalFile", "Proposal inovasi",
      "performanceProposalFile", "Proposal kinerja",
      "declarationFile", "Surat pernyataan");

  private final EntryHistory h;
  private final List<StoredDocument> documents;

  DocumentEvents(EntryHistory h, List<StoredDocument> documents) {
    this.h = h;
    this.documents = documents;
  }

  void addTo() {
    Set<String> seen = new HashSet<>();
    for (StoredDocument document : documents) {
      String variable = document.variableName() == null ? "" : document.variableName();
      boolean replaced = !seen.add(variable);
      String label = LABELS.getOrDefault(variable, variable.isEmpty() ? "Berkas" : "Berkas " + variable);
      h.add(Date.from(document.uploadedAt()), REGISTERED,
          document.uploadedBy() == null ? SYSTEM : document.uploadedBy(),
          replaced ? "Berkas diganti" : "Berkas diunggah",
          label + ": \"" + document.filename() + "\", " + Bahasa.fileSize(document.size()) + ".");
    }
  }

}
