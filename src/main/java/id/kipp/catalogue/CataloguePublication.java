package id.kipp.catalogue;

import id.kipp.award.FinalStanding;
import id.kipp.award.FinalStandings;
import id.kipp.catalogue.PublishedEdition.DocumentSource;
import id.kipp.catalogue.PublishedEdition.PublishedEntry;
import id.kipp.catalogue.PublishedEdition.SectionText;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.results.PublishedFinalist;
import id.kipp.results.PublishedResults;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Vars;
import id.kipp.shared.Processes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Copies a published edition into the catalogue: every entry of the edition that passed screening (its final
 * {@code screeningOutcome} is {@code LOLOS}, the condition of the flow "ya" to the jury stage in {@code inovasi}), with
 * what describes the innovation, its award and its public documents — never contact data or the declaration. The
 * award comes from the application's tables, never from a process variable: the approved final ranking
 * ({@code final_standing}; for an edition ranked before that table existed, its released snapshot) and the finalists'
 * decision ({@code desk_result}).
 *
 * An entry cancelled on the way (its instance deleted) is left out.
 *
 * <p>Read through the engine's HistoryService with a fixed number of queries: one for the edition's variables, one
 * for the passed entries and one per {@value #CHUNK} entries for their variables. Files are read without their bytes
 * ({@code disableBinaryFetching}): the catalogue refers to the file's document in the document store (the variable's
 * {@code LONG_} field), the bytes are not copied (see {@link CatalogueRepository#save}).
 *
 * <p>Runs in the caller's transaction (the announcement's): it commits or rolls back with it. Publishing an edition
 * again updates its entries and replaces their sections and documents; replication records are kept.
 */
@Component
public class CataloguePublication {

  private static final Logger LOG = LoggerFactory.getLogger(CataloguePublication.class);

  static final int CHUNK = 500;

  /** States of an entry instance that was deleted rather than run to one of its end events. */
  private static final Set<String> TERMINATED = Set.of(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
      HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);


  private static final List<String> ENTRY_TEXT = List.of("title", "agency", "agencyId", "unit", "group", "summary",
      "implementedSince", "videoUrl");

  private final HistoryService history;
  private final CatalogueRepository repository;
  private final CatalogueProperties properties;
  private final CompetitionCalendar calendar;
  private final FinalStandings finalStandings;
  private final PublishedResults publishedResults;
  private final DeskResults deskResults;

  public CataloguePublication(HistoryService history, CatalogueRepository repository, CatalogueProperties properties,
      CompetitionCalendar calendar, FinalStandings finalStandings, PublishedResults publishedResults,
      DeskResults deskResults) {
    this.history = history;
    this.repository = repository;
    this.properties = properties;
    this.calendar = calendar;
    this.finalStandings = finalStandings;
    this.publishedResults = publishedResults;
    this.deskResults = deskResults;
  }

  /** A finalist's place in the final ranking as the Pimpinan approved it. */
  record Standing(String entryKey, int rank, boolean winner) {}

  /** Copies the edition's passed entries; returns how many. */
  public int publish(String editionKey, String editionInstanceId) {
    Map<String, TypedValue> edition = editionVariables(editionInstanceId);
    Map<String, Standing> standings = standings(editionKey);
    Map<String, DeskResult> desk = deskResults.ofEdition(editionKey);

    Pattern entryKey = Pattern.compile(Pattern.quote(editionKey) + "-\\d+");
    List<HistoricProcessInstance> passed = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY)
        .processInstanceBusinessKeyLike(editionKey + "-%")
        .variableValueEquals("screeningOutcome", "LOLOS")
        .list().stream()
        .filter(instance -> instance.getBusinessKey() != null && entryKey.matcher(instance.getBusinessKey()).matches())
        // an entry cancelled on the way (its instance deleted in Cockpit or by the REST API) is not published
        .filter(instance -> !TERMINATED.contains(instance.getState()))
        .toList();

    Set<String> names = new LinkedHashSet<>(ENTRY_TEXT);
    ProposalSections.ALL.forEach(section -> names.add(section.name()));
    properties.documents().forEach(document -> names.add(document.variable()));
    Map<String, Map<String, HistoricVariableInstance>> variables = new HashMap<>();
    List<String> ids = passed.stream().map(HistoricProcessInstance::getId).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk).variableNameIn(names.toArray(String[]::new))
          .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        // process-level variables only (a task or a called process may have local ones of the same name)
        if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
          variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable);
        }
      }
    }

    List<PublishedEntry> entries = new ArrayList<>();
    for (HistoricProcessInstance instance : passed) {
      entries.add(entry(instance, variables.getOrDefault(instance.getId(), Map.of()),
          standings.get(instance.getBusinessKey()), desk.get(instance.getBusinessKey())));
    }
    LocalDate openedOn = edition.get("registrationOpensAt") != null
        && edition.get("registrationOpensAt").getValue() instanceof Date opens
        ? LocalDate.ofInstant(opens.toInstant(), calendar.zone()) : null;
    PublishedEdition published = new PublishedEdition(editionKey, text(edition.get("editionName")),
        year(editionKey, edition.get("year")), text(edition.get("organiser")), openedOn, entries);
    repository.save(published, calendar.now());
    LOG.info("Catalogue: edition {} published with {} innovations", editionKey, entries.size());
    return entries.size();
  }

  private PublishedEntry entry(HistoricProcessInstance instance, Map<String, HistoricVariableInstance> variables,
      Standing standing, DeskResult desk) {
    Map<String, Object> values = new HashMap<>();
    for (String name : ENTRY_TEXT) {
      HistoricVariableInstance variable = variables.get(name);
      if (variable != null && !isFile(variable)) {
        values.put(name, variable.getValue());
      }
    }
    Award award;
    Integer rank;
    if (standing != null) {
      award = standing.winner() ? Award.PEMENANG : Award.FINALIS;
      rank = standing.rank();
    } else {
      // not in the approved ranking: a finalist of the desk ranking (e.g. one that did not present), else a participant
      award = desk != null && desk.isFinalist() ? Award.FINALIS : Award.PESERTA;
      rank = null;
    }
    List<SectionText> sections = new ArrayList<>();
    int position = 0;
    for (ProposalSections.Section section : ProposalSections.ALL) {
      HistoricVariableInstance variable = variables.get(section.name());
      String body = variable == null || isFile(variable) ? null : text(variable.getValue());
      if (body != null && !body.isBlank()) {
        sections.add(new SectionText(section.name(), ++position, section.proposal(), section.label(), body.strip()));
      }
    }
    List<DocumentSource> documents = new ArrayList<>();
    position = 0;
    for (CatalogueProperties.Document document : properties.documents()) {
      HistoricVariableInstance variable = variables.get(document.variable());
      // the file's name and type are read from the variable's fields: its value would load the bytes
      if (variable != null && isFile(variable) && variable instanceof ValueFields fields) {
        String filename = fields.getTextValue() == null || fields.getTextValue().isBlank()
            ? document.id() + ".pdf" : fields.getTextValue();
        documents.add(new DocumentSource(document.id(), ++position, document.label(), filename,
            mimeType(fields.getTextValue2()), variable.getId(), fields.getLongValue()));
      }
    }
    return new PublishedEntry(instance.getBusinessKey(), instance.getId(), orEmpty(values.get("title")),
        orEmpty(values.get("agency")), blankToNull(values.get("agencyId")), blankToNull(values.get("unit")),
        orEmpty(values.get("group")), blankToNull(values.get("summary")),
        CompetitionCalendar.parseDay(values.get("implementedSince")), webLink(values.get("videoUrl")), award, rank,
        sections, documents);
  }

  private Map<String, TypedValue> editionVariables(String editionInstanceId) {
    Map<String, TypedValue> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(editionInstanceId)
        .variableNameIn("year", "editionName", "organiser", "registrationOpensAt")
        .disableCustomObjectDeserialization().list()) {
      if (editionInstanceId.equals(variable.getExecutionId())) {
        variables.put(variable.getName(), variable.getTypedValue());
      }
    }
    return variables;
  }

  /**
   * The approved final ranking by entry key (table {@code final_standing}); for an edition whose ranking was computed
   * before that table existed, its released results snapshot.
   */
  private Map<String, Standing> standings(String editionKey) {
    Map<String, Standing> standings = new HashMap<>();
    for (FinalStanding standing : finalStandings.of(editionKey)) {
      standings.put(standing.entryKey(), new Standing(standing.entryKey(), standing.rank(), standing.winner()));
    }
    if (standings.isEmpty()) {
      for (PublishedFinalist finalist : publishedResults.finalists(editionKey)) {
        standings.put(finalist.entryKey(), new Standing(finalist.entryKey(), finalist.rank(), finalist.winner()));
      }
    }
    return standings;
  }

  private static boolean isFile(HistoricVariableInstance variable) {
    return ValueType.FILE.getName().equals(variable.getTypeName());
  }

  /** The stored form is "mimeType#encoding". */
  static String mimeType(String stored) {
    if (stored == null) {
      return null;
    }
    String type = stored.split("#", 2)[0].trim();
    return type.isEmpty() ? null : type;
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})$");

  private static int year(String editionKey, TypedValue value) {
    Long year = value == null ? null : Vars.whole(value.getValue());
    if (year != null) {
      return year.intValue();
    }
    Matcher matcher = YEAR.matcher(editionKey);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  private static String text(Object value) {
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    return value == null ? null : value.toString();
  }

  private static String orEmpty(Object value) {
    String text = text(value);
    return text == null ? "" : text.strip();
  }

  private static String blankToNull(Object value) {
    String text = text(value);
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Only http(s) links become links on a public page (registration checks the same). */
  private static String webLink(Object value) {
    String link = blankToNull(value);
    return link != null && link.matches("(?i)https?://\\S+") ? link : null;
  }
}
