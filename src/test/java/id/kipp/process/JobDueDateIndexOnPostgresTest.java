package id.kipp.process;

/** {@link JobDueDateIndexTest} on the PostgreSQL service. */
@OnPostgres
class JobDueDateIndexOnPostgresTest extends JobDueDateIndexTest {}
