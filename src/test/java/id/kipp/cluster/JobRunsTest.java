package id.kipp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exactly-once check of the two-node test, on job logs written as the engine writes them. */
class JobRunsTest {

  private static JobRuns.Run run(String jobId, String type, String activity, String node, String at) {
    return new JobRuns.Run(jobId, type, activity, node, Timestamp.valueOf("2026-12-02 " + at));
  }

  private static List<JobRuns.Run> log(JobRuns.Run... runs) {
    return List.of(runs);
  }

  @Test
  void everyJobOnceIsFine() {
    var log = log(run("j1", "async-continuation", "ServiceTask_Register", "node1", "04:24:05"),
        run("j2", "timer-transition", "Timer_Remind", "node2", "04:24:06"),
        run("j3", "async-continuation", "ServiceTask_Score", "node1", "04:24:07"));
    assertThat(JobRuns.ranMoreThanOnce(log)).isEmpty();
  }

  @Test
  void theHistoryCleanupMayRunManyTimesUnderOneId() {
    // as seen on CI at 04:24 UTC: one cleanup job id, six successful runs on both nodes inside the 01:00-05:00 window
    var log = log(run("a1", "async-continuation", "ServiceTask_Register", "node1", "04:24:04"),
        run("hc", "history-cleanup", null, "node1", "04:24:05"),
        run("hc", "history-cleanup", null, "node2", "04:24:15"),
        run("hc", "history-cleanup", null, "node1", "04:24:25"),
        run("hc", "history-cleanup", null, "node2", "04:24:35"),
        run("hc", "history-cleanup", null, "node1", "04:24:45"),
        run("hc", "history-cleanup", null, "node2", "04:24:59"));
    assertThat(JobRuns.ranMoreThanOnce(log)).isEmpty();
    assertThat(JobRuns.selfReschedulingRuns(log)).isEqualTo(6);
  }

  @Test
  void anOrdinaryJobThatSucceededTwiceFailsTheCheckAndIsNamed() {
    var log = log(run("hc", "history-cleanup", null, "node1", "04:24:05"),
        run("hc", "history-cleanup", null, "node2", "04:24:15"),
        run("j7", "async-continuation", "ServiceTask_DeskScore", "node1", "04:24:20.5"),
        run("j8", "timer-transition", "Timer_Remind", "node1", "04:24:21"),
        run("j7", "async-continuation", "ServiceTask_DeskScore", "node2", "04:24:22.25"));
    assertThat(JobRuns.ranMoreThanOnce(log)).containsExactly("job j7 (type async-continuation, activity "
        + "ServiceTask_DeskScore) succeeded 2 times: node1 at 2026-12-02 04:24:20.5, node2 at 2026-12-02 04:24:22.25");
  }

  @Test
  void aTimerOfAnotherTypeIsNotExcusedEither() {
    var log = log(run("t1", "timer-intermediate-transition", "Timer_CloseRegistration", "node1", "04:24:20"),
        run("t1", "timer-intermediate-transition", "Timer_CloseRegistration", "node2", "04:24:21"));
    assertThat(JobRuns.ranMoreThanOnce(log)).hasSize(1).first().asString().contains("t1", "node1", "node2");
  }
}
