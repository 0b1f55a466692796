package id.kipp.catalogue;

import id.kipp.catalogue.PublishedEdition.DocumentSource;
import id.kipp.catalogue.PublishedEdition.PublishedEntry;
import id.kipp.catalogue.PublishedEdition.SectionText;
import id.kipp.document.DocumentStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The catalogue's tables (Flyway V6): entries, their sections and documents, and replication records. */
@Repository
public class CatalogueRepository {

  /** A catalogue document row up to its last column: where its bytes are, the content or the stored document. */
  private static final String DOCUMENT_INSERT = "INSERT INTO catalogue_document (entry_key, document_id, position,"
      + " label, filename, mime_type, size_bytes,";
  private static final String ENTRY_COLUMNS = "e.entry_key, e.edition_key, e.edition_name, e.edition_year, e.organiser,"
      + " e.edition_opened_on, e.title, e.agency, e.agency_id, e.unit, e.innovation_group, e.summary,"
      + " e.implemented_since, e.video_url, e.award, e.final_rank,"
      + " (SELECT COUNT(*) FROM catalogue_replication r WHERE r.entry_key = e.entry_key) AS replication_count";

  private static final String ORDER = " ORDER BY e.edition_year DESC, e.award_order, COALESCE(e.final_rank, 0),"
      + " e.innovation_group, e.title, e.entry_key";

  private final JdbcTemplate jdbc;
  private final DocumentStore documents;
  private final String engineTablePrefix;

