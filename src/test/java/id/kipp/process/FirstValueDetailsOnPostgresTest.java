package id.kipp.process;

/** {@link FirstValueDetailsTest} on the PostgreSQL service. */
@OnPostgres
class FirstValueDetailsOnPostgresTest extends FirstValueDetailsTest {}
