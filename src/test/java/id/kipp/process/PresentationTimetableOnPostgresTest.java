package id.kipp.process;

/** {@link PresentationTimetableTest} on PostgreSQL. */
@OnPostgres
class PresentationTimetableOnPostgresTest extends PresentationTimetableTest {}
