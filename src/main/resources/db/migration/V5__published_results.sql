-- Results as released to participants and the public: an immutable snapshot written once, in the engine's
-- transaction, when an edition's results are released (event id.kipp.shared.EditionPublished). The public pages,
-- CSV files and PDFs read only these tables, so they stay fast and survive the engine's history clean-up.
-- Free text has no length limit (VARCHAR without a length: unlimited on PostgreSQL, 1,000,000 on H2), so that no
-- configured registration limit can make the release fail.
CREATE TABLE published_edition (
  edition_key          VARCHAR(64)   NOT NULL PRIMARY KEY,
  process_instance_id  VARCHAR(64)   NOT NULL,
  name                 VARCHAR       NOT NULL,
  edition_year         INTEGER       NOT NULL,
  organiser            VARCHAR,
  released_at          TIMESTAMP     NOT NULL,
  signed_off_by        VARCHAR(64),
  signed_off_by_name   VARCHAR,
  signed_off_at        TIMESTAMP,
  decree_number        VARCHAR,
  sign_off_note        VARCHAR
);

-- The edition's participant groups, in the edition's order.
CREATE TABLE published_group (
  edition_key  VARCHAR(64)   NOT NULL REFERENCES published_edition (edition_key),
  position     INTEGER       NOT NULL,
  name         VARCHAR       NOT NULL,
  PRIMARY KEY (edition_key, position)
);

-- One row per finalist: final rank in its group, winner or finalist, and the three scores (never a juror's score).
CREATE TABLE published_finalist (
  edition_key         VARCHAR(64)       NOT NULL REFERENCES published_edition (edition_key),
  entry_key           VARCHAR(80)       NOT NULL,
  group_name          VARCHAR           NOT NULL,
  final_rank          INTEGER           NOT NULL,
  winner              BOOLEAN           NOT NULL,
  title               VARCHAR           NOT NULL,
  agency              VARCHAR           NOT NULL,
  desk_score          DOUBLE PRECISION  NOT NULL,
  presentation_score  DOUBLE PRECISION,
  final_score         DOUBLE PRECISION  NOT NULL,
  PRIMARY KEY (edition_key, entry_key)
);
CREATE INDEX ix_published_edition_released ON published_edition (released_at);