  public CatalogueRepository(JdbcTemplate jdbc, DocumentStore documents,
      @Value("${camunda.bpm.database.table-prefix:}") String engineTablePrefix) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.engineTablePrefix = engineTablePrefix == null ? "" : engineTablePrefix;
  }

  // ---- publication ---------------------------------------------------------------------------------------------

  /**
   * Stores a published edition: inserts new entries, updates those already there (replications stay attached),
   * replaces their sections and documents. A document refers to its bytes in the document store; one uploaded
   * before the store is copied inside the database from the engine's history (the historic variable's byte array).
   */
  void save(PublishedEdition edition, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    Set<String> existing = new HashSet<>(jdbc.queryForList(
        "SELECT entry_key FROM catalogue_entry WHERE edition_key = ?", String.class, edition.editionKey()));
    List<PublishedEntry> added = edition.entries().stream().filter(e -> !existing.contains(e.entryKey())).toList();
    List<PublishedEntry> updated = edition.entries().stream().filter(e -> existing.contains(e.entryKey())).toList();

    jdbc.batchUpdate("INSERT INTO catalogue_entry (edition_key, edition_name, edition_year, organiser,"
            + " edition_opened_on, title, agency, agency_id, unit, innovation_group, summary, implemented_since,"
            + " video_url, award, award_order, final_rank, source_instance_id, updated_at, published_at, entry_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        added, 500, (ps, entry) -> {
          int i = entryParameters(ps, edition, entry, at);
          ps.setObject(i++, at);
          ps.setString(i, entry.entryKey());
        });
    jdbc.batchUpdate("UPDATE catalogue_entry SET edition_key = ?, edition_name = ?, edition_year = ?, organiser = ?,"
            + " edition_opened_on = ?, title = ?, agency = ?, agency_id = ?, unit = ?, innovation_group = ?,"
            + " summary = ?, implemented_since = ?, video_url = ?, award = ?, award_order = ?, final_rank = ?,"
            + " source_instance_id = ?, updated_at = ? WHERE entry_key = ?",
        updated, 500, (ps, entry) -> {
          int i = entryParameters(ps, edition, entry, at);
          ps.setString(i, entry.entryKey());
        });

    String ofEdition = "entry_key IN (SELECT entry_key FROM catalogue_entry WHERE edition_key = ?)";
    jdbc.update("DELETE FROM catalogue_section WHERE " + ofEdition, edition.editionKey());
    jdbc.update("DELETE FROM catalogue_document WHERE " + ofEdition, edition.editionKey());

    List<Keyed<SectionText>> sections = new ArrayList<>();
    List<Keyed<DocumentSource>> documents = new ArrayList<>();
    for (PublishedEntry entry : edition.entries()) {
      entry.sections().forEach(section -> sections.add(new Keyed<>(entry.entryKey(), section)));
      entry.documents().forEach(document -> documents.add(new Keyed<>(entry.entryKey(), document)));
    }
    jdbc.batchUpdate("INSERT INTO catalogue_section (entry_key, name, position, proposal, label, body)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        sections, 1000, (ps, keyed) -> {
          ps.setString(1, keyed.entryKey());
          ps.setString(2, keyed.item().name());
          ps.setInt(3, keyed.item().position());
          ps.setString(4, keyed.item().proposal());
          ps.setString(5, keyed.item().label());
          ps.setString(6, keyed.item().body());
        });
    // one row per document: a reference to the document store, the bytes stay where they are
    List<Keyed<DocumentSource>> stored = documents.stream().filter(d -> d.item().storedDocumentId() != null).toList();
    List<Keyed<DocumentSource>> legacy = documents.stream().filter(d -> d.item().storedDocumentId() == null).toList();
    jdbc.batchUpdate(DOCUMENT_INSERT + " stored_document_id)"
            + " SELECT ?, ?, ?, ?, ?, ?, d.size_bytes, d.id FROM document d WHERE d.id = ?",
        stored, 100, (ps, keyed) -> {
          documentParameters(ps, keyed);
          ps.setLong(7, keyed.item().storedDocumentId());
        });
    // uploaded before the document store: the bytes copied from the historic variable's byte array in the database
    jdbc.batchUpdate(DOCUMENT_INSERT + " content)"
            + " SELECT ?, ?, ?, ?, ?, ?, OCTET_LENGTH(b.BYTES_), b.BYTES_"
            + " FROM " + engineTablePrefix + "ACT_HI_VARINST v"
            + " JOIN " + engineTablePrefix + "ACT_GE_BYTEARRAY b ON b.ID_ = v.BYTEARRAY_ID_"
            + " WHERE v.ID_ = ? AND b.BYTES_ IS NOT NULL",
        legacy, 100, (ps, keyed) -> {
          documentParameters(ps, keyed);
          ps.setString(7, keyed.item().historicVariableId());
        });
  }

  /** An item of an entry, for the batch inserts of its sections and documents. */
  private record Keyed<T>(String entryKey, T item) {}

  /** The first six parameters of {@link #DOCUMENT_INSERT}: entry, document id, position, label, file, type. */
  private static void documentParameters(PreparedStatement ps, Keyed<DocumentSource> keyed) throws SQLException {
    ps.setString(1, keyed.entryKey());
    ps.setString(2, keyed.item().documentId());
    ps.setInt(3, keyed.item().position());
    ps.setString(4, keyed.item().label());
    ps.setString(5, keyed.item().filename());
    nullableString(ps, 6, keyed.item().mimeType());
  }

  private static int entryParameters(PreparedStatement ps, PublishedEdition edition, PublishedEntry entry,
      OffsetDateTime at) throws SQLException {
    int i = 1;
    ps.setString(i++, edition.editionKey());
    nullableString(ps, i++, edition.name());
    ps.setInt(i++, edition.year());
    nullableString(ps, i++, edition.organiser());
    nullableDate(ps, i++, edition.openedOn());
    ps.setString(i++, entry.title());
    ps.setString(i++, entry.agency());
    nullableString(ps, i++, entry.agencyId());
    nullableString(ps, i++, entry.unit());
    ps.setString(i++, entry.group());
    nullableString(ps, i++, entry.summary());
    nullableDate(ps, i++, entry.implementedSince());
    nullableString(ps, i++, entry.videoUrl());
    ps.setString(i++, entry.award().name());
    ps.setInt(i++, entry.award().order());
    if (entry.finalRank() == null) {
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, entry.finalRank());
    }
    ps.setString(i++, entry.sourceInstanceId());
    ps.setObject(i++, at);
    return i;
  }

  private static void nullableString(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  private static void nullableDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setObject(index, value);
    }
  }

  // ---- reading -------------------------------------------------------------------------------------------------

  public CataloguePage search(CatalogueQuery query, int pageSize) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    for (String word : query.words()) {
      where.append(" AND (LOWER(e.title) LIKE ? ESCAPE '\\' OR LOWER(e.summary) LIKE ? ESCAPE '\\')");
      args.add(contains(word));
      args.add(contains(word));
    }
    if (query.agency() != null) {
      where.append(" AND LOWER(e.agency) LIKE ? ESCAPE '\\'");
      args.add(contains(query.agency().toLowerCase(java.util.Locale.ROOT)));
    }
    if (query.group() != null) {
      where.append(" AND LOWER(e.innovation_group) = ?");
      args.add(query.group().toLowerCase(java.util.Locale.ROOT));
    }
    if (query.year() != null) {
      where.append(" AND e.edition_year = ?");
      args.add(query.year());
    }
    if (query.award() != null) {
      where.append(" AND e.award = ?");
      args.add(query.award().name());
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_entry e" + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(pageSize);
    pageArgs.add((long) (query.page() - 1) * pageSize);
    List<CatalogueEntry> items = jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM catalogue_entry e" + where + ORDER
        + " LIMIT ? OFFSET ?", ENTRY, pageArgs.toArray());
    return new CataloguePage(items, total == null ? 0 : total, query.page(), pageSize);
  }

  public Optional<CatalogueEntry> find(String entryKey) {
    return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM catalogue_entry e WHERE e.entry_key = ?", ENTRY, entryKey)
        .stream().findFirst();
  }

  public List<CatalogueSection> sections(String entryKey) {
    return jdbc.query("SELECT name, proposal, label, body FROM catalogue_section WHERE entry_key = ? ORDER BY position",
        (rs, row) -> new CatalogueSection(rs.getString("name"), rs.getString("proposal"), rs.getString("label"),
            rs.getString("body")), entryKey);
  }

  public List<CatalogueDocument> documents(String entryKey) {
    return jdbc.query("SELECT document_id, label, filename, mime_type, size_bytes FROM catalogue_document"
        + " WHERE entry_key = ? ORDER BY position", (rs, row) -> document(rs), entryKey);
  }

  /** A document with its content. */
  public record Content(CatalogueDocument document, byte[] bytes) {}

  public Optional<Content> content(String entryKey, String documentId) {
    return jdbc.query("SELECT document_id, label, filename, mime_type, size_bytes, content, stored_document_id"
            + " FROM catalogue_document WHERE entry_key = ? AND document_id = ?",
        (rs, row) -> {
          long stored = rs.getLong("stored_document_id");
          byte[] bytes = rs.wasNull() ? rs.getBytes("content") : documents.content(stored);
          return new Content(document(rs), bytes);
        }, entryKey, documentId).stream().findFirst();
  }

  /** Groups and years that occur in the catalogue, for the search form. */
  public List<String> groups() {
    return jdbc.queryForList("SELECT DISTINCT innovation_group FROM catalogue_entry ORDER BY innovation_group",
        String.class);
  }

  public List<Integer> years() {
    return jdbc.queryForList("SELECT DISTINCT edition_year FROM catalogue_entry ORDER BY edition_year DESC",
        Integer.class);
  }

  public List<String> editionKeys() {
    return jdbc.queryForList("SELECT DISTINCT edition_key FROM catalogue_entry ORDER BY edition_key", String.class);
  }

  // ---- replications --------------------------------------------------------------------------------------------

  public List<Replication> replications(String entryKey) {
    return jdbc.query("SELECT id, entry_key, agency_name, agency_id, replicated_on, note, recorded_by, recorded_at"
        + " FROM catalogue_replication WHERE entry_key = ? ORDER BY replicated_on, id", REPLICATION, entryKey);
  }

  boolean replicationExists(String entryKey, String agencyKey, String agencyId) {
    Integer count = agencyId == null
        ? jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_replication WHERE entry_key = ? AND agency_key = ?",
            Integer.class, entryKey, agencyKey)
        : jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_replication WHERE entry_key = ?"
            + " AND (agency_key = ? OR agency_id = ?)", Integer.class, entryKey, agencyKey, agencyId);
    return count != null && count > 0;
  }

  /** Inserts a replication; a second one of the same agency fails with the database's unique constraint. */
  Replication insertReplication(String entryKey, String agencyName, String agencyId, String agencyKey,
      LocalDate replicatedOn, String note, String recordedBy, Instant recordedAt) {
    OffsetDateTime at = recordedAt.atOffset(ZoneOffset.UTC);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("INSERT INTO catalogue_replication (entry_key, agency_name,"
          + " agency_id, agency_key, replicated_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      ps.setString(1, entryKey);
      ps.setString(2, agencyName);
      nullableString(ps, 3, agencyId);
      ps.setString(4, agencyKey);
      ps.setObject(5, replicatedOn);
      nullableString(ps, 6, note);
      ps.setString(7, recordedBy);
      ps.setObject(8, at);
      return ps;
    }, key);
    Number id = key.getKey();
    return new Replication(id == null ? 0 : id.longValue(), entryKey, agencyName, agencyId, replicatedOn, note,
        recordedBy, at);
  }

  // ---- mapping -------------------------------------------------------------------------------------------------

  private static final RowMapper<CatalogueEntry> ENTRY = (rs, row) -> new CatalogueEntry(
      rs.getString("entry_key"), rs.getString("edition_key"), rs.getString("edition_name"),
      rs.getInt("edition_year"), rs.getString("organiser"), rs.getObject("edition_opened_on", LocalDate.class),
      rs.getString("title"), rs.getString("agency"), rs.getString("agency_id"), rs.getString("unit"),
      rs.getString("innovation_group"), rs.getString("summary"), rs.getObject("implemented_since", LocalDate.class),
      rs.getString("video_url"), Award.valueOf(rs.getString("award")),
      rs.getObject("final_rank") == null ? null : rs.getInt("final_rank"), rs.getInt("replication_count"));

  private static final RowMapper<Replication> REPLICATION = (rs, row) -> new Replication(rs.getLong("id"),
      rs.getString("entry_key"), rs.getString("agency_name"), rs.getString("agency_id"),
      rs.getObject("replicated_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
      rs.getObject("recorded_at", OffsetDateTime.class));

  private static CatalogueDocument document(ResultSet rs) throws SQLException {
    return new CatalogueDocument(rs.getString("document_id"), rs.getString("label"), rs.getString("filename"),
        rs.getString("mime_type"), rs.getLong("size_bytes"));
  }

  /** A LIKE pattern "contains", with the wildcards of the text escaped. */
  static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
