package id.kipp.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The timetable the secretariat sees and confirms: the planner's proposal from the settings, with the secretariat's
 * changes ({@code timetableMoves}, {@link TimetableChanges}) applied, and everything wrong with it. Always computed from scratch from the
 * edition's variables, so that what is confirmed is exactly what the settings and the rows say.
 */
public record TimetableProposal(TimetableSettings settings, List<PresentationSlot> timetable, Set<String> moved,
    List<String> problems) {

  public boolean valid() {
    return problems.isEmpty();
  }

  public static TimetableProposal compose(Function<String, Object> variables, List<Finalist> finalists) {
    List<String> problems = new ArrayList<>();
    TimetableSettings settings = TimetableSettings.read(variables, problems);
    if (settings == null) {
      return new TimetableProposal(null, List.of(), Set.of(), problems);
    }
    TimetablePlanner.Proposal proposal = TimetablePlanner.propose(finalists, settings);
    TimetableChanges.Result changed = TimetableChanges.apply(proposal.slots(), finalists, variables.apply(TimetableChanges.MOVES),
        settings.slotMinutes(), problems);
    List<String> missing = TimetablePlanner.missing(changed.slots(), finalists);
    if (!missing.isEmpty()) {
      if (proposal.fits()) {
        missing.forEach(entryKey -> problems.add("Finalis " + entryKey + " belum mendapat slot."));
      } else {
        problems.add(proposal.shortfall(settings, missing));
      }
    }
    problems.addAll(TimetablePlanner.placementProblems(changed.slots(), finalists, settings));
    return new TimetableProposal(settings, changed.slots(), changed.moved(), problems);
  }
}
