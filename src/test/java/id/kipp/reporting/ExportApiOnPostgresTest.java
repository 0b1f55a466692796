package id.kipp.reporting;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link ExportApiTest} on PostgreSQL (one database for all such classes). */
@SharedWebTestOnPostgres
class ExportApiOnPostgresTest extends ExportApiTest {}
