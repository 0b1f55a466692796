-- Who signs an edition's certificates (piagam), as the edition's start form set them or, where it left them empty,
-- as kipp.results.certificate.* said at the release: kept with the snapshot so that a later change of the
-- installation's settings does not change certificates already released. NULL (editions released before this column
-- existed): the installation's current settings apply.
ALTER TABLE published_edition ADD COLUMN certificate_place VARCHAR;
ALTER TABLE published_edition ADD COLUMN certificate_signatory_role VARCHAR;
ALTER TABLE published_edition ADD COLUMN certificate_signatory_name VARCHAR;
