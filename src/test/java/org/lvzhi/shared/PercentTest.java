package org.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

  @Test
  void roundsHalfUpToTwoDecimalsOnce() {
    // 1/8 = 12.5 % exactly; 2/3 = 66.666… → 66.67; 0.125/1000 → 0.0125 % → 0.01
    assertThat(Percent.of(new BigDecimal("1"), new BigDecimal("8")).orElseThrow().display())
        .isEqualTo("12.50%");
    assertThat(Percent.of(new BigDecimal("2"), new BigDecimal("3")).orElseThrow().display())
        .isEqualTo("66.67%");
    assertThat(Percent.of(new BigDecimal("0.125"), new BigDecimal("1000")).orElseThrow().display())
        .isEqualTo("0.01%");
    assertThat(Percent.of(new BigDecimal("1"), new BigDecimal("200")).orElseThrow().display())
        .isEqualTo("0.50%");
  }

  @Test
  void roundsOnceNotTwice() {
    // 0.005 / 100.000001 = 0.0049999… %: two roundings (to 10 places, then 2) would give 0.01 %.
    assertThat(
            Percent.of(new BigDecimal("0.005"), new BigDecimal("100.000001"))
                .orElseThrow()
                .display())
        .isEqualTo("0.00%");
  }

  @Test
  void noPercentageOfAZeroTarget() {
    assertThat(Percent.of(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
  }

  @Test
  void pointsAheadOrBehindSchedule() {
    Percent done = new Percent(new BigDecimal("50.07"));
    Percent elapsed = new Percent(new BigDecimal("41.10"));
    assertThat(done.pointsAbove(elapsed)).isEqualByComparingTo("8.97");
    assertThat(elapsed.pointsAbove(done)).isEqualByComparingTo("-8.97");
  }
}
