package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo committee's year reproduces the seed article's investment figures — computed from the
 * records, as a visitor sees them on the statistics page.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activity-flow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
class DemoSeedFiguresIntegrationTest {

  @Autowired MetricCatalogue metrics;
  @Autowired InvestmentStatistics statistics;
  @Autowired SystemActor system;
  @Autowired JdbcClient jdbc;

  private long demo() {
    return jdbc.sql("select id from committee where name = '政协云溪县委员会'").query(Long.class).single();
  }

  private String value(String metric) {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    return system.call(
        () ->
            metrics
                .compute(metric, MetricQuery.year(demo(), year, Map.of()))
                .value()
                .stripTrailingZeros()
                .toPlainString());
  }

  @Test
  void theDemoYearHasTheSeedArticlesFigures() {
    assertThat(value("investment.leads")).isEqualTo("12");
    assertThat(value("investment.landed")).isEqualTo("2");
    assertThat(value("investment.in-planning")).isEqualTo("2");
    assertThat(value("investment.signed-count")).isEqualTo("5");
    assertThat(value("investment.signed-amount")).as("4.13 亿元 in 万元").isEqualTo("41300");
    assertThat(value("investment.landed-amount")).as("1.83 亿元 in 万元").isEqualTo("18300");
    assertThat(value("investment.shepherded-completed")).isEqualTo("9513.54");
    assertThat(value("investment.shepherded-target")).isEqualTo("19000");
    assertThat(value("investment.planned-projects")).isEqualTo("3");
    assertThat(value("investment.planned-investment")).isEqualTo("24000");
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(system.callIn(demo(), () -> statistics.of(year)).combined())
        .isEqualTo("9,513.54万元 / 1.90亿元 = 50.07%");
  }
}
