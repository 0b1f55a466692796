package id.kipp.reporting;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link AuditTrailTest} on PostgreSQL (one database for all such classes). */
@SharedWebTestOnPostgres
class AuditTrailOnPostgresTest extends AuditTrailTest {}
