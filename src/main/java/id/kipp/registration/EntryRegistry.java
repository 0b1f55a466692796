package id.kipp.registration;

import id.kipp.shared.RuleViolation;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The application's own record of registered entries (table {@code entry}), written in the registration's
 * transaction. Its unique constraint on edition, agency and normalised title makes the duplicate check race-free:
 * when identical registrations arrive at the same moment, the database lets one commit and the others' insert fails,
 * which becomes the same Bahasa refusal as the check before it — never SQL.
 */
@Component
public class EntryRegistry {

  private static final RowMapper<EntryRecord> ROW = (rs, i) -> new EntryRecord(rs.getString("entry_key"),
      rs.getString("edition_key"), rs.getLong("entry_number"), rs.getString("agency_id"), rs.getString("agency_name"),
      rs.getString("title"), rs.getString("registered_by"), rs.getString("process_instance_id"),
      rs.getTimestamp("submitted_at").toInstant());

  static final String TITLE_CONSTRAINT = "uq_entry_edition_agency_title";

  private final JdbcTemplate jdbc;

  public EntryRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<EntryRecord> find(String entryKey) {
    return jdbc.query("SELECT * FROM entry WHERE entry_key = ?", ROW, entryKey).stream().findFirst();
  }

  /** The entry of {@code agencyId} in {@code editionKey} with this title (normalised), other than {@code exceptKey}. */
  public Optional<EntryRecord> sameTitle(String editionKey, String agencyId, String title, String exceptKey) {
    return jdbc.query("SELECT * FROM entry WHERE edition_key = ? AND agency_id = ? AND normalised_title = ?", ROW,
        editionKey, agencyId, EntryRecord.normalise(title)).stream()
        .filter(row -> !row.entryKey().equals(exceptKey)).findFirst();
  }

  /** Adds a registered entry; a concurrent registration of the same innovation is refused with a Bahasa message. */
  public void add(EntryRecord entry) {
    write(entry.title(), entry.agencyName(), () -> jdbc.update("INSERT INTO entry (entry_key, edition_key, entry_number, agency_id, agency_name,"
        + " title, normalised_title, registered_by, process_instance_id, submitted_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry.entryKey(), entry.editionKey(), entry.entryNumber(),
        entry.agencyId(), entry.agencyName(), entry.title(), entry.normalisedTitle(), entry.registeredBy(),
        entry.processInstanceId(), Timestamp.from(entry.submittedAt())));
  }

  /** Keeps the row's title in step with a revision (same refusal as {@link #add} when it becomes a duplicate). */
  public void retitle(EntryRecord entry, String title) {
    write(title, entry.agencyName(), () -> jdbc.update("UPDATE entry SET title = ?, normalised_title = ? WHERE entry_key = ?", title,
        EntryRecord.normalise(title), entry.entryKey()));
  }

  /** Entry keys already in the registry, of the given ones. */
  public List<String> present(List<String> entryKeys) {
    if (entryKeys.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", java.util.Collections.nCopies(entryKeys.size(), "?"));
    return jdbc.queryForList("SELECT entry_key FROM entry WHERE entry_key IN (" + marks + ")", String.class,
        entryKeys.toArray());
  }

  static String duplicateMessage(String title, String agency) {
    return "Inovasi berjudul \"" + title + "\" dari " + agency + " sudah terdaftar pada edisi ini.";
  }

  private static void write(String title, String agency, Runnable statement) {
    try {
      statement.run();
    } catch (DataIntegrityViolationException e) {
      // the duplicate constraint is a participant's mistake; any other (numbers come from a sequence) is the server's,
      // answered with the generic Bahasa message and a reference (identity.guard.EngineApiErrorFilter)
      if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains(TITLE_CONSTRAINT)) {
        throw new RuleViolation(duplicateMessage(title, agency));
      }
      throw e;
    } catch (PessimisticLockingFailureException e) {
      // the identical registration that holds the key has not finished within the database's lock timeout
      throw new RuleViolation("Inovasi berjudul \"" + title + "\" dari " + agency
          + " sedang didaftarkan pada saat yang sama. Periksa daftar inovasi Anda sebelum mengirim ulang.");
    }
  }
}
