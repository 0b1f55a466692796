package id.kipp.process;

/** {@link EvaluationDeadlineTest} on PostgreSQL. */
@OnPostgres
class EvaluationDeadlineOnPostgresTest extends EvaluationDeadlineTest {}
