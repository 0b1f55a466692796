-- The database back-end keeps a content's bytes in rows of document_chunk, one page each (issue 15: database growth
-- per uploaded byte). A BYTEA of 2 MiB in document_content.content went to PostgreSQL's TOAST table in pieces of
-- 1,996 bytes, four to a page, each with an index entry: 3.9 % more than the file. A chunk of 8,120 bytes fills a
-- page alone (V38 keeps it there, uncompressed), with one index entry of 28 bytes: 1.4 % (docs/performance.md).
-- The chunks' key is the content's number (V36; 8 bytes instead of the SHA-256's 65). A content removed by the orphan
-- sweep (DocumentStore.sweepOrphans) takes its chunks along, in the same statement.
CREATE TABLE document_chunk (
  content_id BIGINT  NOT NULL REFERENCES document_content (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  bytes      BYTEA   NOT NULL,
  PRIMARY KEY (content_id, seq)
);
