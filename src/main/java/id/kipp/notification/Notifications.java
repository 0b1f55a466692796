package id.kipp.notification;

import static id.kipp.notification.NotificationVariables.EDITION_NAME;
import static id.kipp.notification.NotificationVariables.ORGANISER;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Processes;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns a process event into e-mails in the outbox: finds the recipients of the audience, composes the template's
 * model for each and writes the messages, all in the caller's (the engine's) transaction; the sender renders them
 * when it first takes them ({@link NotificationSender}), outside the process step. Nothing here is sent, and nothing
 * here fails the process: a recipient without an address is skipped with a log line, and a message that cannot be
 * composed (a template error, an invalid address) is stored as FAILED with the reason for the administrator.
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
  private static final com.fasterxml.jackson.databind.ObjectMapper MODEL_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** The Camunda group whose members get the secretariat's messages when no shared mailbox is configured. */
  public static final String SECRETARIAT_GROUP = "sekretariat";

  private final NotificationProperties properties;
  private final NotificationTemplates templates;
  private final NotificationModels models;
  private final NotificationOutbox outbox;
  private final CompetitionCalendar calendar;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  /**
   * Name and organiser by edition key: both are set when the edition opens and never change, and reading them from
   * the edition instance (its variables) took 6 % of the application's CPU time in the national-scale benchmark.
   */
  private final Map<String, NotificationModels.Edition> editions = new ConcurrentHashMap<>();

  public Notifications(NotificationProperties properties, NotificationTemplates templates, NotificationModels models,
      NotificationOutbox outbox, CompetitionCalendar calendar, IdentityService identity, RuntimeService runtime,
      RepositoryService repository) {
    this.properties = properties;
    this.templates = templates;
    this.models = models;
    this.outbox = outbox;
    this.calendar = calendar;
    this.identity = identity;
    this.runtime = runtime;
    this.repository = repository;
  }

  /** Writes the messages of {@code template} for {@code audience} about the entry or evaluation in {@code facts}. */
  public void notify(Audience audience, String template, NotificationFacts facts) {
    if (!properties.isEnabled()) {
      return;
    }
    Instant now = calendar.now();
    List<Recipient> recipients;
    NotificationModels.Edition edition;
    Person juror;
    try {
      juror = facts.juror() == null ? null : person(facts.juror()).orElse(new Person(facts.juror(), null, null));
      recipients = recipients(audience, facts, juror);
      edition = edition(facts.editionKey());
    } catch (RuntimeException e) {
      LOG.error("Notification {} for {} not composed: recipients could not be found", template, facts.entryKey(), e);
      outbox.addFailed(template, null, facts.editionKey(), facts.entryKey(),
          "Penerima tidak dapat ditentukan: " + e.getMessage(), now);
      return;
    }
    if (recipients.isEmpty()) {
      LOG.info("Notification {} for {}: no recipient ({})", template, facts.entryKey(), audience);
    }
    for (Recipient recipient : recipients) {
      if (recipient.address().isEmpty()) {
        LOG.info("Notification {} for {} not written: {} has no e-mail address", template, facts.entryKey(),
            recipient.name().isEmpty() ? audience : recipient.name());
        continue;
      }
      String model;
      try {
        new InternetAddress(recipient.address(), true).validate();
        templates.source(template); // an invalid name fails here, in the step; the template itself when sent
        model = MODEL_JSON.writeValueAsString(models.model(audience, facts, recipient, edition, juror));
      } catch (AddressException e) {
        LOG.warn("Notification {} for {}: invalid address {}", template, facts.entryKey(), recipient.address());
        outbox.addFailed(template, recipient, facts.editionKey(), facts.entryKey(),
            "Alamat e-mail tidak valid: " + recipient.address(), now);
        continue;
      } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
        LOG.error("Notification {} for {} not composed", template, facts.entryKey(), e);
        outbox.addFailed(template, recipient, facts.editionKey(), facts.entryKey(),
            "Template " + template + " tidak dapat disusun: " + e.getMessage(), now);
        continue;
      }
      outbox.addToRender(template, recipient, model, facts.editionKey(), facts.entryKey(), now);
    }
  }

  /**
   * Writes one message of {@code template} to an address that is not a user of the application (e.g. a citizen who
   * must confirm a public objection). The model gets {@code recipient} ({@code name}, {@code address}) and
   * {@code appUrl} besides {@code values}. The caller has checked the address; one that still fails is stored as
   * FAILED like any other.
   */
  public void notifyAddress(String template, String address, String name, Map<String, Object> values,
      String editionKey, String entryKey) {
    if (!properties.isEnabled()) {
      return;
    }
    Instant now = calendar.now();
    Recipient recipient = new Recipient(address, name);
    java.util.Map<String, Object> model = new java.util.LinkedHashMap<>(values);
    model.put("recipient", Map.of("name", recipient.name(), "address", recipient.address()));
    model.put("appUrl", properties.appUrl());
    try {
      new InternetAddress(recipient.address(), true).validate();
      outbox.addPending(template, recipient, templates.render(template, model), editionKey, entryKey, now);
    } catch (AddressException e) {
      outbox.addFailed(template, recipient, editionKey, entryKey, "Alamat e-mail tidak valid: " + address, now);
    } catch (RuntimeException e) {
      LOG.error("Notification {} for {} not composed from {}", template, entryKey, templates.source(template), e);
      outbox.addFailed(template, recipient, editionKey, entryKey,
          "Template " + template + " tidak dapat disusun: " + e.getMessage(), now);
    }
  }

  private List<Recipient> recipients(Audience audience, NotificationFacts facts, Person juror) {
    return switch (audience) {
      case PARTICIPANTS -> Recipients.participants(facts.contactName(), facts.contactEmail(),
          facts.registeredBy() == null ? null : person(facts.registeredBy()).orElse(null));
      case JUROR -> juror == null ? List.of() : List.of(juror.recipient());
      case SECRETARIAT -> Recipients.secretariat(properties.secretariatAddress(),
          identity.createUserQuery().memberOfGroup(SECRETARIAT_GROUP).orderByUserId().asc().list().stream()
              .map(Notifications::person).toList());
    };
  }

  private Optional<Person> person(String userId) {
    return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult()).map(Notifications::person);
  }

  private static Person person(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return new Person(user.getId(), name, user.getEmail());
  }

  private NotificationModels.Edition edition(String editionKey) {
    if (editionKey == null) {
      return null;
    }
    NotificationModels.Edition known = editions.get(editionKey);
    if (known != null) {
      return known;
    }
    List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(repository)).processInstanceBusinessKey(editionKey).list();
    if (instances.isEmpty()) {
      return new NotificationModels.Edition(editionKey, null, null);
    }
    Map<String, Object> variables = runtime.getVariables(instances.get(0).getId(), List.of(EDITION_NAME, ORGANISER));
    NotificationModels.Edition edition = new NotificationModels.Edition(editionKey,
        (String) variables.get(EDITION_NAME), (String) variables.get(ORGANISER));
    if (editions.size() > 1_000) {
      editions.clear();
    }
    editions.put(editionKey, edition);
    return edition;
  }
}
