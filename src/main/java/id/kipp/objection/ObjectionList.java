package id.kipp.objection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.shared.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objections of one uji-publik stage as the secretariat decides them: numbered from 1, the secretariat's own
 * first, then the public's confirmed ones in the order confirmed. A public objection carries its id
 * ({@code publicId}); the objector's name and address are never copied into the process.
 */
final class ObjectionList {

  static final String SECRETARIAT = "SEKRETARIAT";
  static final String PUBLIC = "PUBLIK";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ObjectionList() {}

  static List<Map<String, String>> of(List<Map<String, String>> secretariat,
      List<PublicObjectionRepository.Stored> confirmed) {
    List<Map<String, String>> list = new ArrayList<>();
    for (Map<String, String> objection : secretariat) {
      list.add(objection(list.size() + 1, objection.get("entryKey"), objection.get("reason"), SECRETARIAT, null,
          false));
    }
    for (PublicObjectionRepository.Stored objection : confirmed) {
      list.add(objection(list.size() + 1, objection.entryKey(), objection.reason(), PUBLIC,
          Long.toString(objection.id()), objection.documentId() != null));
    }
    return list;
  }

  private static Map<String, String> objection(int no, String entryKey, String reason, String source, String publicId,
      boolean attachment) {
    Map<String, String> objection = new LinkedHashMap<>();
    objection.put("no", Integer.toString(no));
    objection.put("entryKey", entryKey);
    objection.put("reason", reason);
    objection.put("source", source);
    if (publicId != null) {
      objection.put("publicId", publicId);
      objection.put("attachment", Boolean.toString(attachment));
    }
    return objection;
  }

  /** A Markdown table for the decision form. */
  static String summary(List<Map<String, String>> objections) {
    StringBuilder summary = new StringBuilder("| No. | Kode | Sumber | Sanggahan |\n|---|---|---|---|\n");
    for (Map<String, String> objection : objections) {
      String source = PUBLIC.equals(objection.get("source"))
          ? "Masyarakat" + ("true".equals(objection.get("attachment"))
              ? " ([lampiran PDF](" + attachmentPath(objection.get("publicId")) + "))" : "")
          : "Sekretariat";
      summary.append("| ").append(objection.get("no")).append(" | ").append(Markdown.cell(objection.get("entryKey")))
          .append(" | ").append(source).append(" | ").append(Markdown.cell(objection.get("reason"))).append(" |\n");
    }
    return Markdown.fitted(summary.toString(), "\n\n(Daftar dipotong; lihat variabel objectionList di Cockpit.)");
  }

  /**
   * Where the secretariat opens a public objection's PDF from the decision form
   * ({@link ObjectionAttachmentController}).
   */
  static String attachmentPath(String publicId) {
    return ObjectionAttachmentController.PATH.replace("{objectionId}", publicId);
  }

  /** Choices of the decision form's select: "1 — KODE: alasan…" (40 characters of it) → "1". */
  static List<Map<String, String>> choices(List<Map<String, String>> objections) {
    List<Map<String, String>> choices = new ArrayList<>();
    for (Map<String, String> objection : objections) {
      String reason = objection.get("reason");
      // short enough for one line of the select at 1366×768 (the whole reason is in the table above it)
      String shortReason = reason.length() > 40 ? reason.substring(0, 40).strip() + "…" : reason;
      Map<String, String> choice = new LinkedHashMap<>();
      choice.put("label", objection.get("no") + " — " + objection.get("entryKey") + ": " + shortReason);
      choice.put("value", objection.get("no"));
      choices.add(choice);
    }
    return choices;
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
