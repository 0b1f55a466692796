package id.kipp.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default back-end: the application's own tables (Flyway V16, V36, V37, V46) in the application's database, the
 * bytes of a content in {@code document_chunk} rows of {@value #CHUNK_BYTES} bytes ({@code BYTEA}, H2: binary varying),
 * each filling a PostgreSQL page alone, uncompressed and outside TOAST (V38), under one number per chunk
 * ({@link #chunkKey}). Contents stored before V37 stay readable from the column {@code document_content.content}. Uses
 * the caller's transaction (Spring's JdbcTemplate joins it, and the engine's commands run in Spring transactions on
 * the same data source).
 */
public class DatabaseDocumentStore implements DocumentStore {

  /**
   * Bytes per {@code document_chunk} row: with the row's header (24 bytes), key (12) and length (4) the largest row
   * PostgreSQL keeps in a page of 8 KiB (8,160 bytes), so that every chunk fills a page alone (issue 15).
   */
  static final int CHUNK_BYTES = 8120;

  /**
   * Bits of a chunk's key that number the chunks of one content: 2^20 chunks of {@value #CHUNK_BYTES} bytes, 8.5 GB,
   * more than any {@code byte[]} holds. The key is one {@code BIGINT} (V46): an index entry of 20 bytes instead of
   * the 28 of the pair (content, sequence) it replaced, which concurrent uploads leave about two-thirds full
   * (docs/performance.md).
   */
  static final int CHUNK_KEY_BITS = 20;

  /** Chunks read by one query while streaming (about 1 MiB). */
  static final int CHUNKS_PER_READ = 128;

  /**
   * Chunks written by one statement (about 260 KB): one row per statement cost a statement's bind and execution per
   * 8 KiB, 259 for a 2 MiB file (docs/performance.md, "The upload path").
   */
  static final int CHUNKS_PER_INSERT = 32;

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
    saveContent(sha256, content, at);
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

  /**
   * Keeps bytes unless the store holds them already: a {@code document_content} row and the bytes in
   * {@code document_chunk} rows of {@link #CHUNK_BYTES}, {@value #CHUNKS_PER_INSERT} rows per statement (a back-end
   * keeping them elsewhere overrides this).
   */
  protected void saveContent(String sha256, byte[] content, OffsetDateTime at) {
    if (!postgres && holdsContent(sha256)) {
      return; // on PostgreSQL the content row's insert finds it, in the same statement
    }
    int chunks = (content.length + CHUNK_BYTES - 1) / CHUNK_BYTES;
    Long contentId = insertContentRow(sha256, content.length, chunks, at);
    if (contentId == null) {
      return; // already stored, or a concurrent upload of the same bytes stored them
    }
    int fullInserts = chunks / CHUNKS_PER_INSERT;
    if (fullInserts > 0) {
      jdbc.batchUpdate(chunkInsert(CHUNKS_PER_INSERT), new BatchPreparedStatementSetter() {
        @Override
        public void setValues(PreparedStatement ps, int insert) throws SQLException {
          bindChunks(ps, contentId, content, insert * CHUNKS_PER_INSERT, CHUNKS_PER_INSERT);
        }

        @Override
        public int getBatchSize() {
          return fullInserts;
        }
      });
    }
    int rest = chunks - fullInserts * CHUNKS_PER_INSERT;
    if (rest > 0) {
      jdbc.update(chunkInsert(rest), ps -> bindChunks(ps, contentId, content, fullInserts * CHUNKS_PER_INSERT, rest));
    }
  }

  /** Whether a content row exists for these bytes. */
  protected final boolean holdsContent(String sha256) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Integer.class,
        sha256);
    return rows != null && rows > 0;
  }

  /** An insert of {@code rows} chunk rows in one statement. */
  private static String chunkInsert(int rows) {
    return "INSERT INTO document_chunk (chunk_key, bytes) VALUES "
        + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?)"));
  }

  private void bindChunks(PreparedStatement ps, long contentId, byte[] content, int firstSeq, int rows)
      throws SQLException {
    for (int row = 0; row < rows; row++) {
      int seq = firstSeq + row;
      int from = seq * CHUNK_BYTES;
      int length = Math.min(content.length, from + CHUNK_BYTES) - from;
      ps.setLong(2 * row + 1, chunkKey(contentId, seq));
      if (postgres) {
        // the driver sends the bytes from the upload's array: no copy per chunk
        ps.setBinaryStream(2 * row + 2, new ByteArrayInputStream(content, from, length), length);
      } else {
        ps.setBytes(2 * row + 2, Arrays.copyOfRange(content, from, from + length));
      }
    }
  }

  /** The key of a content's chunk {@code seq} (from 0): the content's number, then the chunk's in the low bits. */
  static long chunkKey(long contentId, int seq) {
    return (contentId << CHUNK_KEY_BITS) | seq;
  }

  /**
   * Records a distinct content whose bytes are in {@code chunks} chunk rows (0: kept elsewhere) and returns its
   * number, or null when the store holds it already. Two uploads of the same bytes at once: the second finds the
   * first's row and writes nothing.
   */
  protected final Long insertContentRow(String sha256, long size, int chunks, OffsetDateTime at) {
    String insert = "INSERT INTO document_content (sha256, size_bytes, chunk_count, stored_at) VALUES (?, ?, ?, ?)";
    if (postgres) {
      // a failed statement would abort a PostgreSQL transaction: let the database skip the duplicate instead
      List<Long> ids = jdbc.query(insert + " ON CONFLICT (sha256) DO NOTHING RETURNING id",
          ps -> contentRow(ps, sha256, size, chunks, at), (rs, row) -> rs.getLong(1));
      return ids.isEmpty() ? null : ids.get(0);
    }
    try {
      jdbc.update(insert, ps -> contentRow(ps, sha256, size, chunks, at));
    } catch (DuplicateKeyException alreadyStored) {
      return null; // stored by a concurrent upload of the same bytes
    }
    return jdbc.queryForObject("SELECT id FROM document_content WHERE sha256 = ?", Long.class, sha256);
  }

  private static void contentRow(PreparedStatement ps, String sha256, long size, int chunks, OffsetDateTime at)
      throws SQLException {
    ps.setString(1, sha256);
    ps.setLong(2, size);
    ps.setInt(3, chunks);
    ps.setObject(4, at);
  }

  /**
   * Where a document's bytes are: its content's number, SHA-256 and size, how many chunk rows hold them, and whether
   * they are in the column {@code document_content.content} instead (stored before Flyway V37).
   */
  protected record Location(long contentId, String sha256, long size, int chunks, boolean inColumn) {

    boolean inDatabase() {
      return inColumn || chunks > 0;
    }
  }

  protected final Location locate(long id) {
    List<Location> found = jdbc.query("SELECT c.id, c.sha256, c.size_bytes, c.chunk_count,"
            + " CASE WHEN c.content IS NULL THEN 0 ELSE 1 END FROM document d"
            + " JOIN document_content c ON c.sha256 = d.sha256 WHERE d.id = ?",
        (rs, row) -> new Location(rs.getLong(1), rs.getString(2).strip(), rs.getLong(3), rs.getInt(4),
            rs.getInt(5) == 1), id);
    if (found.isEmpty()) {
      throw new DocumentMissing(id);
    }
    return found.get(0);
  }

  /** The chunks {@code from} up to {@code from + CHUNKS_PER_READ} of a content, joined. */
  private byte[] chunks(Location location, int from) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream(
        (int) Math.min(location.size() - (long) from * CHUNK_BYTES, (long) CHUNKS_PER_READ * CHUNK_BYTES));
    int to = Math.min(from + CHUNKS_PER_READ, location.chunks());
    jdbc.query("SELECT bytes FROM document_chunk WHERE chunk_key >= ? AND chunk_key < ? ORDER BY chunk_key",
        (ResultSet rs) -> {
          joined.writeBytes(rs.getBytes(1));
        }, chunkKey(location.contentId(), from), chunkKey(location.contentId(), to));
    return joined.toByteArray();
  }

  /** The bytes stored before Flyway V37 in one column. */
  private byte[] column(long id) {
    return jdbc.queryForObject("SELECT c.content FROM document d JOIN document_content c ON c.sha256 = d.sha256"
        + " WHERE d.id = ?", byte[].class, id);
  }

  protected final Instant now() {
    return clock.get();
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
    Location location = locate(id);
    if (location.inColumn()) {
      return column(id);
    }
    if (location.size() > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("Document " + id + " is too large to be read whole; read it as a stream");
    }
    byte[] bytes = new byte[(int) location.size()];
    int[] at = {0};
    String select = "SELECT bytes FROM document_chunk WHERE chunk_key >= ? AND chunk_key < ? ORDER BY chunk_key";
    jdbc.query(select, (ResultSet rs) -> {
      byte[] chunk = rs.getBytes(1);
      if (at[0] + chunk.length > bytes.length) {
        throw new IllegalStateException("Content " + location.sha256() + " has more bytes than its row records");
      }
      System.arraycopy(chunk, 0, bytes, at[0], chunk.length);
      at[0] += chunk.length;
    }, chunkKey(location.contentId(), 0), chunkKey(location.contentId(), location.chunks()));
    if (at[0] != bytes.length) {
      throw new IllegalStateException("Content " + location.sha256() + " has " + at[0] + " of its " + bytes.length
          + " bytes");
    }
    return bytes;
  }

  /** Reads the chunks a batch ({@value #CHUNKS_PER_READ}, about 1 MiB) at a time, as the stream is read. */
  @Override
  public InputStream openContent(long id) {
    Location location = locate(id);
    if (location.inColumn()) {
      return new ByteArrayInputStream(column(id));
    }
    Iterator<InputStream> batches = IntStream.iterate(0, from -> from < location.chunks(), from -> from
        + CHUNKS_PER_READ).mapToObj(from -> (InputStream) new ByteArrayInputStream(chunks(location, from))).iterator();
    return new SequenceInputStream(new Enumeration<>() {
      @Override
      public boolean hasMoreElements() {
        return batches.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return batches.next();
      }
    });
  }

  @Override
  public void copyContent(long id, OutputStream out) throws IOException {
    Location location = locate(id);
    if (location.inColumn()) {
      copyColumn(id, out);
      return;
    }
    for (int from = 0; from < location.chunks(); from += CHUNKS_PER_READ) {
      out.write(chunks(location, from));
    }
  }

  private void copyColumn(long id, OutputStream out) {
    jdbc.query("SELECT c.content FROM document d JOIN document_content c ON c.sha256 = d.sha256 WHERE d.id = ?",
        (ResultSet rs) -> {
          try (InputStream in = rs.getBinaryStream(1)) {
            in.transferTo(out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, id);
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

  @Override
  public Sweep sweepOrphans(Duration grace) {
    return new Sweep(sweepContents(now().minus(grace)), 0);
  }

  /**
   * Removes the contents no document refers to, stored at or before {@code cutoff}: one transaction per content, whose
   * delete re-checks the condition and which the foreign key of a document being inserted at the same time makes fail
   * (that content stays, with its chunks); the chunks go in the same transaction, after their content row.
   */
  protected final long sweepContents(Instant cutoff) {
    OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
    String orphan = "c.stored_at <= ? AND NOT EXISTS (SELECT 1 FROM document d WHERE d.sha256 = c.sha256)";
    TransactionTemplate perContent = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
    long removed = 0;
    for (Long id : jdbc.queryForList("SELECT c.id FROM document_content c WHERE " + orphan, Long.class, before)) {
      try {
        removed += perContent.execute(status -> {
          int rows = jdbc.update("DELETE FROM document_content c WHERE c.id = ? AND " + orphan, id, before);
          if (rows > 0) {
            jdbc.update("DELETE FROM document_chunk WHERE chunk_key >= ? AND chunk_key < ?", chunkKey(id, 0),
                chunkKey(id + 1, 0));
          }
          return rows;
        });
      } catch (DataIntegrityViolationException usedMeanwhile) {
        // an upload of the same bytes refers to it now
      }
    }
    return removed;
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
