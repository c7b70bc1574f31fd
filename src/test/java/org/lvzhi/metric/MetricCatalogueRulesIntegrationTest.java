package org.lvzhi.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rules every metric of the catalogue keeps — a period of one day is a period, a part of a period
 * never counts more than the whole, an end before the start is refused, the records behind a number
 * come a page at a time with their total while the number stays exact — and the figures the seed
 * needs, on the demo's known records.
 */
@OnMetricDatabase
class MetricCatalogueRulesIntegrationTest {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private static final LocalDate JAN_1 = LocalDate.of(YEAR, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(YEAR, 12, 31);

  @Autowired MetricCatalogue catalogue;
  @Autowired JdbcClient jdbc;
  @Autowired SystemActor system;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void everyMetricKeepsThePeriodRuleAndPagesItsRecords() throws Exception {
    // The API answers for the committee the administrator works in: the demo's.
    long demo = MetricsPerCommitteeIntegrationTest.demoCommittee(jdbc);
    SoftAssertions soft = new SoftAssertions();
    for (Metric metric : catalogue.all()) {
      MetricResult year = compute(demo, metric, JAN_1, DEC_31);
      MetricResult oneDay = compute(demo, metric, JAN_1, JAN_1);
      soft.assertThat(oneDay.value()).as("%s over one day", metric.name()).isNotNull();
      if (!metric.unit().equals("%")) {
        // Quarters rather than months: the rule is the same, at a third of the computing.
        for (int quarter = 0; quarter < 4; quarter++) {
          LocalDate start = LocalDate.of(YEAR, 3 * quarter + 1, 1);
          MetricResult part = compute(demo, metric, start, start.plusMonths(3).minusDays(1));
          soft.assertThat(part.value())
              .as("%s in quarter %d is part of the year's", metric.name(), quarter + 1)
              .isLessThanOrEqualTo(year.value());
        }
      }
      String base = "/api/v1/metrics/" + metric.name() + "?from=" + JAN_1 + "&to=" + DEC_31;
      soft.assertThat(status(base.replace("to=" + DEC_31, "to=" + JAN_1.minusDays(1))))
          .as("%s: an end before the start", metric.name())
          .isEqualTo(400);
      soft.assertThat(status(base + "&page=0")).as("%s: page 0", metric.name()).isEqualTo(400);
      soft.assertThat(status(base + "&size=501"))
          .as("%s: a page too big", metric.name())
          .isEqualTo(400);
      List<String> paged = new ArrayList<>();
      // The first pages of two, one after another, are the first records.
      int size = 2;
      int pages = Math.min((year.sources().size() + size - 1) / size, 3);
      for (int page = 1; page <= pages; page++) {
        JsonNode answer = answer(base + "&size=" + size + "&page=" + page);
        soft.assertThat(answer.path("value").decimalValue())
            .as("%s page %d keeps the exact value", metric.name(), page)
            .isEqualByComparingTo(year.value());
        soft.assertThat(answer.path("total").asLong())
            .as("%s: the total of its records", metric.name())
            .isEqualTo(year.sources().size());
        answer.path("sources").forEach(s -> paged.add(s.path("href").asString()));
      }
      soft.assertThat(paged)
          .as("%s: the pages, one after another, are its records", metric.name())
          .containsExactlyElementsOf(
              year.sources().stream()
                  .limit((long) pages * size)
                  .map(MetricResult.Source::href)
                  .toList());
      JsonNode past = answer(base + "&size=500&page=" + (year.sources().size() / 500 + 2));
      soft.assertThat(past.path("sources").size())
          .as("%s: a page past the last is empty", metric.name())
          .isZero();
    }
    soft.assertAll();
  }

  @Test
  void theShepherdedProjectsCompleteTheSeedsFiftyPointZeroSevenPercent() {
    Assumptions.assumeTrue(
        LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue() >= 6,
        "the demo enters the shepherded months up to the current one");
    long demo = MetricsPerCommitteeIntegrationTest.demoCommittee(jdbc);
    long first = project("农副产品购销项目");
    long second = project("花岗岩板材生产线建设项目");
    assertThat(value(demo, "investment.shepherded-completed", Map.of()))
        .isEqualByComparingTo("9513.54");
    assertThat(
            value(demo, "investment.shepherded-completed", Map.of("project", Long.toString(first))))
        .isEqualByComparingTo("7599.03");
    assertThat(
            value(demo, "investment.shepherded-completed", Map.of("project", first + "," + second)))
        .isEqualByComparingTo("9513.54");
    assertThat(value(demo, "investment.shepherded-completion-rate", Map.of()))
        .isEqualByComparingTo("50.07");
    assertThat(
            value(
                demo,
                "investment.shepherded-completion-rate",
                Map.of("project", Long.toString(second))))
        .as("1 914.51 of 7 000 万元")
        .isEqualByComparingTo("27.35");
    assertThatThrownBy(() -> value(demo, "investment.shepherded-completed", Map.of("project", "x")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void projectsReachingAStageCountOnceOnTheDayTheyReachedIt() {
    long demo = MetricsPerCommitteeIntegrationTest.demoCommittee(jdbc);
    MetricResult negotiating =
        compute(
            demo,
            catalogue.get("investment.reached-stage"),
            JAN_1,
            DEC_31,
            Map.of("stage", "NEGOTIATING"));
    long expected =
        jdbc.sql(
                "select count(distinct p.id) from investment_project p join project_move m on m.project_id = p.id"
                    + " where p.committee_id = :c and m.to_stage in ('NEGOTIATING', 'SIGNED', 'REGISTERED',"
                    + " 'LANDED', 'STARTED', 'OPERATING') and (m.from_stage is null or m.from_stage in"
                    + " ('LEAD', 'ASSESSED')) and m.occurred_on between :from and :to")
            .param("c", demo)
            .param("from", JAN_1)
            .param("to", DEC_31)
            .query(Long.class)
            .single();
    assertThat(negotiating.value()).isEqualByComparingTo(BigDecimal.valueOf(expected)).isPositive();
    assertThat(negotiating.sources()).hasSize((int) expected);
    LocalDate day =
        jdbc.sql(
                "select min(m.occurred_on) from project_move m join investment_project p on p.id = m.project_id"
                    + " where p.committee_id = :c and m.to_stage in ('NEGOTIATING', 'SIGNED', 'REGISTERED',"
                    + " 'LANDED', 'STARTED', 'OPERATING') and (m.from_stage is null or m.from_stage in"
                    + " ('LEAD', 'ASSESSED')) and m.occurred_on >= :from")
            .param("c", demo)
            .param("from", JAN_1)
            .query(LocalDate.class)
            .single();
    assertThat(
            compute(
                    demo,
                    catalogue.get("investment.reached-stage"),
                    day,
                    day,
                    Map.of("stage", "NEGOTIATING"))
                .value())
        .as("a period of the one day the project reached it")
        .isPositive();
    assertThatThrownBy(() -> value(demo, "investment.reached-stage", Map.of("stage", "FLYING")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void enterprisesMetCountEachUnitOnceAndParticipantsIncludeExternalPeople() {
    long demo = MetricsPerCommitteeIntegrationTest.demoCommittee(jdbc);
    MetricResult met = compute(demo, catalogue.get("activity.enterprises-met"), JAN_1, DEC_31);
    long distinct =
        jdbc.sql(
                "select count(distinct o.unit_id) from activity_outcome o join activity a on a.id = o.activity_id"
                    + " where o.kind = 'ENTERPRISE_MET' and a.committee_id = :c and a.cancelled = false"
                    + " and a.starts_at >= :from and a.starts_at < :until")
            .param("c", demo)
            .param("from", JAN_1.atStartOfDay())
            .param("until", DEC_31.plusDays(1).atStartOfDay())
            .query(Long.class)
            .single();
    assertThat(met.value()).isEqualByComparingTo(BigDecimal.valueOf(distinct)).isPositive();
    assertThat(met.names()).hasSize((int) distinct).doesNotHaveDuplicates();
    assertThat(value(demo, "activity.enterprises-met", Map.of("unitType", "ENTERPRISE")))
        .isLessThanOrEqualTo(met.value());

    Map<String, String> training = Map.of("category", "TRAINING");
    String activities =
        " from activity a join activity_type t on t.id = a.type_id where a.committee_id = :c"
            + " and a.cancelled = false and t.category = 'TRAINING' and a.starts_at >= :from"
            + " and a.starts_at < :until";
    long people =
        jdbc.sql(
                "select count(*) from (select distinct p.member_id, p.account_id from participation p"
                    + " where p.state = 'PRESENT' and p.activity_id in (select a.id"
                    + activities
                    + ")) d")
            .param("c", demo)
            .param("from", JAN_1.atStartOfDay())
            .param("until", DEC_31.plusDays(1).atStartOfDay())
            .query(Long.class)
            .single();
    long external =
        jdbc.sql("select coalesce(sum(a.external_count), 0)" + activities)
            .param("c", demo)
            .param("from", JAN_1.atStartOfDay())
            .param("until", DEC_31.plusDays(1).atStartOfDay())
            .query(Long.class)
            .single();
    assertThat(value(demo, "activity.participants", training))
        .isEqualByComparingTo(BigDecimal.valueOf(people + external));
    assertThat(value(demo, "activity.participant-times", training))
        .isGreaterThanOrEqualTo(BigDecimal.valueOf(people));
  }

  private long project(String name) {
    return jdbc.sql("select id from investment_project where name = :n")
        .param("n", name)
        .query(Long.class)
        .list()
        .get(0);
  }

  private BigDecimal value(long committee, String metric, Map<String, String> filters) {
    return compute(committee, catalogue.get(metric), JAN_1, DEC_31, filters).value();
  }

  private MetricResult compute(long committee, Metric metric, LocalDate from, LocalDate to) {
    return compute(committee, metric, from, to, Map.of());
  }

  private MetricResult compute(
      long committee, Metric metric, LocalDate from, LocalDate to, Map<String, String> filters) {
    return system.callIn(
        committee, () -> metric.compute(new MetricQuery(committee, from, to, filters)));
  }

  private int status(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic("admin", OnMetricDatabase.ADMIN_PASSWORD)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private JsonNode answer(String path) throws Exception {
    var response =
        mvc.perform(get(path).with(httpBasic("admin", OnMetricDatabase.ADMIN_PASSWORD)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
