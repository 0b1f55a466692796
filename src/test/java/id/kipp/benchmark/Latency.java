package id.kipp.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Latencies of one kind of operation, kept whole (no sampling) and read as nearest-rank percentiles. */
final class Latency {

  private long[] nanos = new long[1024];
  private int size;

  synchronized void record(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  <T> T time(Supplier<T> action) {
    long start = System.nanoTime();
    try {
      return action.get();
    } finally {
      record(System.nanoTime() - start);
    }
  }

  synchronized int count() {
    return size;
  }

  /** Nearest-rank percentile in milliseconds ({@code p} in 0..100); NaN when nothing was recorded. */
  synchronized double millis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
  }

  synchronized double maxMillis() {
    return millis(100);
  }

  synchronized void addAll(Latency other) {
    long[] theirs;
    int count;
    synchronized (other) {
      theirs = Arrays.copyOf(other.nanos, other.size);
      count = other.size;
    }
    for (int i = 0; i < count; i++) {
      record(theirs[i]);
    }
  }
}
