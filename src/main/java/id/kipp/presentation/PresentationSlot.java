package id.kipp.presentation;

import java.time.LocalDateTime;

/** A finalist's presentation and interview, from start to end, in the competition's time zone ({@code kipp.time-zone}). */
public record PresentationSlot(Finalist finalist, LocalDateTime startsAt, LocalDateTime endsAt) {

  public String entryKey() {
    return finalist.entryKey();
  }

  /** True when the two slots share at least one minute. */
  public boolean overlaps(PresentationSlot other) {
    return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }
}
