-- The catalogue refers to a published document in the document store (V16) instead of holding a copy of its bytes;
-- content stays for documents published before the store (copied from the engine's byte arrays).
ALTER TABLE catalogue_document ADD COLUMN stored_document_id BIGINT REFERENCES document (id);
ALTER TABLE catalogue_document ALTER COLUMN content DROP NOT NULL;
