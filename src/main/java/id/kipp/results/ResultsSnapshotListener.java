package id.kipp.results;

import id.kipp.award.FinalStanding;
import id.kipp.award.FinalStandings;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.EditionPublished;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the snapshot of an edition's results when they are released ({@link EditionPublished}, published by
 * "Umumkan hasil kepada peserta" inside the engine's transaction: the snapshot commits or rolls back with the
 * announcement). The snapshot is written once: a second event for the same edition changes nothing.
 */
@Component
public class ResultsSnapshotListener {

  private static final Logger LOG = LoggerFactory.getLogger(ResultsSnapshotListener.class);

  private final PublishedResults results;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CompetitionCalendar calendar;
  private final FinalStandings standings;
  private final ResultsProperties properties;

  public ResultsSnapshotListener(PublishedResults results, RuntimeService runtime, IdentityService identity,
      CompetitionCalendar calendar, FinalStandings standings, ResultsProperties properties) {
    this.results = results;
    this.properties = properties;
    this.standings = standings;
    this.runtime = runtime;
    this.identity = identity;
    this.calendar = calendar;
  }

  @EventListener
  public void onPublished(EditionPublished event) {
    if (results.contains(event.editionKey())) {
      LOG.info("Results of {} were already released; the snapshot stays as it is", event.editionKey());
      return;
    }
    // called from the announcing delegate: the engine's command context is reused, so this reads the variables as
    // they are in the running transaction
    Map<String, Object> variables = runtime.getVariables(event.processInstanceId(), ResultsSnapshot.VARIABLES);
    List<FinalStanding> ranking = standings.of(event.editionKey());
    PublishedEdition edition = ResultsSnapshot.edition(event.editionKey(), event.processInstanceId(), variables,
        ranking, calendar.now(), this::userName);
    List<PublishedFinalist> finalists = ResultsSnapshot.finalists(ranking);
    results.save(edition, finalists);
    // the certificates' place and signatory: the edition's own, else the installation's, fixed at the release
    results.saveCertificateSigning(event.editionKey(), CertificateSigning.of(
        runtime.getVariables(event.processInstanceId(), CertificateSigning.VARIABLES), properties.certificate()));
    LOG.info("Results of {} released: snapshot of {} finalists", event.editionKey(), finalists.size());
  }

  private String userName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return null;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? null : name;
  }
}
