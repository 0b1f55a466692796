package id.kipp.process;

/** {@link FullEditionTest} on PostgreSQL. */
@OnPostgres
class FullEditionOnPostgresTest extends FullEditionTest {}
