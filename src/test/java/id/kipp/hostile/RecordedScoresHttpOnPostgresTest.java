package id.kipp.hostile;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link RecordedScoresHttpTest} on PostgreSQL (one database for all such classes). */
@SharedWebTestOnPostgres
class RecordedScoresHttpOnPostgresTest extends RecordedScoresHttpTest {}
