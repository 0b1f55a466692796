package id.kipp.process;

/** {@link EditionPathsTest} on PostgreSQL. */
@OnPostgres
class EditionPathsOnPostgresTest extends EditionPathsTest {}
