package id.kipp.portal;

import id.kipp.edition.EditionDirectory;
import id.kipp.edition.EditionView;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Processes;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The editions a participant may register for now: running editions whose registration window is open (the same test
 * as the entry process's validation, {@link EditionView#registrationOpenAt}), by registration deadline.
 */
@Service
public class OpenEditions {

  private final ProcessEngine engine;
  private final CompetitionCalendar calendar;

  public OpenEditions(ProcessEngine engine, CompetitionCalendar calendar) {
    this.engine = engine;
    this.calendar = calendar;
  }

  public List<EditionView> list() {
    EditionDirectory directory = new EditionDirectory(engine);
    Date now = Date.from(calendar.now());
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(engine.getRepositoryService())).list().stream()
        .map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).distinct()
        .map(directory::find).flatMap(Optional::stream)
        .filter(edition -> edition.registrationOpensAt() != null && edition.registrationClosesAt() != null
            && edition.registrationOpenAt(now))
        .sorted(Comparator.comparing(EditionView::registrationClosesAt).thenComparing(EditionView::editionKey))
        .toList();
  }

  /** The edition, when its registration is open now. */
  public Optional<EditionView> find(String editionKey) {
    return list().stream().filter(edition -> edition.editionKey().equals(editionKey)).findFirst();
  }
}
