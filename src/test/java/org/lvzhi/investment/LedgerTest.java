package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.lvzhi.shared.RagFlag;

class LedgerTest {

  private static Ledger.Month month(int month, String plannedWan, String completedWan) {
    return new Ledger.Month(month, Amount.ofWan(plannedWan), Amount.ofWan(completedWan));
  }

  @Test
  void theSeedArticlesShepherdedProjectsComeToHalfTheYearsTarget() {
    // 陕西利民粮油 7 599.03 万元 and 陕西大喜石材 1 914.51 万元 against a combined 19 000 万元.
    Ledger grain =
        new Ledger(
            Amount.ofWan("12000"),
            List.of(
                month(1, "1500", "1200.50"),
                month(2, "1500", "2398.53"),
                month(3, "2000", "2000"),
                month(4, "2000", "2000")));
    Ledger granite =
        new Ledger(
            Amount.ofWan("7000"), List.of(month(2, "600", "914.51"), month(4, "600", "1000")));

    assertThat(grain.completed().display()).isEqualTo("7,599.03万元");
    assertThat(granite.completed().display()).isEqualTo("1,914.51万元");
    assertThat(grain.completed().plus(granite.completed()).display()).isEqualTo("9,513.54万元");
    assertThat(Ledger.combined(List.of(grain, granite))).map(Percent::display).hasValue("50.07%");
  }

  @Test
  void cumulativeFiguresAreDerivedInMonthOrder() {
    Ledger ledger =
        new Ledger(
            Amount.ofWan("1000"),
            List.of(month(3, "100", "50"), month(1, "200", "150.25"), month(2, "0", "99.75")));
    List<Ledger.Row> rows = ledger.rows();
    assertThat(rows).extracting(Ledger.Row::month).containsExactly(1, 2, 3);
    assertThat(rows.get(1).completedToDate()).isEqualTo(Amount.ofWan("250"));
    assertThat(rows.get(2).completedToDate()).isEqualTo(Amount.ofWan("300"));
    assertThat(rows.get(2).plannedToDate()).isEqualTo(Amount.ofWan("300"));
    assertThat(rows.get(2).ofTarget()).map(Percent::display).hasValue("30.00%");
    assertThat(ledger.planned()).isEqualTo(Amount.ofWan("300"));
  }

  @Test
  void withoutATargetThereIsNoCompletion() {
    assertThat(new Ledger(null, List.of(month(1, "1", "1"))).completion()).isEmpty();
    assertThatThrownBy(() -> month(13, "1", "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFlagComparesCompletionWithTheYearElapsed() {
    RagFlag.Thresholds thresholds =
        new RagFlag.Thresholds(new BigDecimal("5"), new BigDecimal("15"), 2);
    Percent halfYear = new Percent(new BigDecimal("50.00"));
    Optional<Percent> onTrack = Optional.of(new Percent(new BigDecimal("50.07")));
    Optional<Percent> slightlyBehind = Optional.of(new Percent(new BigDecimal("44.00")));
    Optional<Percent> farBehind = Optional.of(new Percent(new BigDecimal("34.99")));

    assertThat(RagFlag.of(onTrack, halfYear, 0, 0, thresholds)).isEqualTo(RagFlag.GREEN);
    assertThat(
            RagFlag.of(
                Optional.of(new Percent(new BigDecimal("45.00"))), halfYear, 0, 0, thresholds))
        .isEqualTo(RagFlag.GREEN);
    assertThat(RagFlag.of(slightlyBehind, halfYear, 0, 0, thresholds)).isEqualTo(RagFlag.AMBER);
    assertThat(RagFlag.of(farBehind, halfYear, 0, 0, thresholds)).isEqualTo(RagFlag.RED);
    assertThat(RagFlag.of(onTrack, halfYear, 1, 0, thresholds)).isEqualTo(RagFlag.AMBER);
    assertThat(RagFlag.of(onTrack, halfYear, 0, 1, thresholds)).isEqualTo(RagFlag.AMBER);
    assertThat(RagFlag.of(onTrack, halfYear, 2, 0, thresholds)).isEqualTo(RagFlag.RED);
  }

  @Test
  void theYearElapsedCountsTheDayItself() {
    assertThat(RagFlag.elapsed(LocalDate.of(2023, 1, 1)).display()).isEqualTo("0.27%");
    assertThat(RagFlag.elapsed(LocalDate.of(2023, 5, 30)).display()).isEqualTo("41.10%");
    assertThat(RagFlag.elapsed(LocalDate.of(2024, 12, 31)).display()).isEqualTo("100.00%");
  }
}
