package id.kipp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who receives what, and how long a failed message waits: plain rules, no engine. */
class RecipientsTest {

  @Test
  void participantsAreTheContactAndTheRegistrantOnceEach() {
    assertThat(Recipients.participants("Ibu Sari", "sari@dinkes.example",
        new Person("dinkes", "Admin Dinkes", "admin@dinkes.example")))
        .containsExactly(new Recipient("sari@dinkes.example", "Ibu Sari"),
            new Recipient("admin@dinkes.example", "Admin Dinkes"));
    // the same address (ignoring case) is written to once, with the contact's name
    assertThat(Recipients.participants("Ibu Sari", "Sari@Dinkes.example",
        new Person("dinkes", "Admin Dinkes", "sari@dinkes.example")))
        .containsExactly(new Recipient("Sari@Dinkes.example", "Ibu Sari"));
    // a registrant without an address (or unknown) adds nobody to write to
    assertThat(Recipients.withAddress(Recipients.participants("Ibu Sari", "sari@dinkes.example",
        new Person("dinkes", null, null)))).containsExactly(new Recipient("sari@dinkes.example", "Ibu Sari"));
    assertThat(Recipients.participants("Ibu Sari", "sari@dinkes.example", null)).hasSize(1);
    assertThat(Recipients.withAddress(Recipients.participants(null, " ", null))).isEmpty();
  }

  @Test
  void aPersonWithoutANameIsGreetedByUserId() {
    assertThat(new Person("juri2", " ", "juri2@contoh.go.id").recipient())
        .isEqualTo(new Recipient("juri2@contoh.go.id", "juri2"));
  }

  @Test
  void theSecretariatIsItsSharedMailboxElseEveryMemberWithAnAddress() {
    List<Person> members = List.of(new Person("sek1", "Ani", "ani@setda.example"), new Person("sek2", "Budi", ""),
        new Person("sek3", "Citra", "ANI@setda.example"));
    assertThat(Recipients.secretariat("inovasi@setda.example", members))
        .containsExactly(new Recipient("inovasi@setda.example", "Sekretariat"));
    assertThat(Recipients.withAddress(Recipients.secretariat("", members)))
        .containsExactly(new Recipient("ani@setda.example", "Ani"));
  }

  @Test
  void waitsDoubleFromTheFirstDelayUpToTheLongest() {
    NotificationProperties.Retry retry = new NotificationProperties.Retry(8, Duration.ofMinutes(1), Duration.ofMinutes(10));
    assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(retry::delayAfter).toList()).containsExactly(
        Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
        Duration.ofMinutes(10), Duration.ofMinutes(10));
    NotificationProperties defaults = new NotificationProperties(null, null, null, null, null, null, null, null);
    assertThat(defaults.isEnabled()).isTrue();
    assertThat(defaults.retry().maxAttempts()).isEqualTo(8);
    assertThat(defaults.retry().delayAfter(100)).isEqualTo(Duration.ofHours(6));
    assertThat(defaults.sending().batchSize()).isEqualTo(50);
    assertThat(defaults.appUrl()).isEqualTo("http://localhost:8080");
  }
}
