package id.kipp.dashboard;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link DashboardApiTest} on PostgreSQL (one database for all such classes). */
@SharedWebTestOnPostgres
class DashboardApiOnPostgresTest extends DashboardApiTest {}
