package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * A juror's desk evaluation returns to its entry in one job, which the job executor never runs at the same time as
 * another exclusive job of the same entry (its process hierarchy).
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

  /**
   * One job per juror submission, and the job executor keeps the returns of one entry's jurors apart: it acquires the
   * entry's juror jobs as one batch (run one after another on one thread), and none of them while another exclusive
   * job of the entry's hierarchy is running (setting {@code jobExecutorAcquireExclusiveOverProcessHierarchies}).
   * Without the setting each juror instance is a process instance of its own, so the three would run at once and
   * race on the entry's multi-instance counters (optimistic locking, retried).
   */
  @Test
  void jurorReturnsOfOneEntryAreOneJobEachAndNeverRunAtOnce() {
    driver.withJurors(3);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 3));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Berurutan");
    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    assertThat(tasks).hasSize(3);
    for (Task task : tasks) {
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(70, 70));
    }
    List<Job> returns = engine.getManagementService().createJobQuery().rootProcessInstanceId(entry.getId()).list();
    assertThat(returns).as("one job per juror submission").hasSize(3)
        .allSatisfy(job -> assertThat(job.getProcessInstanceId()).isNotEqualTo(entry.getId()));
    List<String> ids = returns.stream().map(Job::getId).toList();

    try {
      AcquiredJobs acquired = acquire();
      List<List<String>> batches = acquired.getJobIdBatches().stream()
          .filter(batch -> batch.stream().anyMatch(ids::contains)).toList();
      assertThat(batches).as("the entry's juror jobs in one batch").hasSize(1);
      assertThat(batches.get(0)).containsExactlyInAnyOrderElementsOf(ids);
      release();

      // one of them running: the other two are not acquired until it is done
      jdbc.update("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? WHERE ID_ = ?", LOCK_OWNER,
          new Timestamp(ClockUtil.getCurrentTime().getTime() + 300_000), ids.get(0));
      AcquiredJobs meanwhile = acquire();
      assertThat(ids.subList(1, 3)).noneMatch(meanwhile::contains);
    } finally {
      release();
    }

    driver.runJobs();
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskScore")).isEqualTo(70.0);
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskJurorCount")).isEqualTo(3L);
    assertThat(driver.editionVariable("deskEvaluatedCount")).isEqualTo(1L);
  }

  private static final String LOCK_OWNER = "ConcurrentScoringTest";

  /** What the job executor's acquisition takes now (every executable job of the database, locked to this test). */
  private AcquiredJobs acquire() {
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setLockOwner(LOCK_OWNER);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(executor, 10_000));
  }

  /** Gives back every job this test's acquisitions locked (other test classes' jobs included). */
  private void release() {
    jdbc.update("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL WHERE LOCK_OWNER_ = ?", LOCK_OWNER);
  }
}
