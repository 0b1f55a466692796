package id.kipp.evaluation.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Source → entries → jurors → sink, in arrays. Edge e and e ^ 1 are a pair (forward, backward); adjacency lists keep
 * insertion order: source edges in entry-key order, then juror→sink edges, then entry→juror edges in juror order.
 *
 * <p>The flow network of {@link BalancedAssignment} (its class documentation explains the model and why the phases
 * balance); Dinic's algorithm without recursion. Plain Java.
 */
final class FlowNetwork {

  private final int entries;
  private final int source;
  private final int sink;
  private final int[] to;
  private final int[] cap;
  private final int[] flow;
  private final int[] adjStart;
  private final int[] adj;
  private final int[] sinkEdge;
  private final int[] firstJurorEdge;
  private final int[] level;
  private final int[] current;
  private final int[] queue;
  private final int[] path;
  private int edgeCount;

  FlowNetwork(int entries, int jurors, int k, boolean[][] eligible) {
    this.entries = entries;
    int nodes = entries + jurors + 2;
    source = 0;
    sink = nodes - 1;
    int pairs = 0;
    for (boolean[] row : eligible) {
      for (boolean ok : row) {
        pairs += ok ? 1 : 0;
      }
    }
    int edges = 2 * (entries + jurors + pairs);
    to = new int[edges];
    cap = new int[edges];
    flow = new int[edges];
    int[] from = new int[edges];
    sinkEdge = new int[jurors];
    firstJurorEdge = new int[entries];
    for (int e = 0; e < entries; e++) {
      addEdge(from, source, entryNode(e), k);
    }
    for (int j = 0; j < jurors; j++) {
      sinkEdge[j] = edgeCount;
      addEdge(from, jurorNode(j), sink, 0);
    }
    for (int e = 0; e < entries; e++) {
      firstJurorEdge[e] = edgeCount;
      for (int j = 0; j < jurors; j++) {
        if (eligible[e][j]) {
          addEdge(from, entryNode(e), jurorNode(j), 1);
        }
      }
    }
    adjStart = new int[nodes + 1];
    for (int edge = 0; edge < edges; edge++) {
      adjStart[from[edge] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      adjStart[v + 1] += adjStart[v];
    }
    adj = new int[edges];
    int[] fill = Arrays.copyOf(adjStart, nodes);
    for (int edge = 0; edge < edges; edge++) {
      adj[fill[from[edge]]++] = edge;
    }
    level = new int[nodes];
    current = new int[nodes];
    queue = new int[nodes];
    path = new int[nodes];
  }

  private void addEdge(int[] from, int u, int v, int capacity) {
    from[edgeCount] = u;
    to[edgeCount] = v;
    cap[edgeCount] = capacity;
    edgeCount++;
    from[edgeCount] = v;
    to[edgeCount] = u;
    cap[edgeCount] = 0;
    edgeCount++;
  }

  /** Back to the empty flow with every juror→sink capacity 0. */
  void clear() {
    Arrays.fill(flow, 0);
    for (int edge : sinkEdge) {
      cap[edge] = 0;
    }
  }

  int entryNode(int e) {
    return 1 + e;
  }

  int jurorNode(int j) {
    return 1 + entries + j;
  }

  boolean raiseJurorCapacity(int j, int capacity) {
    if (capacity <= cap[sinkEdge[j]]) {
      return false;
    }
    cap[sinkEdge[j]] = capacity;
    return true;
  }

  int load(int j) {
    return flow[sinkEdge[j]];
  }

  List<Integer> jurorsOf(int e) {
    List<Integer> chosen = new ArrayList<>();
    int end = e + 1 < entries ? firstJurorEdge[e + 1] : edgeCount;
    for (int edge = firstJurorEdge[e]; edge < end; edge += 2) {
      if (flow[edge] == 1) {
        chosen.add(to[edge] - 1 - entries);
      }
    }
    return chosen;
  }

  /** Dinic: augments the current flow to a maximum flow; returns the increase. */
  long maxFlow() {
    long total = 0;
    while (buildLevels()) {
      System.arraycopy(adjStart, 0, current, 0, current.length);
      total += blockingFlow();
    }
    return total;
  }

  private boolean buildLevels() {
    Arrays.fill(level, -1);
    int head = 0;
    int tail = 0;
    queue[tail++] = source;
    level[source] = 0;
    while (head < tail) {
      int u = queue[head++];
      for (int i = adjStart[u]; i < adjStart[u + 1]; i++) {
        int edge = adj[i];
        int v = to[edge];
        if (level[v] < 0 && cap[edge] - flow[edge] > 0) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    return level[sink] >= 0;
  }

  /**
   * Augmenting paths along the level graph, found depth-first without recursion. Every path contains an
   * entry→juror edge or its backward edge (residual 1), so each path carries exactly one unit.
   */
  private long blockingFlow() {
    long pushed = 0;
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        for (int d = 0; d < depth; d++) {
          flow[path[d]]++;
          flow[path[d] ^ 1]--;
        }
        pushed++;
        depth = 0;
        u = source;
        continue;
      }
      boolean advanced = false;
      for (; current[u] < adjStart[u + 1]; current[u]++) {
        int edge = adj[current[u]];
        int v = to[edge];
        if (level[v] == level[u] + 1 && cap[edge] - flow[edge] > 0) {
          path[depth++] = edge;
          u = v;
          advanced = true;
          break;
        }
      }
      if (!advanced) {
        if (u == source) {
          return pushed;
        }
        level[u] = -1; // dead end for the rest of this level graph
        int edge = path[--depth];
        u = to[edge ^ 1];
        current[u]++;
      }
    }
  }

  boolean[] reachableFromSource() {
    boolean[] seen = new boolean[level.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = source;
    seen[source] = true;
    while (head < tail) {
      int u = queue[head++];
      for (int i = adjStart[u]; i < adjStart[u + 1]; i++) {
        int edge = adj[i];
        if (!seen[to[edge]] && cap[edge] - flow[edge] > 0) {
          seen[to[edge]] = true;
          queue[tail++] = to[edge];
        }
      }
    }
    return seen;
  }
}
