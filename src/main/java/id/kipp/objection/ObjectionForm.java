package id.kipp.objection;

/**
 * What a citizen sends on {@code /uji-publik/{edition}}. {@code website} is the honeypot: a field hidden from people,
 * which only a bot fills in.
 */
public record ObjectionForm(String name, String email, String entryKey, String reason, String website) {

  public static ObjectionForm empty() {
    return new ObjectionForm("", "", "", "", "");
  }
}
