package org.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Percentages order by value and print as they display. */
class PercentOrderTest {

  private static Percent percent(String value) {
    return new Percent(new BigDecimal(value));
  }

  @Test
  void ordersByValueWhateverTheScaleItWasGivenIn() {
    assertThat(percent("50.1").compareTo(percent("50.10"))).isZero();
    assertThat(percent("50.07").compareTo(percent("41.10"))).isPositive();
    assertThat(percent("41.10").compareTo(percent("50.07"))).isNegative();
  }

  @Test
  void printsAsItDisplays() {
    assertThat(percent("7.5")).hasToString("7.50%");
  }

  @Test
  void aShareOfAmountsIsTheShareOfTheirYuan() {
    assertThat(Percent.of(Amount.ofWan("1"), Amount.ofYuan("40000"))).contains(percent("25"));
  }
}
