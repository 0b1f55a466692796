package id.kipp.document;

/**
 * What is known about a file when it is uploaded, besides its bytes.
 *
 * @param uploadedBy the authenticated user, null for the application itself (demo data, migrations)
 * @param processInstanceId the process instance whose variable holds the file, if any
 * @param variableName the variable that holds the file, if any
 * @param entryKey the entry (business key) it belongs to, when already known
 */
public record Upload(String filename, String mediaType, String encoding, String uploadedBy, String processInstanceId,
    String variableName, String entryKey) {

  public Upload {
    filename = filename == null ? "" : filename;
  }
}
