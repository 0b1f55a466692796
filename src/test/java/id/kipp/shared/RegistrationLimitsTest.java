package id.kipp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A text limit above the engine's varchar(4000) would pass the form and then fail in the database. */
class RegistrationLimitsTest {

  @Test
  void textLimitsAboveTheEngineColumnAreRefusedAtStartUp() {
    assertThatThrownBy(() -> new KippProperties.Registration(1024, 20_000, 200))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 4000");
    assertThatThrownBy(() -> new KippProperties.Registration(1024, 4000, 4001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new KippProperties.Registration(1024, 4000, 200).maxTextLength()).isEqualTo(4000);
  }
}
