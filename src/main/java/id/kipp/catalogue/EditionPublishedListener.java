package id.kipp.catalogue;

import id.kipp.shared.EditionPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an edition's results are released ({@link EditionPublished}, inside the engine's transaction), its innovations
 * enter the catalogue in the same transaction: a failure rolls the release back and the step becomes an incident.
 */
@Component
public class EditionPublishedListener {

  private final CataloguePublication publication;

  public EditionPublishedListener(CataloguePublication publication) {
    this.publication = publication;
  }

  @EventListener
  public void onEditionPublished(EditionPublished event) {
    publication.publish(event.editionKey(), event.processInstanceId());
  }
}
