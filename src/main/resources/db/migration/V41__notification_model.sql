-- A message is rendered when the sender first takes it, no longer inside the process step that caused it (the
-- registration request spent 6 % of its CPU rendering its e-mail): the step stores the template's model as JSON here,
-- with subject and body empty; the sender renders it, stores subject and body and empties this column. A message
-- whose template cannot be rendered then becomes FAILED with the reason, as before.
ALTER TABLE notification ADD COLUMN model TEXT;
