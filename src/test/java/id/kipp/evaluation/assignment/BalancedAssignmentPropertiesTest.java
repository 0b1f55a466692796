package id.kipp.evaluation.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.evaluation.assignment.AssignmentResult.Assigned;
import id.kipp.evaluation.assignment.AssignmentResult.Infeasible;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random instances checked against the hard constraints and, for optimality, against an independent oracle: a plain
 * Edmonds–Karp maximum flow written here (own network, own conflict test) and run from scratch.
 *
 * <p>Balance oracle. With loads bounded by t per juror (and by the cap), let F(t) be the maximum flow. A full
 * assignment with every load ≤ t exists iff F(t) = N·k; one with every load ≥ t exists iff F(t) = J·t (drop surplus
 * pairs to get a flow saturating every juror at t; conversely augmenting never lowers a juror's load). So the smallest
 * possible maximum load is the least t with F(t) = N·k, the largest possible minimum load the greatest t with
 * F(t) = J·t, and a balanced assignment (max − min ≤ 1, i.e. loads in [L, U]) exists iff F(L) = J·L and F(U) = N·k.
 * The properties assert that the result reaches both optima, hence max − min ≤ 1 whenever that is possible, instead of
 * relying on a generator that avoids conflicts.
 */
class BalancedAssignmentPropertiesTest {

  /** Conflict-heavy (few agencies possible) small instances: validity plus exact min-max and max-min optimality. */
  @Property(tries = 200)
  void validAndAsBalancedAsPossible(@ForAll @IntRange(min = 1, max = 100) int entries,
      @ForAll @IntRange(min = 1, max = 15) int jurors, @ForAll @IntRange(min = 1, max = 3) int k,
      @ForAll @IntRange(min = 1, max = 60) int agencies, @ForAll long seed) {
    Instance instance = Instance.random(entries, jurors, k, agencies, CapMode.NONE, seed);
    AssignmentResult result = BalancedAssignment.assign(instance.request());

    if (!instance.everyEntryHasEnoughEligibleJurors()) {
      Statistics.label("outcome").collect("infeasible");
      assertThat(result).isInstanceOf(Infeasible.class);
      assertShortEntriesReported(instance, (Infeasible) result);
      return;
    }
    assertThat(result).isInstanceOf(Assigned.class);
    Map<String, List<String>> assignment = ((Assigned) result).jurorsByEntry();
    assertValid(instance, assignment);

    int[] loads = loadsInJurorOrder(instance, assignment);
    int max = Arrays.stream(loads).max().orElse(0);
    int min = Arrays.stream(loads).min().orElse(0);
    long needed = (long) entries * k;
    ReferenceFlow oracle = new ReferenceFlow(instance);
    // Smallest possible maximum load.
    assertThat(oracle.maxFlow(max)).isEqualTo(needed);
    if (max > 0) {
      assertThat(oracle.maxFlow(max - 1)).isLessThan(needed);
    }
    // Largest possible minimum load.
    if (min < entries) {
      assertThat(oracle.maxFlow(min + 1)).isLessThan((long) jurors * (min + 1));
    }
    int lower = (int) (needed / jurors);
    int upper = (int) ((needed + jurors - 1) / jurors);
    boolean balanceable = oracle.maxFlow(lower) == (long) jurors * lower && oracle.maxFlow(upper) == needed;
    if (balanceable) {
      assertThat(max - min).as("a balanced assignment exists").isLessThanOrEqualTo(1);
    }
    Statistics.label("outcome").collect(balanceable ? "assigned, balanced" : "assigned, balance impossible");
  }

  /**
   * Up to 1,000 entries × 40 jurors × k = 3, up to 60 agencies, 0–2 affiliations per juror, no caps. The oracle runs
   * only when the loads are spread by more than one.
   */
  @Property(tries = 100)
  void largeInstancesAreValidAndBalancedWhenPossible(@ForAll("manyEntries") int entries,
      @ForAll("manyJurors") int jurors, @ForAll @IntRange(min = 1, max = 3) int k,
      @ForAll @IntRange(min = 1, max = 60) int agencies, @ForAll long seed) {
    Instance instance = Instance.random(entries, jurors, k, agencies, CapMode.NONE, seed);
    AssignmentResult result = BalancedAssignment.assign(instance.request());
    Statistics.label("assignments N·k").collect(entries * k >= 1500 ? ">= 1,500" : "< 1,500");

    if (!instance.everyEntryHasEnoughEligibleJurors()) {
      Statistics.label("outcome").collect("infeasible");
      assertThat(result).isInstanceOf(Infeasible.class);
      assertShortEntriesReported(instance, (Infeasible) result);
      return;
    }
    assertThat(result).isInstanceOf(Assigned.class);
    Map<String, List<String>> assignment = ((Assigned) result).jurorsByEntry();
    assertValid(instance, assignment);
    int[] loads = loadsInJurorOrder(instance, assignment);
    int spread = Arrays.stream(loads).max().orElse(0) - Arrays.stream(loads).min().orElse(0);
    if (spread > 1) {
      // Only then pay for the oracle: the phase-L saturation condition must fail (or phase U must fall short).
      long needed = (long) entries * k;
      int lower = (int) (needed / jurors);
      int upper = (int) ((needed + jurors - 1) / jurors);
      ReferenceFlow oracle = new ReferenceFlow(instance);
      assertThat(oracle.maxFlow(lower) == (long) jurors * lower && oracle.maxFlow(upper) == needed)
          .as("spread %d although a balanced assignment exists", spread).isFalse();
    }
    Statistics.label("outcome").collect(spread <= 1 ? "assigned, balanced" : "assigned, balance impossible");
  }

  /** Caps (none, generous, random): caps respected, and the result is infeasible exactly when the oracle says so. */
  @Property(tries = 200)
  void capsAreRespectedAndTheMaximumFlowIsReached(@ForAll @IntRange(min = 1, max = 150) int entries,
      @ForAll @IntRange(min = 1, max = 20) int jurors, @ForAll @IntRange(min = 1, max = 3) int k,
      @ForAll @IntRange(min = 1, max = 60) int agencies, @ForAll CapMode caps, @ForAll long seed) {
    Instance instance = Instance.random(entries, jurors, k, agencies, caps, seed);
    AssignmentResult result = BalancedAssignment.assign(instance.request());

    if (!instance.everyEntryHasEnoughEligibleJurors()) {
      Statistics.label("outcome").collect("infeasible: too few eligible jurors");
      assertThat(result).isInstanceOf(Infeasible.class);
      assertShortEntriesReported(instance, (Infeasible) result);
      return;
    }
    long needed = (long) entries * k;
    long maxFlow = new ReferenceFlow(instance).maxFlow(entries);
    if (caps == CapMode.NONE || caps == CapMode.GENEROUS) {
      assertThat(maxFlow).isEqualTo(needed);
    }
    Statistics.label("outcome").collect(maxFlow == needed ? "assigned" : "infeasible: caps");
    if (maxFlow == needed) {
      assertThat(result).isInstanceOf(Assigned.class);
      assertValid(instance, ((Assigned) result).jurorsByEntry());
    } else {
      assertThat(result).isInstanceOf(Infeasible.class);
      assertThat(((Infeasible) result).reasons()).singleElement().asString()
          .startsWith("Kapasitas juri tidak cukup: dibutuhkan N × k = " + entries + " × " + k + " = " + needed
              + " penugasan, batas beban juri hanya memungkinkan " + maxFlow + ".");
    }
  }

  @Property(tries = 100)
  void sameResultForTheSameRequestAndForShuffledEntries(@ForAll("manyEntries") int entries,
      @ForAll("manyJurors") int jurors, @ForAll @IntRange(min = 1, max = 3) int k,
      @ForAll @IntRange(min = 1, max = 60) int agencies, @ForAll CapMode caps, @ForAll long seed) {
    Instance instance = Instance.random(entries, jurors, k, agencies, caps, seed);
    List<EntryToAssign> shuffled = new ArrayList<>(instance.request().entries());
    Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
    AssignmentRequest reshuffled = new AssignmentRequest(shuffled, instance.request().jurors(), k);

    AssignmentResult first = BalancedAssignment.assign(instance.request());
    AssignmentResult again = BalancedAssignment.assign(instance.request());
    AssignmentResult fromShuffled = BalancedAssignment.assign(reshuffled);

    assertThat(again).isEqualTo(first);
    assertThat(fromShuffled).isEqualTo(first);
    if (first instanceof Assigned assigned) {
      List<String> keyOrder = List.copyOf(assigned.jurorsByEntry().keySet());
      assertThat(((Assigned) fromShuffled).jurorsByEntry().keySet()).containsExactlyElementsOf(keyOrder);
      assertThat(keyOrder).isSorted();
    }
  }

  /** 1 … 1,000, uniformly (jqwik's default integers favour small values). */
  @Provide
  Arbitrary<Integer> manyEntries() {
    return Arbitraries.integers().between(1, 1000).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Integer> manyJurors() {
    return Arbitraries.integers().between(1, 40).withDistribution(RandomDistribution.uniform());
  }

  @Example
  void thousandEntriesFortyJurorsThreeEachInWellUnderASecond() {
    Instance instance = Instance.random(1000, 40, 3, 60, CapMode.NONE, 20190007L);
    assertThat(instance.everyEntryHasEnoughEligibleJurors()).isTrue();

    long start = System.nanoTime();
    AssignmentResult result = BalancedAssignment.assign(instance.request());
    long firstMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    int repeats = 5;
    for (int i = 0; i < repeats; i++) {
      BalancedAssignment.assign(instance.request());
    }
    long warmMillis = (System.nanoTime() - start) / 1_000_000 / repeats;
    System.out.printf("BalancedAssignment 1000 x 40 x 3: first call %d ms, warm %d ms%n", firstMillis, warmMillis);

    assertThat(firstMillis).isLessThan(1000);
    assertThat(result).isInstanceOf(Assigned.class);
    Map<String, List<String>> assignment = ((Assigned) result).jurorsByEntry();
    assertValid(instance, assignment);
    // 3,000 assignments over 40 jurors: L = U = 75, perfectly even.
    assertThat(loadsInJurorOrder(instance, assignment)).containsOnly(75);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static void assertValid(Instance instance, Map<String, List<String>> assignment) {
    AssignmentRequest request = instance.request();
    int k = request.jurorsPerEntry();
    List<String> sortedKeys = request.entries().stream().map(EntryToAssign::entryKey).sorted().toList();
    assertThat(assignment.keySet()).containsExactlyElementsOf(sortedKeys);
    for (EntryToAssign entry : request.entries()) {
      List<String> ids = assignment.get(entry.entryKey());
      assertThat(ids).hasSize(k).doesNotHaveDuplicates();
      List<Integer> positions = ids.stream().map(instance::jurorIndex).toList();
      assertThat(positions).doesNotContain(-1).isSorted();
      for (int j : positions) {
        assertThat(instance.conflicted(entry, j)).as("%s judged by %s", entry, ids).isFalse();
      }
    }
    int[] loads = loadsInJurorOrder(instance, assignment);
    for (int j = 0; j < loads.length; j++) {
      Integer cap = request.jurors().get(j).cap();
      if (cap != null) {
        assertThat(loads[j]).isLessThanOrEqualTo(cap);
      }
    }
    assertThat(BalancedAssignment.check(assignment, request)).isEmpty();
    assertThat(BalancedAssignment.loads(assignment, request.jurors()).values()).containsExactlyElementsOf(
        Arrays.stream(loads).boxed().toList());
  }

  private static void assertShortEntriesReported(Instance instance, Infeasible result) {
    int k = instance.request().jurorsPerEntry();
    int jurors = instance.jurorIds().size();
    if (k > jurors) {
      assertThat(result.reasons())
          .containsExactly("Setiap inovasi membutuhkan " + k + " juri, padahal hanya ada " + jurors + " juri.");
      return;
    }
    List<String> expected = new ArrayList<>();
    instance.request().entries().stream().sorted((a, b) -> a.entryKey().compareTo(b.entryKey())).forEach(entry -> {
      int eligible = instance.eligibleCount(entry);
      if (eligible < k) {
        expected.add("Inovasi " + entry.entryKey() + " (" + entry.agency().strip().replaceAll("\\s+", " ")
            + ") hanya punya " + eligible + " juri tanpa konflik kepentingan, padahal dibutuhkan " + k + ".");
      }
    });
    assertThat(result.reasons()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(result.reasons().get(i)).startsWith(expected.get(i));
    }
  }

  private static int[] loadsInJurorOrder(Instance instance, Map<String, List<String>> assignment) {
    int[] loads = new int[instance.request().jurors().size()];
    for (List<String> ids : assignment.values()) {
      for (String id : ids) {
        loads[instance.jurorIndex(id)]++;
      }
    }
    return loads;
  }

  /**
   * No caps; caps ≥ N (never binding); caps around the balanced load U; every juror capped in [0, U + 1] (often too
   * tight); caps anywhere in [0, 2U + 1].
   */
  enum CapMode { NONE, GENEROUS, NEAR_BALANCED, TIGHT, RANDOM }

  /**
   * A random instance. Agency names are written inconsistently (case, spaces) between entries and affiliations, so the
   * normalisation is exercised; the test decides conflicts with its own normalisation, once, into {@code conflicted}
   * (indexed by the entries' input order and the jurors' order).
   */
  record Instance(AssignmentRequest request, List<String> jurorIds, Map<String, Integer> entryIndex,
      boolean[][] conflicted) {

    static Instance random(int entryCount, int jurorCount, int k, int agencyCount, CapMode capMode, long seed) {
      Random random = new Random(seed);
      // Skewed agency sizes: with skew 3 a few agencies hold most entries (many conflicts).
      int skew = 1 + random.nextInt(3);
      List<EntryToAssign> entries = new ArrayList<>();
      for (int i = 0; i < entryCount; i++) {
        int agency = (int) (agencyCount * Math.pow(random.nextDouble(), skew));
        entries.add(new EntryToAssign(String.format("KAB%02d-2024-%04d", random.nextInt(100), i),
            "Dinas " + agencyName(agency)));
      }
      Collections.shuffle(entries, random);
      int perJuror = (int) Math.ceil((double) entryCount * k / jurorCount);
      List<JurorProfile> jurors = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int j = 0; j < jurorCount; j++) {
        Set<String> affiliations = new LinkedHashSet<>();
        int count = random.nextInt(3);
        for (int a = 0; a < count; a++) {
          int agency = (int) (agencyCount * Math.pow(random.nextDouble(), skew));
          String name = "dinas " + agencyName(agency);
          affiliations.add(random.nextBoolean() ? "  " + name.toUpperCase(Locale.ROOT).replace(" ", "   ") : name);
        }
        Integer cap = switch (capMode) {
          case NONE -> null;
          case GENEROUS -> random.nextBoolean() ? null : entryCount + random.nextInt(3);
          case NEAR_BALANCED -> random.nextInt(4) == 0 ? null : Math.max(0, perJuror - 2 + random.nextInt(5));
          case TIGHT -> random.nextInt(perJuror + 2);
          case RANDOM -> random.nextInt(4) == 0 ? null : random.nextInt(2 * perJuror + 2);
        };
        String id = "juri" + (char) ('A' + random.nextInt(26)) + j; // ids not in alphabetical order of position
        ids.add(id);
        jurors.add(new JurorProfile(id, affiliations, cap));
      }
      List<List<String>> normalisedAffiliations = new ArrayList<>();
      for (JurorProfile juror : jurors) {
        normalisedAffiliations.add(juror.affiliations().stream().map(Instance::normalise).toList());
      }
      Map<String, Integer> entryIndex = new HashMap<>();
      boolean[][] conflicted = new boolean[entryCount][jurorCount];
      for (int e = 0; e < entryCount; e++) {
        entryIndex.put(entries.get(e).entryKey(), e);
        String agency = normalise(entries.get(e).agency());
        for (int j = 0; j < jurorCount; j++) {
          conflicted[e][j] = normalisedAffiliations.get(j).contains(agency);
        }
      }
      return new Instance(new AssignmentRequest(entries, jurors, k), ids, entryIndex, conflicted);
    }

    private static String agencyName(int agency) {
      return "Urusan " + agency;
    }

    private static String normalise(String agency) {
      return agency.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    int jurorIndex(String id) {
      return jurorIds.indexOf(id);
    }

    boolean conflicted(EntryToAssign entry, int juror) {
      return conflicted[entryIndex.get(entry.entryKey())][juror];
    }

    /** No conflict and a cap that allows at least one entry. */
    boolean usable(int entry, int juror) {
      Integer cap = request.jurors().get(juror).cap();
      return !conflicted[entry][juror] && (cap == null || cap > 0);
    }

    int eligibleCount(EntryToAssign entry) {
      int e = entryIndex.get(entry.entryKey());
      int count = 0;
      for (int j = 0; j < jurorIds.size(); j++) {
        count += usable(e, j) ? 1 : 0;
      }
      return count;
    }

    boolean everyEntryHasEnoughEligibleJurors() {
      int k = request.jurorsPerEntry();
      return k <= jurorIds.size() && request.entries().stream().allMatch(e -> eligibleCount(e) >= k);
    }
  }

  /**
   * Independent oracle: maximum flow with juror capacities min(limit, cap), built from scratch each call. A greedy
   * first fill (entries in input order, jurors from the last to the first) and then Edmonds–Karp (BFS shortest
   * augmenting paths in the residual network) until no path is left; any feasible starting flow reaches the maximum.
   */
  static final class ReferenceFlow {

    private final Instance instance;

    ReferenceFlow(Instance instance) {
      this.instance = instance;
    }

    long maxFlow(int limit) {
      AssignmentRequest request = instance.request();
      int n = request.entries().size();
      int jurors = request.jurors().size();
      int k = request.jurorsPerEntry();
      int source = n + jurors;
      int sink = source + 1;
      int nodes = sink + 1;
      int maxEdges = 2 * (n + jurors + n * jurors);
      int[] head = new int[nodes];
      Arrays.fill(head, -1);
      int[] next = new int[maxEdges];
      int[] to = new int[maxEdges];
      int[] residual = new int[maxEdges];
      int[] count = {0};
      int[] sourceEdge = new int[n];
      int[] sinkEdge = new int[jurors];
      int[][] pairEdge = new int[n][jurors];
      for (int e = 0; e < n; e++) {
        sourceEdge[e] = addEdge(head, next, to, residual, count, source, e, k);
        for (int j = 0; j < jurors; j++) {
          pairEdge[e][j] = instance.usable(e, j) ? addEdge(head, next, to, residual, count, e, n + j, 1) : -1;
        }
      }
      for (int j = 0; j < jurors; j++) {
        Integer cap = request.jurors().get(j).cap();
        sinkEdge[j] = addEdge(head, next, to, residual, count, n + j, sink, cap == null ? limit : Math.min(limit, cap));
      }
      long total = 0;
      for (int e = 0; e < n; e++) {
        for (int j = jurors - 1; j >= 0 && residual[sourceEdge[e]] > 0; j--) {
          if (pairEdge[e][j] >= 0 && residual[sinkEdge[j]] > 0) {
            for (int edge : new int[] {sourceEdge[e], pairEdge[e][j], sinkEdge[j]}) {
              residual[edge]--;
              residual[edge ^ 1]++;
            }
            total++;
          }
        }
      }
      int[] via = new int[nodes];
      int[] queue = new int[nodes];
      while (true) {
        Arrays.fill(via, -1);
        via[source] = -2;
        int qh = 0;
        int qt = 0;
        queue[qt++] = source;
        while (qh < qt && via[sink] == -1) {
          int u = queue[qh++];
          for (int edge = head[u]; edge >= 0; edge = next[edge]) {
            if (residual[edge] > 0 && via[to[edge]] == -1) {
              via[to[edge]] = edge;
              queue[qt++] = to[edge];
            }
          }
        }
        if (via[sink] == -1) {
          return total;
        }
        int bottleneck = Integer.MAX_VALUE;
        for (int v = sink; v != source; v = to[via[v] ^ 1]) {
          bottleneck = Math.min(bottleneck, residual[via[v]]);
        }
        for (int v = sink; v != source; v = to[via[v] ^ 1]) {
          residual[via[v]] -= bottleneck;
          residual[via[v] ^ 1] += bottleneck;
        }
        total += bottleneck;
      }
    }

    private static int addEdge(int[] head, int[] next, int[] to, int[] residual, int[] count, int u, int v, int c) {
      int edge = count[0];
      to[edge] = v;
      residual[edge] = c;
      next[edge] = head[u];
      head[u] = edge;
      to[edge + 1] = u;
      next[edge + 1] = head[v];
      head[v] = edge + 1;
      count[0] += 2;
      return edge;
    }
  }
}
