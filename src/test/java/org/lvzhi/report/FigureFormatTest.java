package org.lvzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatTest {

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "0, 0",
    "2, 2",
    "9, 9",
    "3.5, 3.5",
    "10, 10",
    "12, 10余",
    "20, 20",
    "33, 30余",
    "99, 90余",
    "100, 100",
    "105, 100余",
    "250, 200余",
    "1999, 1000余",
    "12.5, 10余",
    "30.5, 30余"
  })
  void theAboutFormRoundsDownToTheLeadingPlaceAndKeepsExactMultiples(String value, String shown) {
    assertThat(FigureFormat.about(new BigDecimal(value))).isEqualTo(shown);
  }

  @Test
  void amountsAreWrittenInWanOrYiWithTwoDecimalsAsTheSentenceSays() {
    assertThat(FigureFormat.WAN.write(new BigDecimal("7599.03"), "万元", List.of()))
        .isEqualTo("7599.03万元");
    assertThat(FigureFormat.YI.write(new BigDecimal("41300"), "万元", List.of())).isEqualTo("4.13亿元");
    assertThat(FigureFormat.PLAIN.write(new BigDecimal("18300"), "万元", List.of()))
        .isEqualTo("1.83亿元");
    assertThat(FigureFormat.PLAIN.write(new BigDecimal("9513.54"), "万元", List.of()))
        .isEqualTo("9513.54万元");
  }

  @Test
  void ratesFollowTheSharedPercentRuleAndCountsAreExact() {
    assertThat(FigureFormat.PLAIN.write(new BigDecimal("50.07"), "%", List.of()))
        .isEqualTo("50.07%");
    assertThat(FigureFormat.PERCENT.write(new BigDecimal("50.065"), "%", List.of()))
        .isEqualTo("50.07%");
    assertThat(FigureFormat.PLAIN.write(new BigDecimal("6"), "次", List.of())).isEqualTo("6");
    assertThat(FigureFormat.EXACT.write(new BigDecimal("33.00"), "次", List.of())).isEqualTo("33");
  }

  @Test
  void namesAreJoinedWithTheEnumerationComma() {
    assertThat(
            FigureFormat.NAMES.write(BigDecimal.valueOf(4), "个", List.of("福建", "江苏", "山东", "四川")))
        .isEqualTo("福建、江苏、山东、四川");
  }
}
