package id.kipp.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The default back-end: the application's own tables (Flyway V16) in the application's database, bytes in a
 * {@code BYTEA} column (H2: binary varying). Uses the caller's transaction (Spring's JdbcTemplate joins it, and the
 * engine's commands run in Spring transactions on the same data source).
 */
public class DatabaseDocumentStore implements DocumentStore {

  private static final String COLUMNS = "id, sha256, filename, media_type, encoding, size_bytes, uploaded_by,"
      + " uploaded_at, process_instance_id, variable_name, entry_key";

  private final JdbcTemplate jdbc;
  private final Supplier<Instant> clock;
  private final boolean postgres;

  public DatabaseDocumentStore(JdbcTemplate jdbc, Supplier<Instant> clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
        c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
  }

  @Override
  public StoredDocument store(Upload upload, byte[] content) {
    String sha256 = sha256(content);
    Instant now = clock.get();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Integer.class,
        sha256);
    if (present == null || present == 0) {
      saveContent(sha256, content, at);
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("INSERT INTO document (sha256, filename, media_type, encoding,"
          + " size_bytes, uploaded_by, uploaded_at, process_instance_id, variable_name, entry_key)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, sha256);
      ps.setString(2, upload.filename());
      nullable(ps, 3, upload.mediaType());
      nullable(ps, 4, upload.encoding());
      ps.setLong(5, content.length);
      nullable(ps, 6, upload.uploadedBy());
      ps.setObject(7, at);
      nullable(ps, 8, upload.processInstanceId());
      nullable(ps, 9, upload.variableName());
      nullable(ps, 10, upload.entryKey());
      return ps;
    }, key);
    long id = key.getKeyAs(Number.class).longValue();
    return new StoredDocument(id, sha256, upload.filename(), upload.mediaType(), upload.encoding(), content.length,
        upload.uploadedBy(), now, upload.processInstanceId(), upload.variableName(), upload.entryKey());
  }

  /** Keeps bytes the store did not hold yet (a back-end keeping them elsewhere overrides this). */
  protected void saveContent(String sha256, byte[] content, OffsetDateTime at) {
    insertContentRow(sha256, content.length, content, at);
  }

  /**
   * Records a distinct content, with its bytes or (null) without them when they are kept elsewhere. Two uploads of the
   * same bytes at once: the second finds the first's row and writes nothing.
   */
  protected final void insertContentRow(String sha256, long size, byte[] content, OffsetDateTime at) {
    String insert = "INSERT INTO document_content (sha256, size_bytes, content, stored_at) VALUES (?, ?, ?, ?)";
    if (postgres) {
      // a failed statement would abort a PostgreSQL transaction: let the database skip the duplicate instead
      jdbc.update(insert + " ON CONFLICT (sha256) DO NOTHING", ps -> contentRow(ps, sha256, size, content, at));
      return;
    }
    try {
      jdbc.update(insert, ps -> contentRow(ps, sha256, size, content, at));
    } catch (DuplicateKeyException alreadyStored) {
      // stored by a concurrent upload of the same bytes
    }
  }

  private static void contentRow(PreparedStatement ps, String sha256, long size, byte[] content, OffsetDateTime at)
      throws SQLException {
    ps.setString(1, sha256);
    ps.setLong(2, size);
    if (content == null) {
      ps.setNull(3, Types.VARBINARY);
    } else {
      ps.setBytes(3, content);
    }
    ps.setObject(4, at);
  }

  protected final JdbcTemplate jdbc() {
    return jdbc;
  }

  @Override
  public Optional<StoredDocument> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE id = ?", DOCUMENT, id).stream().findFirst();
  }

  @Override
  public byte[] content(long id) {
    List<byte[]> content = jdbc.query("SELECT c.content FROM document d JOIN document_content c ON c.sha256 = d.sha256"
        + " WHERE d.id = ?", (rs, row) -> rs.getBytes(1), id);
    if (content.isEmpty()) {
      throw new DocumentMissing(id);
    }
    return content.get(0);
  }

  @Override
  public void copyContent(long id, OutputStream out) throws IOException {
    Boolean found = jdbc.query("SELECT c.content FROM document d JOIN document_content c ON c.sha256 = d.sha256"
        + " WHERE d.id = ?", rs -> {
          if (!rs.next()) {
            return false;
          }
          try (InputStream in = rs.getBinaryStream(1)) {
            in.transferTo(out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return true;
        }, id);
    if (!Boolean.TRUE.equals(found)) {
      throw new DocumentMissing(id);
    }
  }

  @Override
  public List<StoredDocument> ofProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE process_instance_id = ? ORDER BY id", DOCUMENT,
        processInstanceId);
  }

  @Override
  public void assignOwner(long id, String processInstanceId, String entryKey) {
    jdbc.update("UPDATE document SET process_instance_id = ?, entry_key = ? WHERE id = ?", processInstanceId, entryKey,
        id);
  }

  @Override
  public Usage usage() {
    return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM document_content),"
        + " (SELECT COALESCE(SUM(size_bytes), 0) FROM document_content), (SELECT COUNT(*) FROM document)",
        (rs, row) -> new Usage(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void nullable(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  private static final RowMapper<StoredDocument> DOCUMENT = (ResultSet rs, int row) -> new StoredDocument(
      rs.getLong("id"), rs.getString("sha256"), rs.getString("filename"), rs.getString("media_type"),
      rs.getString("encoding"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
      rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("process_instance_id"),
      rs.getString("variable_name"), rs.getString("entry_key"));
}
