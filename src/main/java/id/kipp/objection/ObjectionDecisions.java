package id.kipp.objection;

import id.kipp.shared.TextHygiene;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The secretariat's decisions on the objections of one stage, checked: one decision with its grounds per objection. */
record ObjectionDecisions(List<String> disqualified, Map<Long, Decision> publicDecisions, Map<String, Outcome> outcomes) {

  static final Set<String> DECISIONS = Set.of("DITERIMA", "DITOLAK");
  static final int MAX_REASON = 2000;

  record Decision(String decision, String reason) {}

  record Outcome(int objections, boolean upheld) {}

  /**
   * @param objections the stage's {@code objectionList}
   * @param submitted the decision form's dynamic list
   */
  static ObjectionDecisions check(List<Map<String, String>> objections, Object submitted, List<String> problems) {
    List<Map<String, String>> rows = JsonRows.of(submitted);
    if (rows == null) {
      problems.add("Putusan harus dikirim sebagai daftar dari formulir.");
      return new ObjectionDecisions(List.of(), Map.of(), Map.of());
    }
    Map<String, Map<String, String>> byNo = new LinkedHashMap<>();
    objections.forEach(objection -> byNo.put(objection.get("no"), objection));
    Map<String, Decision> decided = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String prefix = "Putusan ke-" + (i + 1) + ": ";
      String no = row.getOrDefault("objection", "");
      String decision = row.getOrDefault("decision", "");
      String reason = row.getOrDefault("reason", "");
      if (!byNo.containsKey(no)) {
        problems.add(prefix + "pilih salah satu sanggahan yang tercatat.");
        continue;
      }
      if (decided.containsKey(no)) {
        problems.add(prefix + "sanggahan no. " + no + " sudah diputuskan pada baris lain.");
        continue;
      }
      if (!DECISIONS.contains(decision)) {
        problems.add(prefix + "pilih Diterima atau Ditolak untuk sanggahan no. " + no + ".");
      }
      if (reason.isEmpty()) {
        problems.add(prefix + "alasan putusan sanggahan no. " + no + " wajib diisi.");
      } else {
        TextHygiene.problem("alasan putusan", reason, MAX_REASON).ifPresent(problem -> problems.add(prefix + problem));
      }
      decided.put(no, new Decision(decision, reason));
    }
    for (String no : byNo.keySet()) {
      if (!decided.containsKey(no)) {
        problems.add("Sanggahan no. " + no + " terhadap " + byNo.get(no).get("entryKey") + " belum diputuskan.");
      }
    }
    List<String> disqualified = new ArrayList<>();
    Map<Long, Decision> publicDecisions = new LinkedHashMap<>();
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> entry : byNo.entrySet()) {
      Decision decision = decided.get(entry.getKey());
      if (decision == null) {
        continue;
      }
      String entryKey = entry.getValue().get("entryKey");
      boolean upheld = "DITERIMA".equals(decision.decision());
      if (upheld && !disqualified.contains(entryKey)) {
        disqualified.add(entryKey);
      }
      outcomes.merge(entryKey, new Outcome(1, upheld),
          (a, b) -> new Outcome(a.objections() + b.objections(), a.upheld() || b.upheld()));
      String publicId = entry.getValue().get("publicId");
      if (publicId != null && !publicId.isEmpty()) {
        publicDecisions.put(Long.parseLong(publicId), decision);
      }
    }
    return new ObjectionDecisions(disqualified, publicDecisions, outcomes);
  }
}
