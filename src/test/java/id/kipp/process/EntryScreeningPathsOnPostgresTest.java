package id.kipp.process;

/** {@link EntryScreeningPathsTest} on PostgreSQL. */
@OnPostgres
class EntryScreeningPathsOnPostgresTest extends EntryScreeningPathsTest {}
