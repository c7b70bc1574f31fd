package org.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Zero is not negative, and amounts order by value, not by how they were written. */
class AmountSignTest {

  @Test
  void onlyAmountsBelowZeroAreNegative() {
    assertThat(Amount.ZERO.isNegative()).isFalse();
    assertThat(Amount.ofYuan("0.01").isNegative()).isFalse();
    assertThat(Amount.ofYuan("-0.01").isNegative()).isTrue();
  }

  @Test
  void ordersByValue() {
    assertThat(Amount.ofWan("1").compareTo(Amount.ofYuan("10000.00"))).isZero();
    assertThat(Amount.ofWan("1").compareTo(Amount.ofYuan("9999.99"))).isPositive();
    assertThat(Amount.ofYuan("9999.99").compareTo(Amount.ofWan("1"))).isNegative();
  }

  @Test
  void showsNegativeAmountsWithTheirSign() {
    assertThat(Amount.ofWan("-2.5").display()).isEqualTo("-2.50万元");
    assertThat(Amount.ofYi("-1").display()).isEqualTo("-1.00亿元");
  }
}
