package id.kipp.evaluation.assignment;

import id.kipp.evaluation.assignment.AssignmentResult.Assigned;
import id.kipp.evaluation.assignment.AssignmentResult.Infeasible;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Jury assignment of a competition edition: every entry gets exactly k distinct jurors, no juror evaluates an entry of
 * an agency they are affiliated with (conflict of interest), no juror gets more entries than their cap, and the loads
 * (entries per juror) are as even as these constraints allow.
 *
 * <h2>Model</h2>
 * A flow network: source → entry (capacity k) → juror (capacity 1, only for pairs without conflict of interest) → sink
 * (capacity = the juror's load limit of the current phase). An integral flow of value N·k is exactly a valid
 * assignment: capacity k on the entry edge and 1 on each entry→juror edge give k distinct jurors, the absence of an edge
 * is the conflict rule, the juror→sink capacity is the cap. Flow on the juror→sink edge is the juror's load.
 *
 * <h2>Phases and why they balance</h2>
 * The juror→sink capacities are raised in phases: in phase t every juror may take min(t, cap) entries (cap = N when
 * the juror has none), and the flow of the previous phase is augmented to a maximum flow for the new capacities. With
 * L = floor(N·k/J) and U = ceil(N·k/J), phase L runs first, from the empty flow; then U; then L + 2, … up to, if
 * needed, "every juror at most their cap" (or N), where the flow is a maximum flow of the unrestricted problem. If
 * phase L does not saturate every juror at min(L, cap), no balanced assignment exists; the flow is then discarded and
 * the phases climb t = 1, 2, 3, … instead, which gives the most even loads still possible (below).
 *
 * <p>The key fact: <b>an augmenting path never reduces the flow on a juror→sink edge</b> (a simple source→sink path
 * enters the sink once, along a forward juror→sink edge, and never uses the backward sink→juror edge, which would
 * require leaving the sink), so a juror's load never decreases from one phase to the next. Hence:
 * <ul>
 *   <li>If phase L saturates every juror at L (bounded by cap), every final load is ≥ L; if phase U reaches N·k, no
 *   load exceeds U and the search stops there. So the final loads lie in [L, U]: max − min ≤ 1.</li>
 *   <li>More generally, if some valid assignment gives every juror at least min(t, cap) entries, dropping the surplus
 *   pairs yields a flow that saturates every juror→sink edge of phase t, so the maximum flow of phase t saturates them
 *   all too (every maximum flow has the same value) and, by monotonicity, the final loads are all ≥ min(t, cap). (When
 *   phase L saturates, the skipped phases t &lt; L are implied: every load is already ≥ min(L, cap) ≥ min(t, cap).)
 *   And the phases stop at the first t whose maximum flow reaches N·k, so the largest load is the smallest possible.
 *   The smallest load is therefore as large, and the largest as small, as the constraints allow: whenever an assignment
 *   with max − min ≤ 1 exists, the result has max − min ≤ 1; when none exists (conflicts, caps), the assignment still
 *   succeeds, as balanced as possible in this max-min / min-max sense.</li>
 *   <li>A phase that raises no saturated juror's capacity cannot increase the flow (the residual min cut is unchanged),
 *   so the phases stop there; the flow is then a maximum flow, and if it is below N·k the caps are too tight.</li>
 * </ul>
 *
 * <h2>Determinism</h2>
 * Entries are sorted by key first (the input order of entries does not matter), jurors keep their input order, which is
 * the tie-break: adjacency lists are built in that fixed order and each phase runs Dinic's algorithm (BFS levels, then
 * augmenting along the level graph with current-arc pointers, no recursion). No hashing order or randomness is
 * involved, so the same request always gives the same assignment.
 *
 * <p>Cost: a few BFS passes over the N·J edges per phase, usually two or three phases (L, U); only instances that
 * cannot be balanced climb through about U phases. 1,000 entries × 40 jurors × k = 3 takes a few milliseconds.
 *
 * <p>Bad data (null lists or elements, blank or duplicate keys and ids, negative caps, k out of range) is reported as
 * {@link Infeasible} with reasons in Bahasa Indonesia the secretariat can act on; only a null request throws. Plain
 * Java: no Spring, no Camunda.
 */
