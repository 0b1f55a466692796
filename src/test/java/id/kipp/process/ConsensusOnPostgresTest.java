package id.kipp.process;

/** {@link ConsensusTest} on PostgreSQL. */
@OnPostgres
class ConsensusOnPostgresTest extends ConsensusTest {}
