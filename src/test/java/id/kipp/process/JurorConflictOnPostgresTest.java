package id.kipp.process;

/** {@link JurorConflictTest} on PostgreSQL. */
@OnPostgres
class JurorConflictOnPostgresTest extends JurorConflictTest {}
