package id.kipp.results;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link TamperedRankingVariablesTest} on PostgreSQL (one database for all such classes). */
@SharedWebTestOnPostgres
class TamperedRankingVariablesOnPostgresTest extends TamperedRankingVariablesTest {}
