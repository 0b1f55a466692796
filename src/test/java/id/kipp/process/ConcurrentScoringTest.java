package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Twenty jurors submit their scores for the same entry at the same moment: every score is kept exactly once and the
 * entry's desk score counts all twenty (each completion commits on its own; joining the jurors is an asynchronous step
 * that retries on optimistic-locking conflicts). The same for the presentation scores, where no juror's submission
 * may even be refused: each juror's instance of {@code penilaian-presentasi} returns to the entry in a job of its own.
 */
class ConcurrentScoringTest extends ProcessTestBase {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void twentyJurorsAtOnce() throws Exception {
    driver.withJurors(20);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 20));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Ramai");
    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    assertThat(tasks).hasSize(20);

    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> submissions = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      int score = 60 + i; // 60..79
      submissions.add(pool.submit(() -> {
        start.await();
        driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(score, score));
        return null;
      }));
    }
    start.countDown();
    for (Future<?> submission : submissions) {
      submission.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    driver.runJobs();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE entry_key = ? AND stage = 'DESK'",
        Integer.class, entry.getBusinessKey())).isEqualTo(20);
    // mean of 60..79 = 69.5
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskScore")).isEqualTo(69.5);
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskJurorCount")).isEqualTo(20L);
    assertThat(driver.editionVariable("deskEvaluatedCount")).isEqualTo(1L);
  }

  @Test
  void twentyPresentationScoresAtOnceNoneRefused() throws Exception {
    driver.withJurors(20);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Dinilai Bersama");
    Task desk = driver.task(entry, "Task_DeskEvaluation");
    driver.submit(desk, desk.getAssignee(), CompetitionDriver.rubric(80, 80));
    driver.runJobs();
    driver.confirmTimetable();
    List<Task> tasks = driver.tasks(entry, "Task_PresentationEvaluation");
    assertThat(tasks).hasSize(20);

    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> submissions = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      int score = 60 + i; // 60..79
      submissions.add(pool.submit(() -> {
        start.await();
        driver.submit(task, task.getAssignee(), java.util.Map.of("presentationScoreInput", score));
        return null;
      }));
    }
    start.countDown();
    for (Future<?> submission : submissions) {
      submission.get(60, TimeUnit.SECONDS); // a refused submission (optimistic locking) fails here
    }
    pool.shutdown();
    driver.runJobs();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE entry_key = ? AND stage = 'PRESENTATION'",
        Integer.class, entry.getBusinessKey())).isEqualTo(20);
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "presentationScore")).isEqualTo(69.5);
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "presentationJurorCount")).isEqualTo(20L);
    assertThat(driver.editionVariable("presentedCount")).isEqualTo(1L);
  }
}
