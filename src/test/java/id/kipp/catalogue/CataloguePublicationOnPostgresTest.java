package id.kipp.catalogue;

import id.kipp.process.OnPostgres;

/**
 * {@link CataloguePublicationTest} on PostgreSQL (the copy of the documents' bytes inside
 * the database reads the engine's bytea column there, a BLOB on H2).
 */
@OnPostgres
class CataloguePublicationOnPostgresTest extends CataloguePublicationTest {}
