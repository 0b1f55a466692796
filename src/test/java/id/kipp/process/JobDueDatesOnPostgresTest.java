package id.kipp.process;

/** {@link JobDueDatesTest} on the PostgreSQL service. */
@OnPostgres
class JobDueDatesOnPostgresTest extends JobDueDatesTest {}
