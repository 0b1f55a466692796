package id.kipp.process;

/** {@link PostgresBatchInsertsTest} on the PostgreSQL service. */
@OnPostgres
class PostgresBatchInsertsOnPostgresTest extends PostgresBatchInsertsTest {}
