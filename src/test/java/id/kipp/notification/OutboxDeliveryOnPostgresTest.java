package id.kipp.notification;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link OutboxDeliveryTest} on PostgreSQL (the outbox's SQL, the claim, the shared transaction), in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class OutboxDeliveryOnPostgresTest extends OutboxDeliveryTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "notification");
  }
}
