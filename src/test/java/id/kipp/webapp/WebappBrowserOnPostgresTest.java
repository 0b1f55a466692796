package id.kipp.webapp;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link WebappBrowserTest} on PostgreSQL (task dates stored by the engine there, shown in Jakarta time). */
@SharedWebTestOnPostgres
class WebappBrowserOnPostgresTest extends WebappBrowserTest {}
