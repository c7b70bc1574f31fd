package org.lvzhi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.metric.TestCatalogues;

/**
 * A metric catalogue answering the figures of the seed article (西乡县政协, mid-2023) for the filters
 * the standard templates use, zero for everything else.
 */
final class ArticleFixture {

  private ArticleFixture() {}

  static MetricCatalogue catalogue() {
    List<Metric> metrics = new ArrayList<>();
    metrics.add(
        metric(
            "activity.count",
            "次",
            q ->
                switch (q.filters().getOrDefault("category", "")
                    + "|"
                    + q.flag("ledByPartyGroup")) {
                  case "INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION|true" -> count(6);
                  case "SUPERVISION|false" -> count(33);
                  case "TRAINING|false" -> count(6);
                  case "CONSULTATION|false" -> count(2);
                  case "STUDY_TOUR|false" -> count(3);
                  default -> count(0);
                }));
    metrics.add(
        metric(
            "activity.provinces",
            "个",
            q ->
                switch (q.filters().getOrDefault("category", "")) {
                  case "INVESTMENT_OUTBOUND" -> names("福建", "江苏", "山东", "四川");
                  case "STUDY_TOUR" -> names("湖北", "山东", "甘肃", "四川");
                  default -> names();
                }));
    metrics.add(
        metric(
            "activity.participant-times",
            "人次",
            q -> count("TRAINING".equals(q.filters().get("category")) ? 105 : 0)));
    metrics.add(fixed("investment.leads", "条", "12"));
    metrics.add(fixed("investment.landed", "个", "2"));
    metrics.add(fixed("investment.in-planning", "个", "2"));
    metrics.add(fixed("investment.signed-count", "个", "5"));
    metrics.add(fixed("investment.signed-amount", "万元", "41300.00"));
    metrics.add(fixed("investment.landed-amount", "万元", "18300.00"));
    metrics.add(fixed("investment.shepherded-completed", "万元", "9513.54"));
    metrics.add(fixed("investment.shepherded-target", "万元", "19000.00"));
    metrics.add(fixed("investment.planned-projects", "个", "3"));
    metrics.add(fixed("investment.planned-investment", "万元", "24000.00"));
    metrics.add(fixed("supervision.visits", "次", "33"));
    metrics.add(fixed("supervision.outcomes", "项", "23"));
    metrics.add(fixed("rectification.raised", "个", "0"));
    metrics.add(fixed("rectification.resolved", "个", "0"));
    metrics.add(
        metric(
            "publicity.articles",
            "篇",
            q ->
                count(
                    switch (q.filters().getOrDefault("tier", "")) {
                      case "CENTRAL,PROVINCIAL" -> 22;
                      case "CITY,COUNTY" -> 56;
                      default -> 0;
                    })));
    return TestCatalogues.of(metrics);
  }

  private static Metric fixed(String name, String unit, String value) {
    return metric(name, unit, q -> new MetricResult(new BigDecimal(value), List.of(), List.of()));
  }

  private static Metric metric(String name, String unit, Function<MetricQuery, MetricResult> f) {
    return Metric.of(
        name,
        "metric." + name,
        unit,
        List.of("category", "ledByPartyGroup", "tier", "viaPlatform", "type"),
        f);
  }

  private static MetricResult count(long n) {
    return MetricResult.count(n, List.of(new MetricResult.Source("记录", "/registry/activities/1")));
  }

  private static MetricResult names(String... names) {
    return new MetricResult(BigDecimal.valueOf(names.length), List.of(names), List.of());
  }

  /** The standard templates as sections. */
  static List<TemplateSection> standardSections() {
    List<TemplateSection> sections = new ArrayList<>();
    int position = 0;
    for (StandardTemplates.Section s : StandardTemplates.SECTIONS) {
      List<TemplateSection.Line> lines = new ArrayList<>();
      for (String sentence : s.sentences()) {
        lines.add(new TemplateSection.Line(lines.size() + 1, lines.size() + 1, sentence, 0));
      }
      sections.add(new TemplateSection(++position, position, s.heading(), 0, lines));
    }
    return sections;
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
