-- Entry numbers per edition (MALANG-2019-0007). Handed out in a short transaction of their own, so concurrent
-- registrations wait a moment for the row instead of conflicting on a variable of the edition instance.
CREATE TABLE entry_number (
  edition_key  VARCHAR(64) PRIMARY KEY,
  last_number  BIGINT      NOT NULL
);