public final class BalancedAssignment {

  private static final String NO_AGENCY = "tanpa instansi";

  private BalancedAssignment() {}

  /** Assigns {@code request.jurorsPerEntry()} jurors to every entry; see the class documentation. */
  public static AssignmentResult assign(AssignmentRequest request) {
    Objects.requireNonNull(request, "request");
    List<String> problems = requestProblems(request);
    if (!problems.isEmpty()) {
      return new Infeasible(problems);
    }
    int k = request.jurorsPerEntry();
    List<EntryToAssign> entries = sortedEntries(request.entries());
    List<JurorProfile> jurors = request.jurors();
    int n = entries.size();
    int jCount = jurors.size();

    // Eligibility: no conflict of interest and a cap that allows at least one entry. Names normalised once.
    List<Set<String>> affiliations = new ArrayList<>(jCount);
    for (JurorProfile juror : jurors) {
      Set<String> normalized = new HashSet<>();
      for (String affiliation : juror.affiliations()) {
        normalized.add(normalizedAgency(affiliation));
      }
      affiliations.add(normalized);
    }
    boolean[][] eligible = new boolean[n][jCount];
    List<String> shortages = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      EntryToAssign entry = entries.get(e);
      String agency = normalizedAgency(entry.agency());
      int count = 0;
      List<String> zeroCap = new ArrayList<>();
      for (int j = 0; j < jCount; j++) {
        JurorProfile juror = jurors.get(j);
        if (!agency.isEmpty() && affiliations.get(j).contains(agency)) {
          continue; // conflict of interest, as in conflicted(…)
        }
        if (juror.cap() != null && juror.cap() == 0) {
          zeroCap.add(juror.jurorId());
          continue;
        }
        eligible[e][j] = true;
        count++;
      }
      if (count < k) {
        shortages.add("Inovasi " + entry.entryKey() + " (" + agencyLabel(entry.agency()) + ") hanya punya " + count
            + " juri tanpa konflik kepentingan, padahal dibutuhkan " + k + "."
            + (zeroCap.isEmpty() ? "" : " Juri dengan batas beban 0 tidak dihitung: " + String.join(", ", zeroCap)
                + "."));
      }
    }
    if (!shortages.isEmpty()) {
      return new Infeasible(shortages);
    }

    int[] limit = new int[jCount];
    for (int j = 0; j < jCount; j++) {
      Integer cap = jurors.get(j).cap();
      limit[j] = cap == null ? n : Math.min(cap, n);
    }
    FlowNetwork network = new FlowNetwork(n, jCount, k, eligible);
    long needed = (long) n * k;
    long flow = 0;
    int first = 1;
    int lower = (int) (needed / jCount);
    if (lower > 1) {
      // Phase L first: if it saturates every juror, phases 1 … L − 1 could not add anything.
      for (int j = 0; j < jCount; j++) {
        network.raiseJurorCapacity(j, Math.min(lower, limit[j]));
      }
      flow = network.maxFlow();
      boolean saturated = true;
      for (int j = 0; j < jCount && saturated; j++) {
        saturated = network.load(j) == Math.min(lower, limit[j]);
      }
      if (saturated) {
        first = lower + 1;
      } else {
        network.clear(); // perfect balance is impossible: climb from t = 1 for the most even loads
        flow = 0;
      }
    }
    for (int t = first; flow < needed; t++) {
      boolean raised = false;
      for (int j = 0; j < jCount; j++) {
        raised |= network.raiseJurorCapacity(j, Math.min(t, limit[j]));
      }
      if (!raised) {
        break; // every juror is at their cap already
      }
      flow += network.maxFlow();
      boolean canGrow = false;
      for (int j = 0; j < jCount && !canGrow; j++) {
        canGrow = network.load(j) == t && limit[j] > t;
      }
      if (!canGrow) {
        break; // raising unsaturated edges leaves the min cut, hence the maximum flow, unchanged
      }
    }
    if (flow < needed) {
      return new Infeasible(List.of(capacityReason(n, k, flow, jurors, limit, network)));
    }

