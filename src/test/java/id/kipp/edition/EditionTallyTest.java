package id.kipp.edition;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.edition.EditionTally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entries' reports counted in table {@code edition_tally}: reports of one edition at the same moment, each in a
 * transaction of its own as the entries' jobs run them, are all counted, and exactly one transaction — the last
 * report or the edition setting what it expects, whichever comes second — sees the stage complete.
 */
@SpringBootTest
@ActiveProfiles("test")
class EditionTallyTest {

  static final int REPORTS = 120;

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
        futures.add(pool.submit(() -> {
          start.await();
          transactions.executeWithoutResult(status -> {
            if (tally.report(edition, ReportedStage.SCREENING, passed).completedByReport()) {
              completions.incrementAndGet();
            }
            pause(); // the rest of the entry's transaction, with the row held
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
  void everyReportInBeforeTheEditionWaitsCompletesTheStageWhenItSetsWhatItExpects() {
    String edition = "AWAL" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> tally.prepare(edition));
    for (int i = 0; i < 3; i++) {
      Tally counted = transactions.execute(status -> tally.report(edition, ReportedStage.PRESENTATION, false));
      assertThat(counted.completedByReport()).isFalse();
    }
    assertThat(transactions.execute(status -> tally.expect(edition, ReportedStage.PRESENTATION, 3, 0, 0)).complete())
        .isTrue();
    assertThat(tally.read(edition, ReportedStage.PRESENTATION)).isEqualTo(new Tally(3L, 3, 0));
  }

  @Test
  void reportsCountedByAnEditionOnAnOlderModelAreAddedWhenItWaits() {
    String edition = "PINDAH" + System.nanoTime() + "-2030";
    // moved to the current model in the middle of screening: 7 reports (5 passed) in its variables, 2 since
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.SCREENING, true));
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.SCREENING, false));
    Tally counted = transactions.execute(status -> tally.expect(edition, ReportedStage.SCREENING, 10, 7, 5));
    assertThat(counted).isEqualTo(new Tally(10L, 9, 6));
    assertThat(counted.complete()).isFalse();
    assertThat(transactions.execute(status -> tally.report(edition, ReportedStage.SCREENING, true))
        .completedByReport()).isTrue();
  }

  @Test
  void aReportRolledBackIsNotCountedAndAMissingRowIsCreated() {
    String edition = "BATAL" + System.nanoTime() + "-2030";
    transactions.executeWithoutResult(status -> {
      tally.report(edition, ReportedStage.DESK_EVALUATION, false);
      status.setRollbackOnly();
    });
    assertThat(tally.read(edition, ReportedStage.DESK_EVALUATION)).isEqualTo(new Tally(null, 0, 0));
    transactions.executeWithoutResult(status -> tally.report(edition, ReportedStage.DESK_EVALUATION, false));
    transactions.executeWithoutResult(status -> tally.prepare(edition)); // an existing row keeps its count
    assertThat(tally.read(edition, ReportedStage.DESK_EVALUATION)).isEqualTo(new Tally(null, 1, 0));
  }

  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
