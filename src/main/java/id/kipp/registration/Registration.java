package id.kipp.registration;

import java.util.Map;

/**
 * A registration (or its revision) as submitted: the text fields by variable name and the three attachments
 * (null when absent).
 */
public record Registration(
    Map<String, String> fields,
    boolean neverEnteredBefore,
    Attachment innovationProposalFile,
    Attachment performanceProposalFile,
    Attachment declarationFile) {

  public String field(String name) {
    String value = fields.get(name);
    return value == null ? "" : value.trim();
  }
}
