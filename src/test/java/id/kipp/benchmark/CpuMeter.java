package id.kipp.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time spent by the benchmark's JVM (application and driver) and by the PostgreSQL backends of its database, the
 * measure comparable between runs on a machine other builds load (wall time is not). The backends' time is read from
 * {@code /proc/<pid>/stat} (PostgreSQL on the same machine); a backend that ended between two readings loses its
 * share, the pool keeps its connections for 30 minutes. Zero where the numbers cannot be read.
 */
final class CpuMeter {

  /** CPU nanoseconds of the JVM and of the database's backends at one moment. */
  record Reading(long jvmNanos, Map<Integer, Long> backendTicks) {}

  private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ = 100 on Linux

  private final JdbcTemplate jdbc;

  CpuMeter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Reading read() {
    return new Reading(jvmNanos(), backendTicks());
  }

  /** Milliseconds of CPU of the JVM and of the backends since {@code before}. */
  double[] millisSince(Reading before) {
    Reading now = read();
    long ticks = 0;
    for (Map.Entry<Integer, Long> backend : now.backendTicks().entrySet()) {
      ticks += backend.getValue() - before.backendTicks().getOrDefault(backend.getKey(), 0L);
    }
    return new double[] {(now.jvmNanos() - before.jvmNanos()) / 1e6, ticks * NANOS_PER_TICK / 1e6};
  }

  private static long jvmNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private Map<Integer, Long> backendTicks() {
    Map<Integer, Long> ticks = new HashMap<>();
    for (Integer pid : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
        Integer.class)) {
      try {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // utime, stime
      } catch (IOException | RuntimeException unreadable) {
        // another machine, or the backend ended
      }
    }
    return ticks;
  }
}
