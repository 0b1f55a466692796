package id.kipp.webapp;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link TimetableFormBrowserTest} on PostgreSQL (the shared web context, as its H2 original). */
@SharedWebTestOnPostgres
class TimetableFormBrowserOnPostgresTest extends TimetableFormBrowserTest {}
