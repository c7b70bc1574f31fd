package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.register.Registers;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seed article's trips: six outbound investment trips led by party-group members to four
 * provinces.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activity-flow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
@AutoConfigureMockMvc
class ActivityMetricsIntegrationTest {

  @Autowired Registers registers;
  @Autowired SystemActor system;
  @Autowired JdbcClient jdbc;
  @Autowired MetricCatalogue metrics;
  @Autowired MockMvc mvc;

  /** The demo county the test works in (the demo has a second one with the same types). */
  private static final String IN_DEMO =
      " and committee_id = (select id from committee where name = '政协云溪县委员会')";

  @Test
  void sixTripsToFourProvincesLedByThePartyGroup() throws Exception {
    long demo =
        jdbc.sql("select id from committee where name = '政协云溪县委员会'").query(Long.class).single();
    long outbound =
        jdbc.sql("select id from activity_type where category = 'INVESTMENT_OUTBOUND'" + IN_DEMO)
            .query(Long.class)
            .single();
    long reception =
        jdbc.sql("select id from activity_type where category = 'INVESTMENT_RECEPTION'" + IN_DEMO)
            .query(Long.class)
            .single();
    List<Long> partyGroup =
        jdbc.sql("select id from member where party_group = true" + IN_DEMO + " order by id")
            .query(Long.class)
            .list();
    long ordinary =
        jdbc.sql(
                "select id from member where party_group = false"
                    + IN_DEMO
                    + " order by id limit 1")
            .query(Long.class)
            .single();
    List<List<String>> trips =
        List.of(
            List.of("FJ"),
            List.of("JS"),
            List.of("SD"),
            List.of("SC"),
            List.of("FJ", "JS"),
            List.of("SD"));
    system.runIn(
        demo,
        () -> {
          for (int i = 0; i < trips.size(); i++) {
            trip(
                "赴外省招商 " + (i + 1),
                outbound,
                "2023-0" + (i + 2) + "-10T08:00",
                trips.get(i),
                partyGroup.get(i % partyGroup.size()));
          }
          trip("普通委员带队招商", outbound, "2023-04-20T08:00", List.of("ZJ"), ordinary);
          trip("请进来", reception, "2023-05-20T09:00", List.of("SN"), partyGroup.get(0));
          trip("上一年的招商", outbound, "2022-11-20T08:00", List.of("GD"), partyGroup.get(0));
        });

    Map<String, String> ledByPartyGroup =
        Map.of("category", "INVESTMENT_OUTBOUND", "ledByPartyGroup", "true");
    MetricResult count =
        metrics.compute("activity.count", MetricQuery.year(demo, 2023, ledByPartyGroup));
    MetricResult provinces =
        metrics.compute("activity.provinces", MetricQuery.year(demo, 2023, ledByPartyGroup));

    assertThat(count.value()).isEqualByComparingTo("6");
    assertThat(count.sources())
        .hasSize(6)
        .allSatisfy(s -> assertThat(s.href()).startsWith("/registry/activities/"));
    assertThat(provinces.value()).isEqualByComparingTo("4");
    assertThat(provinces.names()).containsExactly("江苏省", "福建省", "山东省", "四川省");
    assertThat(
            metrics
                .compute(
                    "activity.count",
                    MetricQuery.year(demo, 2023, Map.of("category", "INVESTMENT_OUTBOUND")))
                .value())
        .isEqualByComparingTo("7");
    assertThat(
            metrics
                .compute(
                    "activity.count",
                    MetricQuery.year(
                        demo, 2023, Map.of("category", "INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION")))
                .value())
        .isEqualByComparingTo("8");

    mvc.perform(
            get("/api/v1/metrics/activity.provinces")
                .param("from", "2023-01-01")
                .param("to", "2023-12-31")
                .param("category", "INVESTMENT_OUTBOUND")
                .param("ledByPartyGroup", "true")
                .with(httpBasic("admin", "Yunxi-Pass-2026!")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.value").value(4))
        .andExpect(jsonPath("$.names[1]").value("福建省"));
  }

  private void trip(String title, long type, String start, List<String> provinces, long leader) {
    registers.create(
        "activities",
        Map.of(
            "title",
            List.of(title),
            "typeId",
            List.of(String.valueOf(type)),
            "startsAt",
            List.of(start),
            "endsAt",
            List.of(start.replace("T08:00", "T18:00").replace("T09:00", "T17:00")),
            "provinces",
            provinces,
            "organiser",
            List.of("LEADERSHIP"),
            "leaderId",
            List.of(String.valueOf(leader))));
  }
}
