package id.kipp.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused request must leave unchanged: the number of rows (and the sum of their revisions, which grows with
 * every update) of every engine table a client could reach and of the application's own tables.
 */
final class DatabaseFingerprint {

  /** table → expression summed (a revision column, or 0 where the table has none) */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    for (String revised : List.of("ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_RU_JOB",
        "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER", "ACT_RU_EXT_TASK", "ACT_RU_INCIDENT", "ACT_RE_PROCDEF",
        "ACT_ID_USER", "ACT_ID_GROUP", "ACT_GE_BYTEARRAY", "ACT_RU_EVENT_SUBSCR", "ACT_RE_DECISION_DEF",
        "ACT_RU_BATCH")) {
      TABLES.put(revised, "REV_");
    }
    for (String counted : List.of("ACT_RU_IDENTITYLINK", "ACT_ID_MEMBERSHIP", "ACT_RE_DEPLOYMENT", "ACT_HI_PROCINST",
        "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_COMMENT",
        "ACT_HI_ATTACHMENT", "ACT_HI_IDENTITYLINK", "ACT_HI_DECINST", "ACT_HI_JOB_LOG",
        "evaluation", "evaluation_score", "conflict_declaration", "notification", "entry_number", "entry", "edition_lock", "published_edition",
        "published_finalist")) {
      TABLES.put(counted, "0");
    }
    // ranking tables (V10): their scores and ranks, so that a changed value changes the fingerprint
    TABLES.put("desk_result", "desk_score + COALESCE(normalised_score, 0) + COALESCE(consensus_score, 0)"
        + " + COALESCE(desk_rank, 0)");
    TABLES.put("presentation_result", "presentation_score");
    TABLES.put("final_standing", "final_score + final_rank");
  }

  private DatabaseFingerprint() {}

  static Map<String, String> of(JdbcTemplate jdbc) {
    Map<String, String> fingerprint = new LinkedHashMap<>();
    TABLES.forEach((table, revision) -> fingerprint.put(table, jdbc.queryForObject(
        "SELECT COUNT(*) || '/' || COALESCE(SUM(" + revision + "), 0) FROM " + table, String.class)));
    return fingerprint;
  }
}
