package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.InvalidInputException;

/** Amounts as clerks type them in 万元. */
class WanTest {

  @Test
  void readsThousandsSeparatorsAndTheUnit() {
    assertThat(Wan.parse("planned", "7,599.03")).isEqualTo(Amount.ofWan("7599.03"));
    assertThat(Wan.parse("planned", " 7，599.03万元 ")).isEqualTo(Amount.ofWan("7599.03"));
  }

  @Test
  void zeroAndTheFenAreAllowed() {
    assertThat(Wan.parse("planned", "0")).isEqualTo(Amount.ZERO);
    assertThat(Wan.parse("planned", "0.000001")).isEqualTo(Amount.ofYuan("0.01"));
    assertThat(Wan.parse("planned", "1.2300000")).isEqualTo(Amount.ofWan("1.23"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.000001", "0.0000001", "", "七千", "1.2.3"})
  void refusesNegativeAmountsFractionsOfAFenAndWhatIsNoNumber(String text) {
    assertThatThrownBy(() -> Wan.parse("planned", text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("planned"));
  }
}
