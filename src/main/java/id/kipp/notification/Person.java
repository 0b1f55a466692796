package id.kipp.notification;

/** A Camunda user as far as e-mail is concerned: id, display name and e-mail address (either may be empty). */
public record Person(String id, String name, String email) {

  public Person {
    name = name == null || name.isBlank() ? (id == null ? "" : id) : name.trim();
    email = email == null ? "" : email.trim();
  }

  public Recipient recipient() {
    return new Recipient(email, name);
  }
}
