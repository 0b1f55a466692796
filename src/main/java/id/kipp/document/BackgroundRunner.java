package id.kipp.document;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Work the application does after start in one background daemon thread, so that it serves meanwhile: once, or again
 * every {@link #interval()} after the previous run ended. A run ended by an error is logged and ends that run only
 * (a repeated work runs again at its time). When the application stops, the thread is interrupted and awaited for up
 * to 30 seconds: a work that checks its thread's interruption stops after the unit under way.
 */
abstract class BackgroundRunner implements ApplicationRunner, DisposableBean {

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final String threadName;
  private final String failure;
  private ScheduledExecutorService executor;

  /**
   * @param threadName the background thread's name
   * @param failure what the log says when a run ends with an error
   */
  BackgroundRunner(String threadName, String failure) {
    this.threadName = threadName;
    this.failure = failure;
  }

  /** Whether the work runs at all; asked once, at start (and may log why not). */
  abstract boolean enabled();

  /** The pause between the end of one run and the start of the next; {@code null}: the work runs once. */
  abstract Duration interval();

  /** One run of the work, in the background thread. */
  abstract void work();

  @Override
  public synchronized void run(ApplicationArguments args) {
    if (!enabled()) {
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      return thread;
    });
    Duration interval = interval();
    if (interval == null) {
      executor.execute(this::runOnce);
      executor.shutdown(); // the thread ends with the run
    } else {
      executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private void runOnce() {
    try {
      work();
    } catch (RuntimeException e) {
      log.error(failure, e);
    }
  }

  /** Waits until a work that runs once has ended (tests). */
  synchronized void await() throws InterruptedException {
    if (executor != null) {
      executor.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public synchronized void destroy() throws InterruptedException {
    if (executor != null) {
      executor.shutdownNow();
      executor.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
