package id.kipp.process;

/** {@link JuryAssignmentFlowTest} on PostgreSQL. */
@OnPostgres
class JuryAssignmentFlowOnPostgresTest extends JuryAssignmentFlowTest {}
