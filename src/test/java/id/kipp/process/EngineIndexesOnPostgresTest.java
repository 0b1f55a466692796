package id.kipp.process;

/** {@link EngineIndexesTest} on the PostgreSQL service. */
@OnPostgres
class EngineIndexesOnPostgresTest extends EngineIndexesTest {}
