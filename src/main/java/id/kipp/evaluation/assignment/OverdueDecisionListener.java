package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.AGENCY;
import static id.kipp.evaluation.EvaluationVariables.ENTRY_KEY;
import static id.kipp.evaluation.EvaluationVariables.JUROR;
import static id.kipp.evaluation.EvaluationVariables.JURORS;
import static id.kipp.evaluation.EvaluationVariables.JUROR_DUE_AT;
import static id.kipp.evaluation.EvaluationVariables.NEW_DUE_DATE;
import static id.kipp.evaluation.EvaluationVariables.OVERDUE_ACTION;
import static id.kipp.evaluation.EvaluationVariables.REPLACEMENT_JUROR;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Processes;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Tindak lanjuti penilaian terlambat": the secretariat extends the juror's deadline
 * ({@code PERPANJANG}) or hands the evaluation to another juror ({@code ALIHKAN}) — one of the jury, not already on
 * this entry, without a conflict of interest — with a new deadline either way. The scoring task is then created anew.
 */
@Component("overdueDecisionListener")
public class OverdueDecisionListener implements TaskListener {

  private final CompetitionCalendar calendar;
  private final ConflictsOfInterest conflicts;

  public OverdueDecisionListener(CompetitionCalendar calendar, ConflictsOfInterest conflicts) {
    this.calendar = calendar;
    this.conflicts = conflicts;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    Object action = task.getVariable(OVERDUE_ACTION);
    LocalDate newDue = CompetitionCalendar.parseDay(task.getVariable(NEW_DUE_DATE));
    if (newDue == null) {
      problems.add("Isi batas waktu penilaian yang baru (TTTT-BB-HH).");
    } else if (newDue.isBefore(calendar.today())) {
      problems.add("Batas waktu yang baru tidak boleh sebelum hari ini.");
    }
    String replacement = null;
    if ("ALIHKAN".equals(action)) {
      replacement = task.getVariable(REPLACEMENT_JUROR) == null ? "" : task.getVariable(REPLACEMENT_JUROR).toString().trim();
      problems.addAll(checkReplacement(task, replacement));
    } else if (!"PERPANJANG".equals(action)) {
      problems.add("Pilih tindak lanjut: PERPANJANG atau ALIHKAN.");
    }
    RuleViolation.throwIfAny(problems);

    task.setVariable(JUROR_DUE_AT, calendar.endOfDay(newDue));
    if (replacement != null) {
      String previous = (String) task.getVariable(JUROR);
      DelegateExecution entry = JurorEvaluationScope.entry(task.getExecution());
      List<String> jurors = new ArrayList<>(Vars.textList(entry.getVariable(JURORS)));
      String chosen = replacement;
      jurors.replaceAll(juror -> juror.equals(previous) ? chosen : juror);
      task.setVariable(JUROR, replacement);
      entry.getProcessInstance().setVariable(JURORS, Vars.jsonList(jurors));
    }
  }

  private List<String> checkReplacement(DelegateTask task, String replacement) {
    List<String> problems = new ArrayList<>();
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    String entryKey = (String) task.getVariable(ENTRY_KEY);
    if (replacement.isEmpty()) {
      problems.add("Isi ID juri pengganti.");
    } else if (identity.createUserQuery().userId(replacement).memberOfGroup(Processes.JUROR_GROUP).count() == 0) {
      problems.add("Pengguna " + replacement + " bukan anggota grup juri.");
    } else if (Vars.textList(JurorEvaluationScope.entry(task.getExecution()).getVariable(JURORS)).contains(replacement)) {
      problems.add("Juri " + replacement + " sudah menilai inovasi " + entryKey + ".");
    } else if (conflicts.has(identity, replacement, entryKey,
        (String) JurorEvaluationScope.entry(task.getExecution()).getVariable(AGENCY))) {
      problems.add("Juri " + replacement + " memiliki konflik kepentingan dengan inovasi " + entryKey + ".");
    }
    return problems;
  }
}
