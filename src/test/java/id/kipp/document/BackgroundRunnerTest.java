package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shape shared by the document store's background work: once or repeated, errors, the stop. */
class BackgroundRunnerTest {

  /** Counts its runs in its thread; a run may fail or wait to be interrupted. */
  static class Counting extends BackgroundRunner {
    final boolean enabled;
    final Duration interval;
    final AtomicInteger runs = new AtomicInteger();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CountDownLatch thirdRun = new CountDownLatch(3);
    volatile boolean fail;
    volatile boolean block;
    volatile boolean interrupted;

    Counting(boolean enabled, Duration interval) {
      super("kipp-test-runner", "test run failed (expected by the test)");
      this.enabled = enabled;
      this.interval = interval;
    }

    @Override
    boolean enabled() {
      return enabled;
    }

    @Override
    Duration interval() {
      return interval;
    }

    @Override
    void work() {
      runs.incrementAndGet();
      threads.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " daemon" : ""));
      thirdRun.countDown();
      if (block) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (fail) {
        throw new IllegalStateException("run " + runs.get() + " failed");
      }
    }
  }

  @Test
  void aDisabledWorkNeverRuns() throws Exception {
    Counting runner = new Counting(false, null);
    runner.run(null);
    runner.await();
    runner.destroy();
    assertThat(runner.runs).hasValue(0);
  }

  @Test
  void aWorkWithoutIntervalRunsOnceInADaemonThreadOfItsName() throws Exception {
    Counting runner = new Counting(true, null);
    runner.run(null);
    runner.await();
    assertThat(runner.runs).hasValue(1);
    assertThat(runner.threads).containsExactly("kipp-test-runner daemon");
    runner.destroy();
    assertThat(runner.runs).hasValue(1);
  }

  @Test
  void aRepeatedWorkGoesOnAfterAFailedRun() throws Exception {
    Counting runner = new Counting(true, Duration.ofSeconds(1));
    runner.fail = true;
    try {
      runner.run(null);
      assertThat(runner.thirdRun.await(20, TimeUnit.SECONDS)).as("three runs although each failed").isTrue();
    } finally {
      runner.destroy();
    }
    int runs = runner.runs.get();
    Thread.sleep(200);
    assertThat(runner.runs).as("nothing runs after the stop").hasValue(runs);
  }

  @Test
  void theStopInterruptsTheRunUnderWay() throws Exception {
    Counting runner = new Counting(true, null);
    runner.block = true;
    runner.run(null);
    long until = System.currentTimeMillis() + 20_000;
    while (runner.runs.get() == 0 && System.currentTimeMillis() < until) {
      Thread.sleep(10);
    }
    runner.destroy();
    assertThat(runner.interrupted).isTrue();
  }
}
