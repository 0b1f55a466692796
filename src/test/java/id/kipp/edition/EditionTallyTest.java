package id.kipp.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.edition.EditionTally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entries' reports counted in table {@code edition_tally}: reports of one edition at the same moment, each in a
 * transaction of its own as the entries' jobs run them, are all counted, and exactly one transaction — the last
 * report or the edition setting what it expects, whichever comes second — sees the stage complete. A report is
 * counted as its transaction commits, so reports whose transactions go on with slow work do not wait for each other.
 * The pool has room for half the reports of {@link #slowReportsAtOnce} at once.
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=" + (EditionTallyTest.AT_ONCE / 2 + 1))
@ActiveProfiles("test")
// its pool is three times the others' (application-test.yaml): closed after the class, not kept in the context cache,
// so that the PostgreSQL run stays below the server's max_connections
@DirtiesContext
class EditionTallyTest {

  static final int REPORTS = 120;
  /** Reports at once, each followed by {@link #SLOW_WORK_MS} of other work in its transaction. */
  static final int AT_ONCE = 50;
  static final long SLOW_WORK_MS = 50;

  @Autowired
  EditionTally tally;

  @Autowired
  PlatformTransactionManager transactionManager;

  TransactionTemplate transactions;

  @BeforeEach
  void transactions() {
    transactions = new TransactionTemplate(transactionManager);
  }

  @Test
  void concurrentReportsAreAllCountedAndExactlyOneCompletesTheStage() throws Exception {
    String edition = "HITUNG" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> tally.prepare(edition));
    AtomicInteger completions = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < REPORTS; i++) {
        boolean passed = i % 3 != 0;
        String entry = edition + "-" + i;
        futures.add(pool.submit(() -> {
          start.await();
          transactions.executeWithoutResult(status -> {
            tally.report(edition, ReportedStage.SCREENING, entry, passed, counted -> completions.incrementAndGet());
            pause(2); // the rest of the entry's transaction
          });
          return null;
        }));
        if (i == REPORTS / 2) {
          // registration closes while entries report: the edition sets what it expects in its own transaction
          futures.add(pool.submit(() -> {
            start.await();
            transactions.executeWithoutResult(status -> {
              if (tally.expect(edition, ReportedStage.SCREENING, REPORTS, 0, 0).complete()) {
                completions.incrementAndGet();
              }
            });
            return null;
          }));
        }
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Tally counted = tally.read(edition, ReportedStage.SCREENING);
    assertThat(counted.reported()).isEqualTo(REPORTS);
    assertThat(counted.passed()).isEqualTo(REPORTS - REPORTS / 3);
    assertThat(counted.expected()).isEqualTo((long) REPORTS);
    assertThat(completions).hasValue(1);
    // the other stages of the edition are untouched
    assertThat(tally.read(edition, ReportedStage.DESK_EVALUATION)).isEqualTo(new Tally(null, 0, 0));
  }

  @Test
  void reportsWhileTheEditionDoesNotYetWaitDoNotWaitForEachOther() throws Exception {
    String edition = "SERENTAK" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> tally.prepare(edition));
    AtomicInteger completions = new AtomicInteger();
    long millis = slowReportsAtOnce(edition, ReportedStage.SCREENING, completions);
    // one after the other they would take AT_ONCE × SLOW_WORK_MS (2.5 s); with room for half at once, about two
    // rounds of SLOW_WORK_MS (the bound leaves room for a busy machine)
    assertThat(millis).as("%d reports with %d ms of work each", AT_ONCE, SLOW_WORK_MS)
        .isLessThan(AT_ONCE * SLOW_WORK_MS / 3);
    assertThat(tally.read(edition, ReportedStage.SCREENING)).isEqualTo(new Tally(null, AT_ONCE, AT_ONCE / 2));
    // registration closes: the edition completes the stage
    Tally closed = transactions.execute(status -> tally.expect(edition, ReportedStage.SCREENING, AT_ONCE, 0, 0));
    assertThat(closed).isEqualTo(new Tally((long) AT_ONCE, AT_ONCE, AT_ONCE / 2));
    assertThat(completions).hasValue(0);
  }

  @Test
  void reportsOnceTheEditionWaitsQueueOnlyForEachOthersCommit() throws Exception {
    String edition = "MENUNGGU" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> {
      tally.prepare(edition);
      tally.expect(edition, ReportedStage.DESK_EVALUATION, AT_ONCE, 0, 0);
    });
    AtomicInteger completions = new AtomicInteger();
    long millis = slowReportsAtOnce(edition, ReportedStage.DESK_EVALUATION, completions);
    // each holds the stage's row for its commit only, not for its work
    assertThat(millis).as("%d reports with %d ms of work each", AT_ONCE, SLOW_WORK_MS)
        .isLessThan(AT_ONCE * SLOW_WORK_MS / 2);
    assertThat(tally.read(edition, ReportedStage.DESK_EVALUATION))
        .isEqualTo(new Tally((long) AT_ONCE, AT_ONCE, AT_ONCE / 2));
    assertThat(completions).hasValue(1);
  }

  /**
   * {@link #AT_ONCE} reports of {@code stage} at once, every second one passed, each followed in its transaction by
   * {@link #SLOW_WORK_MS} of other work (the engine's flush of the entry's job); counts the calls of the last
   * report's action in {@code completions} (after the work of its transaction, or the test fails); the milliseconds
   * they took, the pool's connections opened before.
   */
  private long slowReportsAtOnce(String edition, ReportedStage stage, AtomicInteger completions) throws Exception {
    concurrently(AT_ONCE, () -> transactions.executeWithoutResult(status -> {
      tally.read(edition, ReportedStage.PRESENTATION);
      pause(SLOW_WORK_MS);
    }));
    AtomicInteger entries = new AtomicInteger();
    AtomicInteger completedBeforeItsWorkWasDone = new AtomicInteger();
    long started = System.nanoTime();
    concurrently(AT_ONCE, () -> transactions.executeWithoutResult(status -> {
      int entry = entries.incrementAndGet();
      AtomicBoolean workDone = new AtomicBoolean();
      tally.report(edition, stage, edition + "-" + entry, entry % 2 == 0, counted -> {
        completions.incrementAndGet();
        if (!workDone.get()) {
          completedBeforeItsWorkWasDone.incrementAndGet();
        }
      });
      pause(SLOW_WORK_MS);
      workDone.set(true);
    }));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("%d reports of %s at once, each with %d ms of work after it: %d ms%n", AT_ONCE, stage,
        SLOW_WORK_MS, millis);
    assertThat(completedBeforeItsWorkWasDone).hasValue(0);
    return millis;
  }

  @Test
  void everyReportInBeforeTheEditionWaitsCompletesTheStageWhenItSetsWhatItExpects() {
    String edition = "AWAL" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> tally.prepare(edition));
    AtomicInteger completions = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      String entry = edition + "-" + i;
      transactions.executeWithoutResult(status ->
          tally.report(edition, ReportedStage.PRESENTATION, entry, false, counted -> completions.incrementAndGet()));
    }
    assertThat(completions).hasValue(0);
    assertThat(transactions.execute(status -> tally.expect(edition, ReportedStage.PRESENTATION, 3, 0, 0)).complete())
        .isTrue();
    assertThat(tally.read(edition, ReportedStage.PRESENTATION)).isEqualTo(new Tally(3L, 3, 0));
  }

  @Test
  void reportsCountedByAnEditionOnAnOlderModelAreAddedWhenItWaits() {
    String edition = "PINDAH" + System.nanoTime() + "-2030";
    // moved to the current model in the middle of screening: 7 reports (5 passed) in its variables, 2 since
    List<Tally> completed = new ArrayList<>();
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.SCREENING, "A", true,
        completed::add));
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.SCREENING, "B", false,
        completed::add));
    Tally counted = transactions.execute(status -> tally.expect(edition, ReportedStage.SCREENING, 10, 7, 5));
    assertThat(counted).isEqualTo(new Tally(10L, 9, 6));
    assertThat(counted.complete()).isFalse();
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.SCREENING, "C", true,
        completed::add));
    assertThat(completed).containsExactly(new Tally(10L, 10, 7));
  }

  @Test
  void aReportRolledBackIsNotCountedAndAMissingRowIsCreated() {
    String edition = "BATAL" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> {
      tally.report(edition, ReportedStage.DESK_EVALUATION, "A", false, counted -> { });
      status.setRollbackOnly();
    });
    // the job failing after its report: rolled back, the report with it
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      tally.report(edition, ReportedStage.DESK_EVALUATION, "A", false, counted -> { });
      pause(SLOW_WORK_MS);
      throw new IllegalStateException("the rest of the job failed");
    })).hasMessage("the rest of the job failed");
    assertThat(tally.read(edition, ReportedStage.DESK_EVALUATION)).isEqualTo(new Tally(null, 0, 0));
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.DESK_EVALUATION, "A", false,
        counted -> { }));
    transactions.executeWithoutResult(status -> tally.prepare(edition)); // an existing row keeps its count
    assertThat(tally.read(edition, ReportedStage.DESK_EVALUATION)).isEqualTo(new Tally(null, 1, 0));
    // the same entry's report again (its job repeated from Cockpit, say) counts once, before the edition waits as after
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.DESK_EVALUATION, "A", false,
        counted -> { }));
    Tally waiting = transactions.execute(status -> tally.expect(edition, ReportedStage.DESK_EVALUATION, 2, 0, 0));
    assertThat(waiting).isEqualTo(new Tally(2L, 1, 0));
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.DESK_EVALUATION, "A", false,
        counted -> { }));
    assertThat(tally.read(edition, ReportedStage.DESK_EVALUATION)).isEqualTo(new Tally(2L, 1, 0));
    // without a transaction there is no end to count it at
    assertThatThrownBy(() -> tally.report(edition, ReportedStage.DESK_EVALUATION, "B", false, counted -> { }))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailureOfTheLastReportsActionRollsItsTransactionBack() {
    String edition = "GAGAL" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> tally.expect(edition, ReportedStage.PRESENTATION, 1, 0, 0));
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> tally.report(edition,
        ReportedStage.PRESENTATION, "A", false, counted -> {
          throw new IllegalStateException("the edition could not continue");
        }))).hasMessage("the edition could not continue");
    assertThat(tally.read(edition, ReportedStage.PRESENTATION)).isEqualTo(new Tally(1L, 0, 0));
  }

  /** Runs {@code work} {@code times} at once, each on a thread of its own; waits for all. */
  private static void concurrently(int times, Runnable work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          work.run();
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
