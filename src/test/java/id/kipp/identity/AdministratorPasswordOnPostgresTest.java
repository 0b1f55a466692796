package id.kipp.identity;

import id.kipp.process.OnPostgres;

/** {@link AdministratorPasswordTest} on PostgreSQL (the database of the engine tests). */
@OnPostgres
class AdministratorPasswordOnPostgresTest extends AdministratorPasswordTest {}
