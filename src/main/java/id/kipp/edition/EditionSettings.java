package id.kipp.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * The settings of one competition edition, as the secretariat entered them in the start form.
 * {@code maxEntriesPerJuror} is null when jurors have no cap.
 */
public record EditionSettings(
    String editionKey,
    String code,
    int year,
    String name,
    String organiser,
    List<String> groups,
    List<String> jurors,
    LocalDate registrationOpens,
    LocalDate registrationCloses,
    LocalDate evaluationDeadline,
    LocalDate presentationDate,
    int finalistsPerGroup,
    int winnersPerGroup,
    int jurorsPerEntry,
    Integer maxEntriesPerJuror) {}
