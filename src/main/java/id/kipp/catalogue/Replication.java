package id.kipp.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A record that an agency replicated an innovation of the catalogue. */
public record Replication(long id, String entryKey, String agencyName, String agencyId, LocalDate replicatedOn,
    String note, String recordedBy, OffsetDateTime recordedAt) {}
