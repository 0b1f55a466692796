package id.kipp.catalogue;

import id.kipp.registration.RegistrationRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The descriptive sections a participant writes in the registration form ({@link RegistrationRules#PROPOSAL_SECTIONS},
 * in the form's order and with its labels), each under the proposal it belongs to.
 */
final class ProposalSections {

  record Section(String name, String proposal, String label) {}

  static final String INNOVATION = "Proposal Inovasi Pelayanan Publik";
  static final String PERFORMANCE = "Proposal Kinerja Penyelenggara Pelayanan Publik";
  static final String OTHER = "Uraian lainnya";

  private static final Map<String, String> PROPOSAL_OF = Map.of(
      "problemAnalysis", INNOVATION, "strategicApproach", INNOVATION, "implementation", INNOVATION,
      "impact", INNOVATION, "sustainability", INNOVATION,
      "serviceStandard", PERFORMANCE, "serviceCharter", PERFORMANCE, "satisfactionSurvey", PERFORMANCE,
      "complaintHandling", PERFORMANCE, "informationSystem", PERFORMANCE);

  static final List<Section> ALL;

  static {
    List<Section> all = new ArrayList<>();
    RegistrationRules.PROPOSAL_SECTIONS.forEach((name, label) ->
        all.add(new Section(name, PROPOSAL_OF.getOrDefault(name, OTHER), label)));
    ALL = List.copyOf(all);
  }

  private ProposalSections() {}
}
