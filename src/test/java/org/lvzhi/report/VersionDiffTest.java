package org.lvzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

  @Test
  void aChangedParagraphShowsTheCharactersThatChangedAndAnAddedOneShowsWhole() {
    ReportText older =
        new ReportText(
            "报告",
            List.of(new ReportText.Block(true, "一节"), new ReportText.Block(false, "开展活动6次。")));
    ReportText newer =
        new ReportText(
            "报告",
            List.of(
                new ReportText.Block(true, "一节"),
                new ReportText.Block(false, "开展活动7次。"),
                new ReportText.Block(false, "新增一段。")));
    VersionDiff diff = VersionDiff.between(older, newer);
    assertThat(diff.unchanged()).isFalse();
    assertThat(diff.rows())
        .extracting(VersionDiff.Row::kind)
        .containsExactly(
            VersionDiff.Kind.EQUAL,
            VersionDiff.Kind.EQUAL,
            VersionDiff.Kind.CHANGE,
            VersionDiff.Kind.INSERT);
    assertThat(diff.rows().get(2).before())
        .contains(new VersionDiff.Segment("6", true))
        .contains(new VersionDiff.Segment("开展活动", false));
    assertThat(diff.rows().get(2).after()).contains(new VersionDiff.Segment("7", true));
    assertThat(diff.rows().get(3).after()).containsExactly(new VersionDiff.Segment("新增一段。", true));
  }

  @Test
  void theSameTextIsUnchanged() {
    ReportText text = new ReportText("报告", List.of(new ReportText.Block(false, "开展活动6次。")));
    assertThat(VersionDiff.between(text, text).unchanged()).isTrue();
  }
}
