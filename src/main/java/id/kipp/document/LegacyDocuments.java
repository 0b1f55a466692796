package id.kipp.document;

/**
 * Copies of uploaded files another module keeps outside the store since before it (the catalogue's published
 * documents before V17), which {@link LegacyFileMigration} moves into the store with the engine's files. Each
 * implementation moves its own rows, every one in a transaction of its own, and only rows not moved yet.
 */
public interface LegacyDocuments {

  /** What the log calls these copies, e.g. {@code catalogue documents}. */
  String description();

  /** How many copies are still to be moved. */
  long remaining();

  /** Moves at most {@code limit} copies into {@code store}; returns how many it moved. */
  int migrate(DocumentStore store, int limit);
}
