package id.kipp.evaluation.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The check of a given assignment against its request (the secretariat's edits); plain Java. */
final class AssignmentCheck {

  private AssignmentCheck() {}

  /**
   * Validates an assignment, typically one edited by the secretariat (jurors swapped): every entry of the request is
   * present with exactly k distinct known jurors, no juror has a conflict of interest with their entry, no juror
   * exceeds their cap, no unknown entries or jurors. Problems with the request itself are reported too. Returns every problem
   * found, in Bahasa Indonesia, in a fixed order; empty when the assignment is valid.
   */
  static List<String> problems(Map<String, List<String>> jurorsByEntry, AssignmentRequest request) {
    Objects.requireNonNull(request, "request");
    List<String> problems = new ArrayList<>(BalancedAssignment.requestProblems(request));
    if (jurorsByEntry == null) {
      problems.add("Penugasan tidak ada (null).");
      return problems;
    }
    int k = request.jurorsPerEntry();
    List<JurorProfile> jurors = request.jurors() == null ? List.of() : request.jurors();
    Map<String, JurorProfile> jurorsById = new LinkedHashMap<>();
    for (JurorProfile juror : jurors) {
      if (juror != null && !BalancedAssignment.isBlank(juror.jurorId())) {
        jurorsById.putIfAbsent(juror.jurorId(), juror);
      }
    }
    // Read the assignment by iterating (Map.of and friends throw on get(null)).
    Map<String, List<String>> assigned = new HashMap<>();
    List<String> unknownEntries = new ArrayList<>();
    boolean nullKey = false;
    Set<String> knownKeys = new HashSet<>();
    List<EntryToAssign> entries = request.entries() == null ? List.of() : BalancedAssignment.sortedEntries(request.entries());
    for (EntryToAssign entry : entries) {
      knownKeys.add(entry.entryKey());
    }
    for (Map.Entry<String, List<String>> item : jurorsByEntry.entrySet()) {
      if (item.getKey() == null) {
        nullKey = true;
      } else if (knownKeys.contains(item.getKey())) {
        assigned.put(item.getKey(), item.getValue());
      } else {
        unknownEntries.add(item.getKey());
      }
    }

    Set<String> seen = new HashSet<>();
    for (EntryToAssign entry : entries) {
      if (!seen.add(entry.entryKey())) {
        continue; // duplicate key, already reported with the request problems
      }
      String label = entry.entryKey() + " (" + BalancedAssignment.agencyLabel(entry.agency()) + ")";
      if (!assigned.containsKey(entry.entryKey())) {
        problems.add("Inovasi " + label + " tidak ada dalam penugasan.");
        continue;
      }
      List<String> ids = assigned.get(entry.entryKey());
      if (ids == null) {
        problems.add("Inovasi " + label + " tidak punya daftar juri.");
        continue;
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      boolean blankId = false;
      for (String id : ids) {
        if (BalancedAssignment.isBlank(id)) {
          blankId = true;
        } else {
          counts.merge(id, 1, Integer::sum);
        }
      }
      if (k >= 1 && counts.size() != k) {
        problems.add("Inovasi " + label + " punya " + counts.size() + " juri, padahal dibutuhkan " + k + ".");
      }
      if (blankId) {
        problems.add("Daftar juri inovasi " + entry.entryKey() + " memuat ID juri kosong.");
      }
      counts.forEach((id, times) -> {
        if (times > 1) {
          problems.add("Juri " + id + " tercantum " + times + " kali pada inovasi " + entry.entryKey() + ".");
        }
        JurorProfile juror = jurorsById.get(id);
        if (juror == null) {
          problems.add("Juri " + id + " pada inovasi " + entry.entryKey()
              + " tidak dikenal (tidak ada dalam daftar juri).");
        } else if (BalancedAssignment.hasConflict(juror, entry)) {
          problems.add("Juri " + id + " memiliki konflik kepentingan dengan " + label + ".");
        }
      });
    }
    if (nullKey) {
      problems.add("Penugasan memuat inovasi tanpa kode.");
    }
    unknownEntries.sort(Comparator.naturalOrder());
    for (String key : unknownEntries) {
      problems.add("Inovasi " + key + " dalam penugasan tidak dikenal (tidak ada dalam daftar inovasi).");
    }
    Map<String, Integer> loads = BalancedAssignment.loads(jurorsByEntry, jurors);
    for (JurorProfile juror : jurorsById.values()) {
      Integer cap = juror.cap();
      int load = loads.get(juror.jurorId());
      if (cap != null && load > cap) {
        problems.add(
            "Juri " + juror.jurorId() + " mendapat " + load + " inovasi, melebihi batas bebannya " + cap + ".");
      }
    }
    return problems;
  }
}
