package id.kipp.edition;

import com.fasterxml.jackson.databind.JsonNode;
import id.kipp.shared.JsonVariable;
import id.kipp.shared.TextHygiene;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-group quotas of the start form ({@code groupQuotas}, a dynamic list of rows {@code group},
 * {@code finalists}, {@code winners}): the edition's own numbers for some groups, ahead of DMN {@code kuota-kelompok}
 * (rules shared across editions) and of the edition's {@code finalistsPerGroup} / {@code winnersPerGroup}. Each
 * problem names its row (1-based, as the form shows them) in Bahasa Indonesia.
 */
public final class GroupQuotaRows {

  /** The start form's field and the edition variable that holds the checked rows. */
  public static final String VARIABLE = EditionVariables.GROUP_QUOTAS;

  static final int MAX_FINALISTS = 500;
  static final int MAX_WINNERS = 100;

  /** One checked row. */
  public record GroupQuota(String group, int finalists, int winners) {

    Map<String, Object> asMap() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("group", group);
      row.put("finalists", finalists);
      row.put("winners", winners);
      return row;
    }
  }

  private GroupQuotaRows() {}

  /**
   * The rows of {@code value} (empty when the list is absent or empty; rows left wholly empty are skipped), each
   * problem added to {@code problems}.
   *
   * @param groups the edition's groups, as {@link EditionSetupService} normalised them
   */
  static List<GroupQuota> of(Object value, Collection<String> groups, List<String> problems) {
    JsonNode rows = JsonVariable.tree(value);
    List<GroupQuota> quotas = new ArrayList<>();
    if (rows.isMissingNode() || rows.isNull()) {
      return quotas;
    }
    if (!rows.isArray()) {
      problems.add("Kuota per kelompok harus berupa daftar baris (kelompok, jumlah finalis, jumlah pemenang).");
      return quotas;
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      String where = "Baris kuota ke-" + (i + 1);
      if (!row.isObject()) {
        problems.add(where + " harus berisi kelompok, jumlah finalis dan jumlah pemenang.");
        continue;
      }
      String group = text(row.path("group")).replaceAll("\\s+", " ");
      Object finalistsValue = scalar(row.path("finalists"));
      Object winnersValue = scalar(row.path("winners"));
      if (group.isEmpty() && finalistsValue == null && winnersValue == null) {
        continue;
      }
      int before = problems.size();
      if (group.isEmpty()) {
        problems.add(where + ": kelompok wajib diisi.");
      } else if (TextHygiene.problem(where + ": kelompok", group, 200).isPresent()) {
        problems.add(TextHygiene.problem(where + ": kelompok", group, 200).get());
      } else if (!groups.contains(group)) {
        problems.add(where + ": kelompok \"" + group + "\" tidak ada dalam daftar kelompok peserta edisi ini ("
            + String.join(", ", groups) + ").");
      } else if (seen.containsKey(group)) {
        problems.add(where + ": kelompok \"" + group + "\" sudah diatur pada baris ke-" + seen.get(group)
            + "; setiap kelompok cukup satu baris.");
      } else {
        seen.put(group, i + 1);
      }
      String named = group.isEmpty() ? where : where + " (" + group + ")";
      Long finalists = Vars.whole(finalistsValue);
      Long winners = Vars.whole(winnersValue);
      if (finalists == null || finalists < 1 || finalists > MAX_FINALISTS) {
        problems.add(named + ": jumlah finalis wajib bilangan bulat 1 sampai " + MAX_FINALISTS + ".");
      }
      if (winners == null || winners < 1 || winners > MAX_WINNERS) {
        problems.add(named + ": jumlah pemenang wajib bilangan bulat 1 sampai " + MAX_WINNERS + ".");
      }
      if (finalists != null && winners != null && winners > finalists && finalists >= 1) {
        problems.add(named + ": jumlah pemenang (" + winners + ") tidak boleh melebihi jumlah finalis ("
            + finalists + ").");
      }
      if (problems.size() == before) {
        quotas.add(new GroupQuota(group, finalists.intValue(), winners.intValue()));
      }
    }
    return quotas;
  }

  /** The rows as plain lists and maps, to be stored as the edition's JSON variable. */
  static List<Map<String, Object>> asMaps(List<GroupQuota> quotas) {
    return quotas.stream().map(GroupQuota::asMap).toList();
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? "" : node.isValueNode() ? node.asText().trim() : node.toString();
  }

  private static Object scalar(JsonNode node) {
    if (node.isMissingNode() || node.isNull() || node.isTextual() && node.asText().isBlank()) {
      return null;
    }
    return node.isNumber() ? node.numberValue() : node.asText();
  }
}
