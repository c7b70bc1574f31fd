package org.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

  @Test
  void seedArticleShepherdedProjectsComeToExactly5007Percent() {
    Amount liMin = Amount.ofWan("7599.03");
    Amount daXi = Amount.ofWan("1914.51");
    Amount completed = liMin.plus(daXi);
    Amount target = Amount.ofWan("19000");

    assertThat(completed.display()).isEqualTo("9,513.54万元");
    assertThat(completed.yuan()).isEqualByComparingTo("95135400.00");
    assertThat(Percent.of(completed, target)).map(Percent::display).hasValue("50.07%");
  }

  @Test
  void showsYiFromOneHundredMillionOn() {
    assertThat(Amount.ofYi("4.13").display()).isEqualTo("4.13亿元");
    assertThat(Amount.ofYuan("99999999.99").display()).isEqualTo("10,000.00万元");
    assertThat(Amount.ofYuan("100000000").display()).isEqualTo("1.00亿元");
  }

  @Test
  void inEnglishShowsYuanOrMillionsOfYuan() {
    java.util.Locale english = java.util.Locale.ENGLISH;
    assertThat(Amount.ofYi("1").display(english)).isEqualTo("¥100.00 million");
    assertThat(Amount.ofWan("9513.54").display(english)).isEqualTo("¥95.14 million");
    assertThat(Amount.ofWan("100").display(english)).isEqualTo("¥1.00 million");
    assertThat(Amount.ofWan("5.5").display(english)).isEqualTo("¥55,000.00");
    assertThat(Amount.ZERO.display(english)).isEqualTo("¥0.00");
  }

  @Test
  void readsBackWhatItShowedInChinese() {
    assertThat(Amount.parseDisplayed("3,000.00万元")).hasValue(Amount.ofWan("3000"));
    assertThat(Amount.parseDisplayed("2.00亿元")).hasValue(Amount.ofYi("2"));
    assertThat(Amount.parseDisplayed("张三")).isEmpty();
    assertThat(Amount.parseDisplayed("3000")).isEmpty();
  }

  @Test
  void tablesIn10kYuanShowTheFigureAlone() {
    assertThat(Amount.ofWan("7599.03").wanFigure()).isEqualTo("7,599.03");
    assertThat(Amount.ofYuan("12").wanFigure()).isEqualTo("0.00");
  }

  @Test
  void keepsTwoDecimalsRoundingHalfUp() {
    assertThat(Amount.ofYuan("0.005").yuan()).isEqualByComparingTo("0.01");
    assertThat(Amount.ofYuan("0.004").yuan()).isEqualByComparingTo("0.00");
    assertThat(Amount.ofYuan("12.3").toString()).isEqualTo("12.30");
  }

  @Test
  void additionIsExactWhereDoublesAreNot() {
    Amount sum = Amount.ofYuan("0.10").plus(Amount.ofYuan("0.20"));
    assertThat(sum.yuan()).isEqualByComparingTo(new BigDecimal("0.30"));
    assertThat(Amount.ofYuan("10").minus(Amount.ofYuan("12.5")).isNegative()).isTrue();
  }

  @Test
  void refusesMissingValues() {
    assertThatThrownBy(() -> new Amount(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
