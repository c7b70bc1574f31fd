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
 * The demo's proposals loaded on 15 January (Asia/Shanghai), a week after the session opened: the
 * last session's year is shown instead, every state is there, and nothing is dated after today.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lvzhi.admin.password=" + IntegrationTestSupport.ADMIN_PASSWORD,
      "lvzhi.demo=true",
      "spring.datasource.url=jdbc:h2:mem:lvzhi-it-proposals-january;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "spring.main.allow-bean-definition-overriding=true"
    })
class ProposalDemoEarlyInTheYearTest {

  static final String TODAY = "2027-01-15";

  @TestConfiguration
  static class January {

    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse(TODAY + "T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }
  }

  @Autowired JdbcClient jdbc;

  @Test
  void theProposalDemoLoadsWithNothingDatedAfterToday() {
    assertThat(count("select count(distinct status) from proposal")).isEqualTo(13);
    for (String column :
        new String[] {
          "submitted_on",
          "reviewed_on",
          "assigned_on",
          "replied_on",
          "checked_on",
          "rated_on",
          "closed_on",
          "urged_on"
        }) {
      assertThat(count("select count(*) from proposal where " + column + " > date '" + TODAY + "'"))
          .as(column)
          .isZero();
    }
    assertThat(
            count(
                "select count(*) from proposal_unit where acknowledged_on > date '"
                    + TODAY
                    + "' or contacted_on > date '"
                    + TODAY
                    + "'"))
        .isZero();
    assertThat(count("select count(*) from proposal where overdue = true")).isPositive();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
