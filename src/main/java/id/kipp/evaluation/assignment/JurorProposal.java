package id.kipp.evaluation.assignment;

import id.kipp.shared.Vars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/**
 * What a juror reads of an entry's proposal, handed to the juror's evaluation ("penilaian-juri") as one JSON variable
 * {@code proposal} ({@code ${jurorProposal.of(execution)}} in the call activity of {@code inovasi}): the summary, the
 * ten sections and the video link. One variable instead of eleven copies, each of which the engine wrote with its
 * history for every juror of every entry. Nothing that identifies the participant goes in: the agency travels
 * separately, empty in a blind edition. The form {@code penilaian-proposal} shows {@code proposal.<name>}, and the
 * single variables of an evaluation started before this change.
 */
@Component("jurorProposal")
public class JurorProposal {

  /** The entry's variables a juror reads, in the form's order. */
  public static final List<String> FIELDS = List.of("summary",
      "problemAnalysis", "strategicApproach", "implementation", "impact", "sustainability",
      "serviceStandard", "serviceCharter", "satisfactionSurvey", "complaintHandling", "informationSystem",
      "videoUrl");

  /** The proposal as the entry holds it now (absent or empty parts left out: the form shows "-"). */
  public ObjectValue of(VariableScope entry) {
    Map<String, String> proposal = new LinkedHashMap<>();
    for (String name : FIELDS) {
      Object value = entry.getVariable(name);
      if (value != null && !value.toString().isBlank()) {
        proposal.put(name, value.toString());
      }
    }
    return Vars.json(proposal);
  }
}
