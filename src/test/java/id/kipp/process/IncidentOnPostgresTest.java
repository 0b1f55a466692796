package id.kipp.process;

/** {@link IncidentTest} on PostgreSQL. */
@OnPostgres
class IncidentOnPostgresTest extends IncidentTest {}
