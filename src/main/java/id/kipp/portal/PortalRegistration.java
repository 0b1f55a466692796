package id.kipp.portal;

import id.kipp.shared.Processes;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Registers an innovation from the portal: submits the entry process's start form ({@code inovasi}, its latest
 * version, as Tasklist does) as the logged-in participant, with the form's own fields only. Everything Tasklist's
 * registration goes through applies unchanged: the guard ({@code identity.guard}: only the start form's fields, no
 * business key), the upload rules of the document store, the registration validation with the agency taken from the
 * login ({@code registration.RegistrationDelegate}), the entry registry's duplicate check; a refusal is a
 * {@link id.kipp.shared.RuleViolation} with every problem in Bahasa, and nothing is stored.
 */
@Service
public class PortalRegistration {

  /** One uploaded file; null content for a field left empty. */
  public record Upload(String filename, String mediaType, byte[] content) {}

  private final ProcessEngine engine;

  public PortalRegistration(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * @param fields the text fields by variable name ({@link RegistrationFields#TEXT_FIELDS}; others are ignored)
   * @param agencyName the account's agency, for the form's agency field (the validation sets it from the login anyway)
   * @return the entry's number (business key), e.g. MALANG-2019-0013
   */
  public String register(String userId, String editionKey, Map<String, String> fields, boolean neverEnteredBefore,
      Map<String, Upload> files, String agencyName) {
    VariableMap variables = Variables.createVariables();
    variables.putValue("editionKey", editionKey);
    for (String name : RegistrationFields.TEXT_FIELDS) {
      String value = fields.get(name);
      variables.putValue(name, value == null ? "" : value);
    }
    variables.putValue("agency", agencyName == null ? "" : agencyName);
    variables.putValue(RegistrationFields.DECLARATION, neverEnteredBefore);
    for (String name : RegistrationFields.FILES) {
      Upload upload = files.get(name);
      if (upload != null && upload.content() != null && upload.content().length > 0) {
        variables.putValueTyped(name, Variables.fileValue(upload.filename() == null || upload.filename().isBlank()
                ? name + ".pdf" : upload.filename())
            .file(upload.content()).mimeType(upload.mediaType()).create());
      }
    }
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(Processes.ENTRY).latestVersion().singleResult().getId();
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      ProcessInstance entry = engine.getFormService().submitStartForm(definitionId, variables);
      return entry.getBusinessKey();
    } finally {
      identity.clearAuthentication();
    }
  }
}
