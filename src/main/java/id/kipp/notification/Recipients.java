package id.kipp.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who receives a message of each audience. Participants: the entry's contact person (registration form
 * {@code contactEmail}) and the user who registered the entry, when their address differs. Jurors: the juror's own
 * address. Secretariat: its shared mailbox when configured, else every member of group {@code sekretariat}. Each
 * address once (case-insensitive); recipients without an address are left out by {@link #withAddress}.
 */
public final class Recipients {

  private Recipients() {}

  public static List<Recipient> participants(String contactName, String contactEmail, Person registrant) {
    List<Recipient> all = new ArrayList<>();
    all.add(new Recipient(contactEmail, contactName));
    if (registrant != null) {
      all.add(registrant.recipient());
    }
    return distinct(all);
  }

  public static List<Recipient> secretariat(String sharedAddress, List<Person> members) {
    if (sharedAddress != null && !sharedAddress.isBlank()) {
      return List.of(new Recipient(sharedAddress, "Sekretariat"));
    }
    return distinct(members.stream().map(Person::recipient).toList());
  }

  /** The recipients that have an address. */
  public static List<Recipient> withAddress(List<Recipient> recipients) {
    return recipients.stream().filter(r -> !r.address().isEmpty()).toList();
  }

  /** First occurrence of each address wins; recipients without an address are kept (to be reported) once. */
  static List<Recipient> distinct(List<Recipient> recipients) {
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    List<Recipient> withoutAddress = new ArrayList<>();
    for (Recipient recipient : recipients) {
      if (recipient.address().isEmpty()) {
        withoutAddress.add(recipient);
      } else {
        byAddress.putIfAbsent(recipient.address().toLowerCase(Locale.ROOT), recipient);
      }
    }
    List<Recipient> result = new ArrayList<>(byAddress.values());
    result.addAll(withoutAddress);
    return result;
  }
}
