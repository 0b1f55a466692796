package id.kipp.portal;

import java.util.List;

/**
 * What the participant portal shows one user: their agency and its entries, or (agency null) a message saying why
 * there is nothing to show.
 */
public record PortalView(String user, Agency agency, String message, List<PortalEntry> entries) {

  /** An agency: a Camunda group of type {@code instansi}. */
  public record Agency(String id, String name) {}
}
