package id.kipp.catalogue;

import java.util.Locale;
import java.util.Optional;

/** What an innovation achieved in its edition, in the catalogue's sort order. */
public enum Award {
  PEMENANG("Pemenang", 1),
  FINALIS("Finalis", 2),
  PESERTA("Peserta", 3);

  private final String label;
  private final int order;

  Award(String label, int order) {
    this.label = label;
    this.order = order;
  }

  public String label() {
    return label;
  }

  public int order() {
    return order;
  }

  /** "pemenang", "Pemenang" or "PEMENANG"; empty when blank or unknown. */
  public static Optional<Award> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
