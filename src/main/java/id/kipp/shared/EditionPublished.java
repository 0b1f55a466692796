package id.kipp.shared;

/**
 * An edition's results were released to the participants and the public ("Umumkan hasil kepada peserta"). Published
 * as a Spring application event inside the engine's transaction, so listeners that write to the database commit or
 * roll back together with the announcement.
 */
public record EditionPublished(String editionKey, String processInstanceId) {}
