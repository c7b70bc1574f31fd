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
 * The demo committee: plausible, and loading it again changes nothing. On H2 ({@link
 * DemoDataH2Test}) and PostgreSQL ({@link DemoDataPostgresTest}).
 */
abstract class DemoDataScenarios extends IntegrationTestSupport {

  @Autowired List<DemoData> demoData;

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
    assertThat(total("sectors", "f_committeeId=" + committee)).isEqualTo(15);
    assertThat(total("special-committees", "f_committeeId=" + committee)).isEqualTo(8);
    assertThat(total("terms", "f_committeeId=" + committee)).isEqualTo(1);
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

  @Test
  void loadingTheDemoAgainChangesNothing() {
    assertThat(demoData).isNotEmpty();
    Map<String, Long> before = counts();
    systemActor.run(() -> demoData.forEach(DemoData::load));
    demoData.forEach(DemoData::load);
    assertThat(counts()).isEqualTo(before);
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
