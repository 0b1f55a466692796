package id.kipp.evaluation.assignment;

/**
 * An entry (inovasi) that needs jurors: its key (e.g. {@code MALANG-2019-0007}) and the agency (instansi) that
 * submitted it. Jurors affiliated with that agency have a conflict of interest with the entry. No validation here: bad
 * data is reported by {@link BalancedAssignment}, never thrown.
 */
public record EntryToAssign(String entryKey, String agency) {}
