package id.kipp.registration;

import id.kipp.process.OnPostgres;

/** {@link EntryRegistryTest} on PostgreSQL (the database of the engine tests). */
@OnPostgres
class EntryRegistryOnPostgresTest extends EntryRegistryTest {}
