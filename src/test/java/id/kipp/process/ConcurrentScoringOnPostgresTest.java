package id.kipp.process;

/** {@link ConcurrentScoringTest} on PostgreSQL. */
@OnPostgres
class ConcurrentScoringOnPostgresTest extends ConcurrentScoringTest {}
