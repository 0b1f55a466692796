package id.kipp.catalogue;

/** One section of a proposal as the participant wrote it. */
public record CatalogueSection(String name, String proposal, String label, String body) {}
