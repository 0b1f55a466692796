package id.kipp.process;

/** {@link PublicObjectionVersion1MigrationTest} on PostgreSQL. */
@OnPostgres
class PublicObjectionVersion1MigrationOnPostgresTest extends PublicObjectionVersion1MigrationTest {}
