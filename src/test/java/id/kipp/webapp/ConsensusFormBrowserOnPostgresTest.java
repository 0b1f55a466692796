package id.kipp.webapp;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link ConsensusFormBrowserTest} on PostgreSQL (the shared web context, as its H2 original). */
@SharedWebTestOnPostgres
class ConsensusFormBrowserOnPostgresTest extends ConsensusFormBrowserTest {}
