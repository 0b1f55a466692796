-- The S3 back-end of the document store (kipp.documents.store=s3): a document_content row still records every
-- distinct content (its SHA-256 and size, so that the same bytes are stored once and document keeps its foreign key),
-- but its bytes are the object named by the SHA-256 in the bucket and the column content stays empty.
ALTER TABLE document_content ALTER COLUMN content DROP NOT NULL;
