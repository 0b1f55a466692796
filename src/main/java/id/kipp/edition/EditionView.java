package id.kipp.edition;

import java.util.Date;
import java.util.List;

/** What an entry needs to know about its running edition. */
public record EditionView(
    String processInstanceId,
    String editionKey,
    String name,
    List<String> groups,
    List<String> jurors,
    Date registrationOpensAt,
    Date registrationClosesAt,
    Date evaluationDueAt,
    Date presentationAt,
    int finalistsPerGroup,
    int winnersPerGroup,
    int jurorsPerEntry,
    boolean registrationClosed) {

  public boolean registrationOpenAt(Date moment) {
    return !registrationClosed && !moment.before(registrationOpensAt) && !moment.after(registrationClosesAt);
  }
}
