package org.lvzhi.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.shared.RagFlag;

/** Completion, the share of the year elapsed, the schedule and the flag of a target. */
class ProgressTest {

  private static final RagFlag.Thresholds RAG =
      new RagFlag.Thresholds(new BigDecimal("5"), new BigDecimal("15"), Integer.MAX_VALUE);

  @Test
  void theSeedsShepherdedProjectsCompleteFiftyPointZeroSevenPercent() {
    BigDecimal completed = new BigDecimal("7599.03").add(new BigDecimal("1914.51"));
    Progress progress =
        Progress.of(completed, new BigDecimal("19000"), 2023, LocalDate.of(2023, 6, 30), RAG);

    assertThat(completed).isEqualByComparingTo("9513.54");
    assertThat(progress.completionText()).isEqualTo("50.07%");
    // 181 of 365 days: 49.59 %, so 0.48 points ahead.
    assertThat(progress.elapsed().display()).isEqualTo("49.59%");
    assertThat(progress.pointsAhead()).isEqualByComparingTo("0.48");
    assertThat(progress.ahead()).isTrue();
    assertThat(progress.flag()).isEqualTo(RagFlag.GREEN);
  }

  @Test
  void aLeapYearHasThreeHundredAndSixtySixDays() {
    assertThat(Progress.elapsed(2024, LocalDate.of(2024, 2, 29)).display()).isEqualTo("16.39%");
    assertThat(Progress.elapsed(2023, LocalDate.of(2023, 3, 1)).display()).isEqualTo("16.44%");
    assertThat(Progress.elapsed(2024, LocalDate.of(2024, 12, 31)).display()).isEqualTo("100.00%");
    assertThat(Progress.elapsed(2024, LocalDate.of(2024, 1, 1)).display()).isEqualTo("0.27%");
  }

  @Test
  void aYearNotBegunHasNothingElapsedAndAYearPastAll() {
    assertThat(Progress.elapsed(2030, LocalDate.of(2029, 12, 31)).display()).isEqualTo("0.00%");
    assertThat(Progress.elapsed(2020, LocalDate.of(2021, 1, 1)).display()).isEqualTo("100.00%");
  }

  @Test
  void behindScheduleByMoreThanTheThresholdsIsAmberThenRed() {
    LocalDate midYear = LocalDate.of(2023, 7, 2); // 183 of 365 days: 50.14 %
    Progress amber = Progress.of(new BigDecimal("44"), new BigDecimal("100"), 2023, midYear, RAG);
    Progress red = Progress.of(new BigDecimal("30"), new BigDecimal("100"), 2023, midYear, RAG);
    Progress edge = Progress.of(new BigDecimal("45.14"), new BigDecimal("100"), 2023, midYear, RAG);

    assertThat(amber.flag()).isEqualTo(RagFlag.AMBER);
    assertThat(amber.ahead()).isFalse();
    assertThat(amber.points()).isEqualTo("6.14");
    assertThat(red.flag()).isEqualTo(RagFlag.RED);
    assertThat(edge.flag()).as("exactly 5 points behind").isEqualTo(RagFlag.GREEN);
  }

  @Test
  void completionRoundsHalfUpOnce() {
    Progress progress =
        Progress.of(new BigDecimal("1"), new BigDecimal("8"), 2023, LocalDate.of(2023, 1, 1), RAG);
    assertThat(progress.completionText()).isEqualTo("12.50%");
    Progress third =
        Progress.of(new BigDecimal("2"), new BigDecimal("3"), 2023, LocalDate.of(2023, 1, 1), RAG);
    assertThat(third.completionText()).isEqualTo("66.67%");
  }

  @Test
  void aBarNeverPassesItsEnd() {
    Progress over =
        Progress.of(
            new BigDecimal("250"), new BigDecimal("100"), 2023, LocalDate.of(2023, 5, 1), RAG);
    assertThat(over.completionText()).isEqualTo("250.00%");
    assertThat(over.barWidth()).isEqualTo("100");
  }

  @Test
  void aMetricInWanReadsInYiExactly() {
    assertThat(TargetUnits.fits("万元", "亿元")).isTrue();
    assertThat(TargetUnits.fits("万元", "万元")).isTrue();
    assertThat(TargetUnits.fits("个", "次")).isFalse();
    assertThat(TargetUnits.convert(new BigDecimal("41300.00"), "万元", "亿元"))
        .isEqualByComparingTo("4.13");
    assertThat(TargetUnits.convert(new BigDecimal("9513.54"), "万元", "亿元"))
        .isEqualByComparingTo("0.951354");
  }

  @Test
  void anIndicatorsFiltersReadTheSameWhateverTheirOrder() {
    Indicator one =
        new Indicator("activity.count", Map.of("category", "TRAINING", "province", "61"));
    Indicator two = Indicator.parse("activity.count", "province=61&category=TRAINING");
    assertThat(one.filtersText()).isEqualTo("category=TRAINING&province=61");
    assertThat(two).isEqualTo(one);
    assertThat(one.toString()).isEqualTo("activity.count?category=TRAINING&province=61");
    assertThat(Indicator.parse("output.count", "").filters()).isEmpty();
  }
}
