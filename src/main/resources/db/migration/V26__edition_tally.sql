-- The entries' reports to their edition ("Laporkan ... ke edisi"), counted per edition and stage (SCREENING,
-- DESK_EVALUATION, PRESENTATION) in a row of our own instead of in the edition instance's variables: a report is one
-- UPDATE ... SET reported = reported + 1 that holds the row for the rest of the entry's short transaction. expected
-- is set when the edition reaches the stage's wait (registered entries at closing, assigned entries, finalists);
-- the report or the edition that finds reported = expected continues the edition (edition.EditionTally).
CREATE TABLE edition_tally (
  edition_key  VARCHAR(64) NOT NULL,
  stage        VARCHAR(32) NOT NULL,
  expected     BIGINT,
  reported     BIGINT      NOT NULL DEFAULT 0,
  passed       BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (edition_key, stage)
);