    Map<String, List<String>> jurorsByEntry = new LinkedHashMap<>();
    for (int e = 0; e < n; e++) {
      List<String> chosen = new ArrayList<>(k);
      for (int j : network.jurorsOf(e)) {
        chosen.add(jurors.get(j).jurorId());
      }
      jurorsByEntry.put(entries.get(e).entryKey(), chosen);
    }
    return new Assigned(jurorsByEntry);
  }

  /**
   * Validates an assignment, typically one edited by the secretariat (jurors swapped); see {@link AssignmentCheck}.
   * Returns every problem found, in Bahasa Indonesia, in a fixed order; empty when the assignment is valid.
   */
  public static List<String> check(Map<String, List<String>> jurorsByEntry, AssignmentRequest request) {
    return AssignmentCheck.problems(jurorsByEntry, request);
  }

  /**
   * Entries per juror: every juror of the list (in list order) is present, 0 when they have none. An entry counts once
   * per juror even if the juror is listed twice for it; ids that are not in the list are ignored (see {@link #check}).
   */
  public static Map<String, Integer> loads(Map<String, List<String>> jurorsByEntry, List<JurorProfile> jurors) {
    Map<String, Integer> loads = new LinkedHashMap<>();
    if (jurors != null) {
      for (JurorProfile juror : jurors) {
        if (juror != null && juror.jurorId() != null) {
          loads.putIfAbsent(juror.jurorId(), 0);
        }
      }
    }
    if (jurorsByEntry != null) {
      for (List<String> ids : jurorsByEntry.values()) {
        if (ids == null) {
          continue;
        }
        for (String id : new LinkedHashSet<>(ids)) {
          if (id != null && loads.containsKey(id)) {
            loads.merge(id, 1, Integer::sum);
          }
        }
      }
    }
    return loads;
  }

  /** Whether the juror has a conflict of interest with the entry; see {@link #conflicted(Set, String)}. */
  public static boolean hasConflict(JurorProfile juror, EntryToAssign entry) {
    return conflicted(juror.affiliations(), entry.agency());
  }

  /**
   * Whether one of the affiliations is the agency: names compared case-insensitively, trimmed, internal whitespace
   * collapsed ("Dinas  Kesehatan " = "dinas kesehatan"). No agency (null or blank) conflicts with nobody; null
   * affiliations are none.
   */
  public static boolean conflicted(Set<String> affiliations, String agency) {
    String normalized = normalizedAgency(agency);
    if (normalized.isEmpty() || affiliations == null) {
      return false;
    }
    for (String affiliation : affiliations) {
      if (normalized.equals(normalizedAgency(affiliation))) {
        return true;
      }
    }
    return false;
  }

  static String normalizedAgency(String agency) {
    return agency == null ? "" : collapse(agency).toLowerCase(Locale.ROOT);
  }

  /** Trimmed, every run of whitespace (including no-break spaces) replaced by one space. */
  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static String agencyLabel(String agency) {
    String label = agency == null ? "" : collapse(agency);
    return label.isEmpty() ? NO_AGENCY : label;
  }

  static boolean isBlank(String text) {
    return text == null || collapse(text).isEmpty();
  }

  static List<EntryToAssign> sortedEntries(List<EntryToAssign> entries) {
    List<EntryToAssign> sorted = new ArrayList<>();
    for (EntryToAssign entry : entries) {
      if (entry != null && !isBlank(entry.entryKey())) {
        sorted.add(entry);
      }
    }
    sorted.sort(Comparator.comparing(EntryToAssign::entryKey)); // stable: equal keys keep their order
    return sorted;
  }

  /** Data and configuration problems of the request; empty when it can be assigned. */
  static List<String> requestProblems(AssignmentRequest request) {
    List<String> problems = new ArrayList<>();
    int k = request.jurorsPerEntry();
    if (k < 1) {
      problems.add("Jumlah juri per inovasi harus minimal 1, bukan " + k + ".");
    }
    if (request.entries() == null) {
      problems.add("Daftar inovasi tidak ada (null).");
    } else {
      Map<String, Integer> keyCounts = new LinkedHashMap<>();
      List<EntryToAssign> entries = request.entries();
      for (int i = 0; i < entries.size(); i++) {
        EntryToAssign entry = entries.get(i);
        if (entry == null) {
          problems.add("Data inovasi ke-" + (i + 1) + " kosong.");
        } else if (isBlank(entry.entryKey())) {
          problems.add("Inovasi ke-" + (i + 1) + " (" + agencyLabel(entry.agency()) + ") tidak punya kode inovasi.");
        } else {
          keyCounts.merge(entry.entryKey(), 1, Integer::sum);
        }
      }
      keyCounts.entrySet().stream().filter(item -> item.getValue() > 1).sorted(Map.Entry.comparingByKey())
          .forEach(item -> problems.add("Kode inovasi " + item.getKey() + " muncul " + item.getValue()
              + " kali; setiap inovasi hanya boleh didaftarkan sekali."));
    }
    if (request.jurors() == null) {
      problems.add("Daftar juri tidak ada (null).");
    } else {
      Map<String, Integer> idCounts = new LinkedHashMap<>();
      List<JurorProfile> jurors = request.jurors();
      for (int i = 0; i < jurors.size(); i++) {
        JurorProfile juror = jurors.get(i);
        if (juror == null) {
          problems.add("Data juri ke-" + (i + 1) + " kosong.");
        } else if (isBlank(juror.jurorId())) {
          problems.add("Juri ke-" + (i + 1) + " tidak punya ID.");
        } else {
          idCounts.merge(juror.jurorId(), 1, Integer::sum);
          if (juror.cap() != null && juror.cap() < 0) {
            problems.add("Batas beban juri " + juror.jurorId() + " tidak boleh negatif (" + juror.cap() + ").");
          }
        }
      }
      idCounts.forEach((id, times) -> {
        if (times > 1) {
          problems.add("ID juri " + id + " muncul " + times + " kali; setiap juri hanya boleh tercantum sekali.");
        }
      });
      if (k > jurors.size()) {
        problems.add("Setiap inovasi membutuhkan " + k + " juri, padahal hanya ada " + jurors.size() + " juri.");
      }
    }
    return problems;
  }

  private static String capacityReason(int n, int k, long flow, List<JurorProfile> jurors, int[] limit,
      FlowNetwork network) {
    StringBuilder reason = new StringBuilder("Kapasitas juri tidak cukup: dibutuhkan N × k = " + n + " × " + k + " = "
        + (long) n * k + " penugasan, batas beban juri hanya memungkinkan " + flow + ".");
    // Jurors on the source side of the minimum cut: each is reachable by a residual path, so raising any one of their
    // caps by one immediately allows one more assignment.
    boolean[] reachable = network.reachableFromSource();
    List<String> bottleneck = new ArrayList<>();
    for (int j = 0; j < jurors.size(); j++) {
      JurorProfile juror = jurors.get(j);
      if (reachable[network.jurorNode(j)] && juror.cap() != null && limit[j] < n) {
        bottleneck.add(juror.jurorId() + " (batas " + juror.cap() + ")");
      }
    }
    if (!bottleneck.isEmpty()) {
      reason.append(" Naikkan batas beban juri berikut atau tambah juri: ").append(String.join(", ", bottleneck))
          .append('.');
    } else {
      reason.append(" Tambah juri atau naikkan batas beban juri.");
    }
    return reason.toString();
  }
}
