-- Ranking inputs and outputs owned by the application (id.kipp.evaluation.scoring.DeskResults,
-- id.kipp.presentation.PresentationResults, id.kipp.award.FinalStandings). Written by the process steps that compute
-- them, in the engine's transaction; finalist selection, the final ranking, the results snapshot, the catalogue and the
-- notifications read only these tables (never the process variables of the same name, which are copies for display).
-- Scores are DOUBLE PRECISION: the values the Java code computed (rounded to 4 decimals), read back unchanged.

-- One row per evaluated entry. desk_score: the jurors' totals combined (mean or median, DMN aturan-penilaian);
-- normalised_score: the same after per-juror normalisation, when the edition normalises; consensus_score: set by the
-- secretariat in "Tetapkan konsensus penilaian" for an entry flagged for disagreement. The desk score that counts for
-- ranking (rankingDeskScore) is consensus, else normalised, else desk score: DeskResult#rankingDeskScore, nowhere else.
-- group_name, desk_rank, finalist and excluded: the decision of "Tetapkan finalis per kelompok".
CREATE TABLE desk_result (
  entry_key              VARCHAR(80)       NOT NULL PRIMARY KEY,
  edition_key            VARCHAR(64)       NOT NULL,
  desk_score             DOUBLE PRECISION  NOT NULL,
  innovation_score       DOUBLE PRECISION  NOT NULL,
  juror_count            INTEGER           NOT NULL,
  disagreement           BOOLEAN           NOT NULL,
  disagreement_findings  VARCHAR,
  normalised_score       DOUBLE PRECISION,
  consensus_score        DOUBLE PRECISION,
  consensus_by           VARCHAR(64),
  consensus_at           TIMESTAMP,
  group_name             VARCHAR,
  desk_rank              INTEGER,
  finalist               BOOLEAN,
  excluded               BOOLEAN,
  computed_at            TIMESTAMP         NOT NULL
);
CREATE INDEX ix_desk_result_edition ON desk_result (edition_key);

-- One row per finalist whose presentation was scored: the jurors' presentation scores combined.
CREATE TABLE presentation_result (
  entry_key           VARCHAR(80)       NOT NULL PRIMARY KEY,
  edition_key         VARCHAR(64)       NOT NULL,
  presentation_score  DOUBLE PRECISION  NOT NULL,
  juror_count         INTEGER           NOT NULL,
  computed_at         TIMESTAMP         NOT NULL
);
CREATE INDEX ix_presentation_result_edition ON presentation_result (edition_key);

-- The final ranking of "Hitung peringkat akhir dan usulan pemenang", replaced as a whole each time it is computed:
-- the ranking the Pimpinan signs off and "Umumkan hasil kepada peserta" announces. Title and agency as the entry
-- carried them when the ranking was computed.
CREATE TABLE final_standing (
  entry_key            VARCHAR(80)       NOT NULL PRIMARY KEY,
  edition_key          VARCHAR(64)       NOT NULL,
  process_instance_id  VARCHAR(64)       NOT NULL,
  group_name           VARCHAR           NOT NULL,
  position             INTEGER           NOT NULL,
  final_rank           INTEGER           NOT NULL,
  title                VARCHAR,
  agency               VARCHAR,
  ranking_desk_score   DOUBLE PRECISION  NOT NULL,
  presentation_score   DOUBLE PRECISION,
  final_score          DOUBLE PRECISION  NOT NULL,
  winner               BOOLEAN           NOT NULL,
  computed_at          TIMESTAMP         NOT NULL
);
CREATE INDEX ix_final_standing_edition ON final_standing (edition_key, position);
