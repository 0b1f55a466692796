package id.kipp.presentation;

import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The finalists as "Tetapkan finalis per kelompok" decided them (edition variable {@code deskRanking}, rows with
 * {@code finalist = true}), in timetable order: the edition's groups in their order, then desk rank, then entry key.
 */
final class EditionFinalists {

  private EditionFinalists() {}

  static List<Map<String, Object>> deskRanking(VariableScope edition) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (edition.getVariable("deskRanking") instanceof List<?> list) {
      for (Object row : list) {
        if (row instanceof Map<?, ?> map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) map;
          rows.add(typed);
        }
      }
    }
    return rows;
  }

  static List<Finalist> of(VariableScope edition) {
    List<String> groups = Vars.textList(edition.getVariable("groups"));
    List<Finalist> finalists = new ArrayList<>();
    for (Map<String, Object> row : deskRanking(edition)) {
      if (Vars.flag(row.get("finalist"))) {
        Long rank = Vars.whole(row.get("rank"));
        finalists.add(new Finalist((String) row.get("entryKey"), text(row.get("title")), text(row.get("group")),
            text(row.get("agency")), rank == null ? 0 : rank.intValue()));
      }
    }
    finalists.sort(Comparator.<Finalist>comparingInt(finalist -> groupIndex(groups, finalist.group()))
        .thenComparingInt(Finalist::deskRank).thenComparing(Finalist::entryKey));
    return finalists;
  }

  private static int groupIndex(List<String> groups, String group) {
    int index = groups.indexOf(group);
    return index < 0 ? groups.size() : index;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
