package id.kipp.document;

import java.time.Instant;

/** One recorded upload: its metadata and the SHA-256 of its bytes (hex, lower case). */
public record StoredDocument(long id, String sha256, String filename, String mediaType, String encoding, long size,
    String uploadedBy, Instant uploadedAt, String processInstanceId, String variableName, String entryKey) {}
