package id.kipp.process;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link PresentationFormBrowserTest} on PostgreSQL (the shared web context, as its H2 original). */
@SharedWebTestOnPostgres
class PresentationFormBrowserOnPostgresTest extends PresentationFormBrowserTest {}
