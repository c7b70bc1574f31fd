package org.lvzhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceParserTest {

  @Test
  void aPlaceholderNamesItsMetricFiltersAndFormat() {
    Sentence sentence =
        Sentence.parse(
            "开展招商活动{activity.count|category=INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION|ledByPartyGroup=true|余}次");
    assertThat(sentence.parts()).hasSize(3);
    assertThat(sentence.placeholders())
        .containsExactly(
            new Sentence.Placeholder(
                "activity.count",
                Map.of(
                    "category",
                    "INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION",
                    "ledByPartyGroup",
                    "true"),
                null,
                FigureFormat.ABOUT));
  }

  @Test
  void clausesNestAndAShareIsAPercentage() {
    Sentence sentence =
        Sentence.parse(
            "掌握{investment.leads}条[，其中{investment.landed}个[，占{investment.landed|of=investment.leads}]]。");
    assertThat(sentence.placeholders())
        .extracting(Sentence.Placeholder::metric)
        .containsExactly("investment.leads", "investment.landed", "investment.landed");
    assertThat(sentence.placeholders().get(2).format()).isEqualTo(FigureFormat.PERCENT);
    assertThat(sentence.placeholders().get(2).of()).isEqualTo("investment.leads");
    assertThat(sentence.parts().get(3)).isInstanceOf(Sentence.Clause.class);
  }

  @Test
  void aBackslashMakesABraceOrBracketStandForItself() {
    Sentence sentence = Sentence.parse("\\{注\\}\\[一\\]\\\\");
    assertThat(sentence.parts()).containsExactly(new Sentence.Text("{注}[一]\\"));
    assertThat(sentence.placeholders()).isEmpty();
  }

  @Test
  void mistakesAreRefusedWithTheirPlace() {
    refused("共{activity.count次", "report.template.unclosedPlaceholder", 2);
    refused("共[{activity.count}次", "report.template.unclosedClause", 2);
    refused("共}次", "report.template.unexpected", "}", 2);
    refused("共]次", "report.template.unexpected", "]", 2);
    refused("{活动}", "report.template.badMetric", "活动", 1);
    refused("{activity.count|sideways}", "report.template.badOption", "sideways", 1);
    refused("{activity.count|余|exact}", "report.template.twice", "exact", 1);
    refused("{activity.count|category=A|category=B}", "report.template.twice", "category", 1);
    refused("{activity.count|category=}", "report.template.badOption", "category=", 1);
  }

  private static void refused(String text, String key, Object... args) {
    assertThatThrownBy(() -> Sentence.parse(text))
        .isInstanceOfSatisfying(
            Sentence.SyntaxError.class,
            e -> {
              assertThat(e.key).isEqualTo(key);
              assertThat(List.of(e.args)).containsExactly(args);
            });
  }
}
