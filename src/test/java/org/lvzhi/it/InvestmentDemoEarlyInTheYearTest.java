package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo committee loaded on a day early in the year (15 January, Asia/Shanghai): the investment
 * demo dates its leads, signings and landings on fixed days of the current year, most of them still
 * ahead on such a day. A clock of its own, so a context of its own; kept out of the normal run
 * while the bug stands, since the application does not start.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lvzhi.admin.password=" + IntegrationTestSupport.ADMIN_PASSWORD,
      "lvzhi.demo=true",
      "spring.datasource.url=jdbc:h2:mem:lvzhi-it-demo-january;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "spring.main.allow-bean-definition-overriding=true"
    })
class InvestmentDemoEarlyInTheYearTest {

  @TestConfiguration
  static class January {

    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2027-01-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }
  }

  @Autowired JdbcClient jdbc;

  @Test
  void theDemoLoadsWithNothingDatedAfterToday() {
    assertThat(jdbc.sql("select count(*) from investment_project").query(Long.class).single())
        .isPositive();
    assertThat(
            jdbc.sql("select count(*) from investment_project where lead_on > date '2027-01-15'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from project_move where occurred_on > date '2027-01-15'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
