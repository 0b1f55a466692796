package id.kipp.process;

/** {@link RecordedScoresTest} on PostgreSQL. */
@OnPostgres
class RecordedScoresOnPostgresTest extends RecordedScoresTest {}
