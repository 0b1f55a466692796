package id.kipp.document;

import id.kipp.testsupport.SharedWebTestOnPostgres;

/** {@link DocumentUploadTest} on PostgreSQL (bytea in the engine's and the store's tables). */
@SharedWebTestOnPostgres
class DocumentUploadOnPostgresTest extends DocumentUploadTest {}
