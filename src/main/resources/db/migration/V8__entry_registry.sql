-- The entry registry: one row per registered entry, written in the registration's own transaction. The unique
-- constraint on (edition, agency, normalised title) is the duplicate check: of identical registrations sent at the same
-- moment exactly one commits, the others are refused (registration.EntryRegistry). Entries registered before this table
-- are added at start-up (registration.EntryRegistryBackfill). agency_id is the agency's Camunda group id, or
-- "nama:<normalised name>" for an entry whose registrant had no agency group (trusted server code, older entries).
CREATE TABLE entry (
  entry_key           VARCHAR(100) NOT NULL PRIMARY KEY,
  edition_key         VARCHAR(64)  NOT NULL,
  entry_number        BIGINT       NOT NULL,
  agency_id           VARCHAR(255) NOT NULL,
  agency_name         VARCHAR      NOT NULL,
  title               VARCHAR      NOT NULL,
  normalised_title    VARCHAR      NOT NULL,
  registered_by       VARCHAR(255),
  process_instance_id VARCHAR(64)  NOT NULL,
  submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_entry_edition_agency_title UNIQUE (edition_key, agency_id, normalised_title),
  CONSTRAINT uq_entry_edition_number UNIQUE (edition_key, entry_number),
  CONSTRAINT uq_entry_process_instance UNIQUE (process_instance_id)
);
