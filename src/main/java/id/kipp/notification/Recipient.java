package id.kipp.notification;

/** Who gets one message: an e-mail address and the name used in the greeting (may be empty). */
public record Recipient(String address, String name) {

  public Recipient {
    address = address == null ? "" : address.trim();
    name = name == null ? "" : name.trim();
  }
}
