package id.kipp.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the heap and the machine's load average while the benchmark runs: the highest heap in use (sampled every
 * 200 ms), the largest live set seen after a collection (the old generation's usage after GC) and the total GC time.
 */
final class HeapMonitor implements AutoCloseable {

  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile double peakLoad;
  final String loadAtStart = loadAverage();

  HeapMonitor() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = new Thread(this::sample, "benchmark-heap-monitor");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    int tick = 0;
    while (running) {
      peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      if (tick++ % 25 == 0) {
        peakLoad = Math.max(peakLoad, oneMinuteLoad());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  long peakUsedBytes() {
    return Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /** Largest heap still in use right after a collection (sum over the heap pools' post-GC peaks). */
  long peakLiveAfterGcBytes() {
    long live = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
          && pool.getName().toLowerCase().contains("old")) {
        live = Math.max(live, pool.getCollectionUsage().getUsed());
      }
    }
    return live;
  }

  long maxHeapBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0).sum();
  }

  double peakLoad() {
    return Math.max(peakLoad, oneMinuteLoad());
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static double oneMinuteLoad() {
    try {
      return Double.parseDouble(loadAverage().split(" ")[0]);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
