package id.kipp.hostile;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link HostileClientTest} on PostgreSQL (one database for all such classes). */
@SharedWebTestOnPostgres
class HostileClientOnPostgresTest extends HostileClientTest {}
