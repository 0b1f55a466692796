package id.kipp.portal;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link PortalBrowserTest} on PostgreSQL (the shared web context, as its H2 original). */
@SharedWebTestOnPostgres
class PortalBrowserOnPostgresTest extends PortalBrowserTest {}
