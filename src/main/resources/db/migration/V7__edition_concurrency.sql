-- Entry numbers per edition (MALANG-2019-0007). Handed out in a short transaction of their own, so concurrent
-- registrations wait a moment for the row instead of conflicting on a variable of the edition instance.
CREATE TABLE entry_number (
  edition_key  VARCHAR(64) PRIMARY KEY,
  last_number  BIGINT      NOT NULL
);

-- One row per edition, locked (SELECT ... FOR UPDATE) by each entry's report to its edition ("Laporkan ... ke
-- edisi"): reports of one edition queue for a few milliseconds instead of failing on the edition's counters with an
-- optimistic-locking exception and waiting for their retry.
CREATE TABLE edition_lock (
  edition_key  VARCHAR(64) PRIMARY KEY
);
