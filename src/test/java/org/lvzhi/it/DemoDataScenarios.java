package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.DemoData;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The demo committees: a city above two counties, each county plausible and filled inside its own
 * committee, nothing referring across committees, and loading it again changes nothing. On H2
 * ({@link DemoDataH2Test}) and PostgreSQL ({@link DemoDataPostgresTest}).
 */
abstract class DemoDataScenarios extends IntegrationTestSupport {

  static final String SECOND_COUNTY = "政协云岭县委员会";
  static final String CITY = "政协云州市委员会";

  @Autowired List<DemoData> demoData;

  @Test
  void aCityIsAboveBothCounties() {
    long city = idOf("committee", CITY);
    assertThat(committee(city)).containsExactly("CITY", "云州市", null);
    assertThat(committee(demoCommitteeId())).containsExactly("COUNTY", "云溪县", city);
    assertThat(committee(idOf("committee", SECOND_COUNTY))).containsExactly("COUNTY", "云岭县", city);
    // The administrator of the deployment works in the first county, as before.
    assertThat(adminCommittee()).isEqualTo(demoCommitteeId());
  }

  private List<Object> committee(long id) {
    return jdbc.sql("select level, region, parent_id from committee where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                java.util.Arrays.<Object>asList(
                    rs.getString(1), rs.getString(2), rs.getObject(3, Long.class)))
        .single();
  }

  @Test
  void theSecondCountyHasAYearOfItsOwn() {
    long county = idOf("committee", SECOND_COUNTY);
    assertThat(
            inCounty("select count(*) from term where committee_id = :c and name = '第十届'", county))
        .isEqualTo(1);
    assertThat(inCounty("select count(*) from plenary_session where committee_id = :c", county))
        .isEqualTo(5);
    assertThat(inCounty("select count(*) from sector where committee_id = :c", county))
        .isBetween(3L, 15L);
    assertThat(
            inCounty(
                "select count(*) from special_committee where committee_id = :c"
                    + " and name = '经济委员会'",
                county))
        .isEqualTo(1);
    assertThat(inCounty("select count(*) from unit where committee_id = :c", county))
        .isBetween(5L, 10L);
    assertThat(inCounty("select count(*) from member where committee_id = :c", county))
        .isBetween(15L, 25L);
    assertThat(
            inCounty(
                "select count(*) from member where committee_id = :c and leadership_role = 'CHAIR'",
                county))
        .isEqualTo(1);
    assertThat(inCounty("select count(*) from activity_type where committee_id = :c", county))
        .as("the county's own activity types")
        .isEqualTo(
            inCounty(
                "select count(*) from activity_type where committee_id = :c", demoCommitteeId()));
    assertThat(inCounty("select count(*) from activity where committee_id = :c", county))
        .isBetween(5L, 20L);
    assertThat(
            inCounty(
                "select count(distinct a.id) from activity a join activity_type t on t.id = a.type_id"
                    + " join activity_province p on p.activity_id = a.id"
                    + " where a.committee_id = :c and t.category = 'INVESTMENT_OUTBOUND'",
                county))
        .as("investment trips with provinces")
        .isGreaterThanOrEqualTo(2);
    for (String category : List.of("TRAINING", "SUPERVISION", "INVESTMENT_OUTBOUND")) {
      assertThat(
              inCounty(
                  "select count(*) from participation p join activity a on a.id = p.activity_id"
                      + " join activity_type t on t.id = a.type_id"
                      + " where a.committee_id = :c and t.category = '"
                      + category
                      + "'",
                  county))
          .as("participants of the county's %s", category)
          .isPositive();
    }
    assertThat(inCounty("select count(*) from investment_project where committee_id = :c", county))
        .isBetween(1L, 2L);
    assertThat(
            inCounty(
                "select count(*) from project_move m join investment_project p on p.id = m.project_id"
                    + " where p.committee_id = :c",
                county))
        .isGreaterThanOrEqualTo(3);
    assertThat(inCounty("select count(*) from rectification where committee_id = :c", county))
        .isBetween(1L, 2L);
    assertThat(inCounty("select count(*) from duty_report where committee_id = :c", county))
        .isPositive();

    // Its accounts and the city's work in their own committees.
    Map<String, String> accounts = new LinkedHashMap<>();
    jdbc.sql(
            "select a.username, a.role, c.name from account a join committee c on c.id = a.committee_id"
                + " where a.username in ('yunling', 'yunling-member', 'city', 'cityadmin')")
        .query(
            rs -> {
              accounts.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
            });
    assertThat(accounts)
        .containsOnly(
            Map.entry("yunling", "STAFF " + SECOND_COUNTY),
            Map.entry("yunling-member", "MEMBER " + SECOND_COUNTY),
            Map.entry("city", "STAFF " + CITY),
            Map.entry("cityadmin", "ADMIN " + CITY));
  }

  private long inCounty(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).single();
  }

  /** Records that refer to a record of another committee: none. */
  @Test
  void nothingReferToAnotherCommittee() {
    Map<String, String> crossings = new LinkedHashMap<>();
    crossings.put("sessions of terms", "plenary_session x join term y on y.id = x.term_id");
    crossings.put("members of terms", "member x join term y on y.id = x.term_id");
    crossings.put("members of sectors", "member x join sector y on y.id = x.sector_id");
    crossings.put(
        "members of special committees",
        "member x join member_special_committee j on j.member_id = x.id"
            + " join special_committee y on y.id = j.special_committee_id");
    crossings.put("accounts of members", "account x join member y on y.id = x.member_id");
    crossings.put("accounts of units", "account x join unit y on y.id = x.unit_id");
    crossings.put(
        "accounts of special committees",
        "account x join special_committee y on y.id = x.special_committee_id");
    crossings.put("activities of types", "activity x join activity_type y on y.id = x.type_id");
    crossings.put(
        "activities of special committees",
        "activity x join special_committee y on y.id = x.special_committee_id");
    crossings.put("activities' leaders", "activity x join member y on y.id = x.leader_id");
    crossings.put(
        "participating members",
        "participation p join activity x on x.id = p.activity_id join member y on y.id = p.member_id");
    crossings.put(
        "participating cadres",
        "participation p join activity x on x.id = p.activity_id join account y on y.id = p.account_id");
    crossings.put(
        "outcomes of activities", "activity_outcome x join activity y on y.id = x.activity_id");
    crossings.put("outcomes' units", "activity_outcome x join unit y on y.id = x.unit_id");
    crossings.put("duty reports of members", "duty_report x join member y on y.id = x.member_id");
    crossings.put(
        "projects from trips",
        "investment_project x join activity y on y.id = x.source_activity_id");
    crossings.put(
        "projects' units", "investment_project x join unit y on y.id = x.responsible_unit_id");
    crossings.put(
        "projects' shepherds",
        "investment_project x join project_shepherd s on s.project_id = x.id"
            + " join member y on y.id = s.member_id");
    crossings.put(
        "milestones of projects",
        "project_milestone x join investment_project y on y.id = x.project_id");
    crossings.put(
        "problems of projects",
        "rectification x join investment_project y on y.id = x.source_id"
            + " and x.source_type = 'PROJECT'");
    crossings.put("problems' units", "rectification x join unit y on y.id = x.unit_id");
    crossings.put(
        "opinion reports' members", "opinion_report x join member y on y.id = x.lead_member_id");
    crossings.put("outputs from activities", "output x join activity y on y.id = x.activity_id");
    crossings.put("proposals' lead authors", "proposal x join member y on y.id = x.lead_member_id");
    crossings.put(
        "proposals' sessions", "proposal x join plenary_session y on y.id = x.session_id");
    crossings.put(
        "proposals' units",
        "proposal x join proposal_unit u on u.proposal_id = x.id join unit y on y.id = u.unit_id");
    crossings.put(
        "proposals' co-signers",
        "proposal x join proposal_cosigner c on c.proposal_id = x.id"
            + " join member y on y.id = c.member_id");
    crossings.put("figures of reports", "report_figure x join report y on y.id = x.report_id");
    crossings.put("versions of reports", "report_version x join report y on y.id = x.report_id");
    crossings.put(
        "blocks of report versions", "report_block x join report_version y on y.id = x.version_id");
    crossings.put(
        "report template sentences",
        "report_sentence x join report_section y on y.id = x.section_id");
    Map<String, Long> found = new LinkedHashMap<>();
    crossings.forEach(
        (what, join) ->
            found.put(
                what,
                jdbc.sql("select count(*) from " + join + " where x.committee_id <> y.committee_id")
                    .query(Long.class)
                    .single()));
    assertThat(found).allSatisfy((what, count) -> assertThat(count).as(what).isZero());
  }

  @Test
  void theDemoCommitteeIsPlausible() {
    long committee = demoCommitteeId();
    long term = demoTermId();
    assertThat(total("members", "f_termId=" + term)).isEqualTo(150);
    assertThat(total("members", "f_termId=" + term + "&f_status=LEFT")).isEqualTo(1);
    assertThat(total("members", "f_termId=" + term + "&f_leadershipRole=CHAIR")).isEqualTo(1);
    assertThat(total("members", "f_termId=" + term + "&f_gender=FEMALE")).isBetween(30L, 120L);
    assertThat(total("units", "f_committeeId=" + committee)).isGreaterThanOrEqualTo(40);
    assertThat(total("units", "f_committeeId=" + committee + "&f_unitType=ENTERPRISE"))
        .isPositive();
    // The tests' own fixtures live in the same committee (the administrator's): count the demo's.
    assertThat(loadedByTheDemo("sector", committee)).isEqualTo(15);
    assertThat(loadedByTheDemo("special_committee", committee)).isEqualTo(8);
    assertThat(loadedByTheDemo("term", committee)).isEqualTo(1);
    assertThat(total("sessions", "f_termId=" + term)).isEqualTo(5);

    // Every demo member belongs to a sector and a special committee of the demo committee.
    JsonNode page = admin().get("/api/v1/members?f_termId=" + term + "&size=200").json();
    assertThat(page.path("rows").size()).isEqualTo(150);
    page.path("rows")
        .values()
        .forEach(
            member -> {
              assertThat(member.path("sectorId").isNull())
                  .as(member.path("name").asString())
                  .isFalse();
              assertThat(member.path("specialCommittees").size())
                  .as(member.path("name").asString())
                  .isEqualTo(1);
              assertThat(member.path("mobile").asString()).matches("1[3-9]\\d{9}");
            });

    Map<String, String> roles = new LinkedHashMap<>();
    jdbc.sql(
            "select username, role from account where username in"
                + " ('office', 'economy', 'chair', 'member', 'unit', 'auditor')")
        .query(
            rs -> {
              roles.put(rs.getString(1), rs.getString(2));
            });
    assertThat(roles)
        .containsOnly(
            Map.entry("office", "STAFF"),
            Map.entry("economy", "COMMITTEE_STAFF"),
            Map.entry("chair", "LEADER"),
            Map.entry("member", "MEMBER"),
            Map.entry("unit", "UNIT"),
            Map.entry("auditor", "AUDITOR"));
    // Demo passwords are random, never a built-in one.
    assertThat(
            jdbc.sql(
                    "select count(distinct password_hash) from account where username in"
                        + " ('office', 'economy', 'chair', 'member', 'unit', 'auditor')")
                .query(Long.class)
                .single())
        .isEqualTo(6);
  }

  /** The committee's records of a table that the demo created (as the system user). */
  private long loadedByTheDemo(String table, long committee) {
    return jdbc.sql(
            "select count(*) from "
                + table
                + " t where t.committee_id = :c and exists (select 1 from history_entry h"
                + " where h.record_type = :table and h.record_id = t.id and h.action = 'CREATE'"
                + " and h.actor = 'system')")
        .param("c", committee)
        .param("table", table)
        .query(Long.class)
        .single();
  }

  /**
   * The demo's year of opinion reports and outputs: reports in every state, a dozen issues of
   * 《社情民意》, adoptions at every level, and the seed's "优秀学习心得体会、调研感言等10余篇" counted.
   */
  @Test
  void theDemoYearOfOpinionReportsAndOutputsIsBelievable() {
    long committee = demoCommitteeId();
    java.util.Set<String> states =
        new java.util.HashSet<>(
            jdbc.sql("select distinct status from opinion_report where committee_id = :c")
                .param("c", committee)
                .query(String.class)
                .list());
    assertThat(states)
        .contains(
            "SAVED", "SUBMITTED", "NOT_ADOPTED", "EDITED", "REVIEWED", "SIGNED_OFF", "PUBLISHED");
    // The tests' own reports live in the same committee: count the demo's.
    assertThat(loadedByTheDemo("opinion_report", committee)).isBetween(35L, 50L);
    int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(
            jdbc.sql(
                    "select count(*) from bulletin where committee_id = :c and status = 'PUBLISHED'"
                        + " and issue_year = :y")
                .param("c", committee)
                .param("y", thisYear)
                .query(Long.class)
                .single())
        .isEqualTo(12);
    assertThat(
            jdbc.sql("select count(distinct level) from adoption where committee_id = :c")
                .param("c", committee)
                .query(Long.class)
                .single())
        .isEqualTo(4);
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    Http.Response excellent =
        as(org.lvzhi.system.Role.STAFF)
            .get(
                "/api/v1/metrics/output.count?from="
                    + year
                    + "-01-01&to="
                    + year
                    + "-12-31&type=REFLECTION,RESEARCH_REFLECTION&excellent=true");
    assertThat(excellent.json().path("value").asLong()).as("10余篇").isBetween(10L, 19L);
    assertThat(
            jdbc.sql("select count(distinct output_type) from output where committee_id = :c")
                .param("c", committee)
                .query(Long.class)
                .single())
        .isEqualTo(7);
  }

  @Test
  void theDemoCountyHasItsHalfYearReportInTwoVersionsWithFiguresFromItsRecords() {
    long committee = demoCommitteeId();
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    Long report =
        jdbc.sql(
                "select id from report where committee_id = :c and title = :t and period_from = :f")
            .param("c", committee)
            .param("t", "云溪县政协" + year + "年上半年工作进展情况")
            .param("f", java.time.LocalDate.of(year, 1, 1))
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql("select count(*) from report_version where report_id = :r")
                .param("r", report)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from report_figure where report_id = :r")
                .param("r", report)
                .query(Long.class)
                .single())
        .as("figures written from the demo's records")
        .isGreaterThan(10);
    String text =
        String.join(
            "",
            jdbc.sql(
                    "select b.text from report_block b join report_version v on v.id = b.version_id"
                        + " where v.report_id = :r and v.number = 2 order by b.position")
                .param("r", report)
                .query(String.class)
                .list());
    assertThat(text).contains("党组成员带队开展招商走请活动").contains("下一步，县政协将继续");
  }

  @Test
  void theDemoCountyHasAYearOfProposalsInEveryState() {
    long committee = demoCommitteeId();
    Map<String, Long> byStatus = new LinkedHashMap<>();
    jdbc.sql(
            // The demo's own: other suites sharing the context add proposals of their own.
            "select status, count(*) from proposal where committee_id = :c"
                + " and subject not like '%夹具%' and drafted_by not like 'it-%'"
                + " and drafted_by <> 'test' group by status")
        .param("c", committee)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> byStatus.put(rs.getString(1), rs.getLong(2)));
    assertThat(byStatus.keySet())
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(org.lvzhi.proposal.ProposalStatus.values())
                .map(Enum::name)
                .toArray(String[]::new));
    assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isBetween(170L, 200L);
    String demo = " from proposal t where t.committee_id = :c and t.subject not like '%夹具%'";
    assertThat(inCounty("select count(*)" + demo + " and t.overdue = true", committee))
        .isBetween(5L, 30L);
    assertThat(inCounty("select count(*)" + demo + " and t.rehandled > 0", committee)).isPositive();
    assertThat(inCounty("select count(*)" + demo + " and t.key_proposal = true", committee))
        .isBetween(6L, 16L);
    assertThat(inCounty("select count(*)" + demo + " and t.urged > 0", committee)).isPositive();
    assertThat(
            inCounty(
                "select count(*)"
                    + demo
                    + " and exists (select 1 from proposal_unit u join account a"
                    + " on a.unit_id = u.unit_id where u.proposal_id = t.id and a.username = 'unit')",
                committee))
        .isGreaterThanOrEqualTo(5);
    // At least, here and below: suites sharing the context sign in as the demo member and leave
    // drafts and unconfirmed co-signatures of their own.
    assertThat(
            inCounty(
                "select count(*)"
                    + demo
                    + " and t.status = 'AWAITING_COSIGNERS' and exists"
                    + " (select 1 from proposal_cosigner c join account a on a.member_id ="
                    + " c.member_id where c.proposal_id = t.id and a.username = 'member'"
                    + " and c.confirmed_on is null)",
                committee))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            inCounty(
                "select count(*)"
                    + demo
                    + " and t.status = 'DRAFT' and exists (select 1 from"
                    + " account a where a.member_id = t.lead_member_id and a.username = 'member')",
                committee))
        .isGreaterThanOrEqualTo(3);
    assertThat(
            inCounty(
                "select count(*) from proposal_message m join proposal t on t.id = m.proposal_id"
                    + " where t.committee_id = :c",
                committee))
        .isPositive();
  }

  @Test
  void theDemoCountyHasAYearOfSupervision() {
    long county = idOf("committee", "政协云溪县委员会");
    // At least: suites sharing the context add squads and plans to the demo county.
    assertThat(count("select count(*) from supervision_squad where committee_id = :c", county))
        .isGreaterThanOrEqualTo(3);
    assertThat(count("select count(*) from supervision_plan where committee_id = :c", county))
        .isGreaterThanOrEqualTo(1);
    assertThat(count("select count(*) from supervision_visit where committee_id = :c", county))
        .isGreaterThanOrEqualTo(30);
    assertThat(
            count(
                "select count(distinct u.unit_id) from supervision_visit_unit u join supervision_visit v"
                    + " on v.id = u.visit_id where v.committee_id = :c",
                county))
        .as("a dozen departments and enterprises")
        .isGreaterThanOrEqualTo(12);
    assertThat(
            jdbc.sql(
                    "select distinct r.status from supervision_finding f join rectification r"
                        + " on r.id = f.rectification_id where f.committee_id = :c")
                .param("c", county)
                .query(String.class)
                .list())
        .contains("ASSIGNED", "IN_PROGRESS", "RESOLVED", "VERIFIED", "REOPENED");
    assertThat(
            count(
                "select count(*) from supervision_visit v join activity a on a.id = v.activity_id"
                    + " join activity_type t on t.id = a.type_id where t.category = 'SUPERVISION'"
                    + " and v.committee_id = :c",
                county))
        .as("every visit is a supervision activity")
        .isEqualTo(count("select count(*) from supervision_visit where committee_id = :c", county));
    assertThat(count("select count(*) from supervision_outcome where committee_id = :c", county))
        .as("形成监督成果20余项")
        .isGreaterThanOrEqualTo(20);
  }

  private long count(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).single();
  }

  @Test
  void theDemoCountyHasConsultationMeetingsWithSuggestionsInEveryStateAndOnlineConsultations() {
    long committee = demoCommitteeId();
    java.util.Set<String> states =
        new java.util.HashSet<>(
            jdbc.sql("select distinct status from consultation_suggestion where committee_id = :c")
                .param("c", committee)
                .query(String.class)
                .list());
    assertThat(states).contains("PENDING", "SENT", "ADOPTED", "IMPLEMENTING", "NOT_ADOPTED");
    assertThat(
            jdbc.sql(
                    "select count(distinct source_id) from consultation_suggestion"
                        + " where committee_id = :c and source_kind = 'MEETING'")
                .param("c", committee)
                .query(Long.class)
                .single())
        .as("four meetings")
        .isGreaterThanOrEqualTo(4);
    assertThat(
            jdbc.sql(
                    "select status from online_consultation where committee_id = :c"
                        + " and topic in ('如何破解城区停车难', '老旧小区改造中的居民参与') order by id")
                .param("c", committee)
                .query(String.class)
                .list())
        .containsExactly("CLOSED", "OPEN");
    assertThat(
            jdbc.sql(
                    "select count(*) from online_comment c join online_consultation o"
                        + " on o.id = c.consultation_id where o.topic = '如何破解城区停车难' and c.hidden")
                .query(Long.class)
                .single())
        .as("one comment hidden by staff")
        .isEqualTo(1);
  }

  @Test
  void loadingTheDemoAgainChangesNothing() {
    assertThat(demoData).isNotEmpty();
    assertThat(jdbc.sql("select count(*) from committee").query(Long.class).single())
        .isGreaterThanOrEqualTo(3);
    Map<String, Long> before = counts();
    List<String> committees = committeeRows();
    systemActor.run(() -> demoData.forEach(DemoData::load));
    demoData.forEach(DemoData::load);
    assertThat(counts()).isEqualTo(before);
    assertThat(committeeRows())
        .as("committees, their names, parents and versions")
        .isEqualTo(committees);
  }

  private List<String> committeeRows() {
    return jdbc.sql("select id, name, parent_id, version from committee order by id")
        .query(
            (rs, n) ->
                rs.getLong(1) + " " + rs.getString(2) + " " + rs.getObject(3) + " " + rs.getInt(4))
        .list();
  }

  /** Rows of every table of the application (sessions and Flyway's own table aside). */
  private Map<String, Long> counts() {
    List<String> tables =
        jdbc
            .sql(
                "select table_name from information_schema.tables"
                    + " where lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')"
                    + " order by table_name")
            .query(String.class)
            .list()
            .stream()
            .map(name -> name.toLowerCase(java.util.Locale.ROOT))
            .filter(name -> !name.startsWith("spring_session") && !name.startsWith("flyway"))
            .toList();
    assertThat(tables).contains("member", "unit", "account", "history_entry");
    Map<String, Long> counts = new LinkedHashMap<>();
    tables.forEach(
        table ->
            counts.put(
                table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
    return counts;
  }
}
