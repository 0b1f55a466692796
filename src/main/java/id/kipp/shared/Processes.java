package id.kipp.shared;

/** Keys of the deployed processes and names of the messages they exchange (see docs/process-contract.md). */
public final class Processes {

  private Processes() {}

  public static final String EDITION = "kompetisi";

  /**
   * Keys of every edition process: "kompetisi" and the variants an organiser builds from it, whose keys start with
   * "kompetisi" (e.g. the retired "kompetisi-lengkap", whose editions may still run on an installation that had it).
   */
  public static String[] editionKeys(org.camunda.bpm.engine.RepositoryService repository) {
    return repository.createProcessDefinitionQuery().processDefinitionKeyLike(EDITION + "%").latestVersion().list()
        .stream().map(definition -> definition.getKey()).distinct().toArray(String[]::new);
  }
  public static final String ENTRY = "inovasi";

  /** Edition → entry. */
  public static final String JURORS_ASSIGNED = "PenugasanJuri";
  public static final String FINALISTS_DECIDED = "HasilPenilaianProposal";
  public static final String AWARD_DECIDED = "HasilPenganugerahan";

  /** Entry → edition (see the entry's message throw events). */
  public static final String SCREENING_REPORTED = "SeleksiSelesai";
  public static final String DESK_EVALUATION_REPORTED = "PenilaianProposalSelesai";
  public static final String PRESENTATION_REPORTED = "PresentasiSelesai";

  public static final String JUROR_GROUP = "juri";
}
