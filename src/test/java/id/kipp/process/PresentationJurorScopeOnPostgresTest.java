package id.kipp.process;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link PresentationJurorScopeTest} on PostgreSQL (one database for all such classes). */
@SharedWebTestOnPostgres
class PresentationJurorScopeOnPostgresTest extends PresentationJurorScopeTest {}
