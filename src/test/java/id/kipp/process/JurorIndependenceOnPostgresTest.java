package id.kipp.process;

/** {@link JurorIndependenceTest} on PostgreSQL. */
@OnPostgres
class JurorIndependenceOnPostgresTest extends JurorIndependenceTest {}
