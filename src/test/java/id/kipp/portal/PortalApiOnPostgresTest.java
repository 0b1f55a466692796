package id.kipp.portal;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link PortalApiTest} on PostgreSQL (the agency's entries selected by a variable in the engine's history). */
@SharedWebTestOnPostgres
class PortalApiOnPostgresTest extends PortalApiTest {}
