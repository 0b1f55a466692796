package id.kipp.process;

/** {@link EditionWithPublicObjectionTest} on PostgreSQL. */
@OnPostgres
class EditionWithPublicObjectionOnPostgresTest extends EditionWithPublicObjectionTest {}
