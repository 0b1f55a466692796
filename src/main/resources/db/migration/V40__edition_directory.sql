-- The running editions as every registration sees them (edition.EditionRecords): one row by key instead of a
-- process-instance query and eleven variables per registration. Written when the edition is set up and when one of
-- these settings changes (registration closed, jurors corrected); rows of running editions opened before this table
-- are added at start-up. Dates as epoch milliseconds, lists as JSON arrays. A row whose process instance no longer
-- runs is ignored (the lookup joins the engine's executions).
CREATE TABLE edition_directory (
  edition_key             VARCHAR(64)   PRIMARY KEY,
  process_instance_id     VARCHAR(64)   NOT NULL,
  name                    VARCHAR(4000),
  groups_json             TEXT          NOT NULL,
  jurors_json             TEXT          NOT NULL,
  registration_opens_at   BIGINT,
  registration_closes_at  BIGINT,
  evaluation_due_at       BIGINT,
  presentation_at         BIGINT,
  finalists_per_group     INTEGER       NOT NULL,
  winners_per_group       INTEGER       NOT NULL,
  jurors_per_entry        INTEGER       NOT NULL,
  registration_closed     BOOLEAN       NOT NULL
);
