package org.lvzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard templates filled with the seed article's figures ({@link ArticleFixture}). */
class ReportComposerTest {

  private final ReportComposer composer =
      new ReportComposer(
          ArticleFixture.catalogue(), 1, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 5, 30));

  private final ReportComposer.Composition composition =
      composer.compose(ArticleFixture.standardSections());

  private List<String> blocks() {
    return composition.blocks().stream().map(b -> (b.heading() ? "# " : "") + b.text()).toList();
  }

  @Test
  void eachSentenceIsWrittenWithTheArticlesFigures() {
    assertThat(blocks().get(1))
        .contains("党组成员带队开展招商走请活动6次，赴福建、江苏、山东、四川开展走出去招商活动，掌握12条项目线索，其中2个项目已落地，2个项目正在编制项目规划。")
        .contains("同时，通过政协平台成功签约项目5个，共计签约额为4.13亿元，其中已落地项目1.83亿元。")
        .contains("由县政协包抓的项目完成投资9513.54万元，共计完成全年目标50.07%。")
        .contains("截至目前谋划项目3个，总投资2.40亿元。")
        .startsWith("县政协组织委员赴湖北、山东、甘肃、四川等地考察学习，开展考察学习活动3次，");
  }

  @Test
  void figuresInTheAboutStyleAreWrittenAsChineseReportsDo() {
    assertThat(blocks().get(3)).startsWith("共开展民主监督活动30余次，形成监督成果20余项。");
    assertThat(blocks().get(5))
        .isEqualTo("已开展专题培训6次，参训机关干部政协委员达100余人次。" + "目前已在省级主流报刊媒体中上稿20余篇，市县级主流报刊媒体上稿共计50余篇。");
  }

  @Test
  void sentencesAndClausesWhoseFiguresAreZeroAreLeftOutAndSoIsAnEmptySection() {
    assertThat(blocks())
        .containsExactly(
            "# 赴高地兴调研促项目落地落实",
            blocks().get(1),
            "# 勤商量常监督促营商环境良性发展",
            blocks().get(3),
            "# 抓学习比作风提升政协干部素能",
            blocks().get(5));
    // The lead's activity count (no filter) is zero here: the lead paragraph is left out.
    assertThat(String.join("", blocks()))
        .doesNotContain("已整改")
        .doesNotContain("开工率")
        .doesNotContain("书香政协")
        .doesNotContain("提案")
        .doesNotContain("今年以来，县政协围绕中心工作")
        .doesNotContain("企业座谈交流");
  }

  @Test
  void aSentenceWhoseMetricIsUnknownIsLeftOutAndTheOthersStay() {
    TemplateSection section =
        new TemplateSection(
            1,
            1,
            "",
            0,
            List.of(
                new TemplateSection.Line(1, 1, "已删除的指标{gone.metric}个。", 0),
                new TemplateSection.Line(2, 2, "掌握{investment.leads}条项目线索。", 0),
                new TemplateSection.Line(3, 3, "固定的结束语。", 0)));
    ReportComposer.Composition lead = composer.compose(List.of(section));
    assertThat(lead.blocks()).containsExactly(new ReportText.Block(false, "掌握12条项目线索。固定的结束语。"));
  }

  @Test
  void everyFigureWrittenIsKeptWithItsMetricFiltersAndBlock() {
    assertThat(composition.figures())
        .contains(
            new ReportText.Figure(
                1,
                "activity.provinces",
                java.util.Map.of("category", "INVESTMENT_OUTBOUND", "ledByPartyGroup", "true"),
                null,
                "福建、江苏、山东、四川"),
            new ReportText.Figure(
                1,
                "investment.shepherded-completed",
                java.util.Map.of(),
                "investment.shepherded-target",
                "50.07%"),
            new ReportText.Figure(3, "supervision.visits", java.util.Map.of(), null, "30余"));
    assertThat(composition.figures()).noneMatch(f -> f.shown().equals("0"));
  }
}
