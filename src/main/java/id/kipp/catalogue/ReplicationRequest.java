package id.kipp.catalogue;

/**
 * Body of {@code POST /api/catalogue/{entryKey}/replications}: the replicating agency (its id as a Camunda group of type
 * {@code instansi}, or its name), the day it replicated the innovation ({@code YYYY-MM-DD}) and an optional note. A
 * participant's own agency replaces the agency given here.
 */
public record ReplicationRequest(String agencyName, String agencyId, String replicatedOn, String note) {}
