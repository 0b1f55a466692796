package id.kipp.evaluation.assignment;

import id.kipp.shared.KippProperties;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Deadlines of a juror's scoring task, used in the BPMN as {@code ${deadlines.reminderFor(jurorDueAt)}}: the reminder
 * comes {@code kipp.evaluation.reminder-before} (default two days) before the juror's deadline.
 */
@Component("deadlines")
public class EvaluationDeadlines {

  private final KippProperties properties;

  public EvaluationDeadlines(KippProperties properties) {
    this.properties = properties;
  }

  public Date reminderFor(Date dueAt) {
    return Date.from(dueAt.toInstant().minus(properties.evaluation().reminderBefore()));
  }
}
