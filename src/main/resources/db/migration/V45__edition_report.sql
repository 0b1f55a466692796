-- One row per entry's report of a stage to its edition (edition.EditionTally), written while the edition does not
-- yet wait for the stage (edition_tally.expected is null) and afterwards: reports made before the edition waits then
-- only share a lock on the edition's edition_tally row instead of queueing for it. When the edition sets expected it
-- adds these rows to edition_tally's counts; from then on a report adds to those counts itself. The primary key
-- counts an entry's report of a stage once.
CREATE TABLE edition_report (
  edition_key  VARCHAR(64) NOT NULL,
  stage        VARCHAR(32) NOT NULL,
  entry_key    VARCHAR(80) NOT NULL,
  passed       BOOLEAN     NOT NULL,
  PRIMARY KEY (edition_key, stage, entry_key)
);
