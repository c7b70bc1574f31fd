package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The committee migration (V15, ADR 7) on a deployment that ran one committee before it: every
 * record of every register ends in that committee, activity types become unique per committee, and
 * an empty database gets the placeholder committee its first administrator belongs to. Plain Flyway
 * on a fresh H2 and a fresh PostgreSQL database, no application context.
 */
class CommitteeMigrationTest {

  /** The last migration before committees named every record's committee. */
  private static final String BEFORE_COMMITTEES = "14";

  /** The tables whose rows V15 gives a committee, with the committee every row must get. */
  private static final List<String> TABLES =
      List.of(
          "term",
          "plenary_session",
          "sector",
          "special_committee",
          "unit",
          "member",
          "account",
          "activity_type",
          "activity",
          "activity_outcome",
          "duty_report",
          "rectification",
          "investment_project",
          "project_milestone",
          "planned_project");

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (Supplier<DataSource>) CommitteeMigrationTest::h2),
        Arguments.of("PostgreSQL", (Supplier<DataSource>) CommitteeMigrationTest::postgres));
  }

  private static DataSource h2() {
    // The same options as the integration tests' databases (IntegrationTestSupport.databases).
    return new DriverManagerDataSource(
        "jdbc:h2:mem:lvzhi-migration-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }

  private static DataSource postgres() {
    return new DriverManagerDataSource(
        EmbeddedPostgresHolder.newDatabase(), EmbeddedPostgresHolder.USER, "postgres");
  }

  private static void migrate(DataSource dataSource, String target) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyRecordOfAOneCommitteeDeploymentGoesToItsCommittee(
      String database, Supplier<DataSource> fresh) {
    DataSource dataSource = fresh.get();
    migrate(dataSource, BEFORE_COMMITTEES);
    JdbcClient jdbc = JdbcClient.create(dataSource);

    long committee =
        insert(
            jdbc, "insert into committee (name, level, region) values ('政协旧县委员会', 'COUNTY', '旧县')");
    long term =
        insert(
            jdbc,
            "insert into term (committee_id, name, ordinal, starts_on, current_term) values ("
                + committee
                + ", '第九届', 9, date '2021-01-01', true)");
    insert(
        jdbc,
        "insert into plenary_session (term_id, name, ordinal, session_year) values ("
            + term
            + ", '第一次会议', 1, 2021)");
    long sector =
        insert(
            jdbc,
            "insert into sector (committee_id, name, sort_order) values ("
                + committee
                + ", '经济界', 1)");
    long specialCommittee =
        insert(
            jdbc,
            "insert into special_committee (committee_id, name, sort_order) values ("
                + committee
                + ", '经济委员会', 1)");
    long unit =
        insert(
            jdbc,
            "insert into unit (committee_id, name, unit_type) values ("
                + committee
                + ", '旧县财政局', 'GOVERNMENT')");
    long member =
        insert(
            jdbc,
            "insert into member (term_id, name, gender, party, sector_id, mobile) values ("
                + term
                + ", '王旧', 'MALE', 'CPC', "
                + sector
                + ", '13900000001')");
    jdbc.sql(
            "insert into member_special_committee (member_id, special_committee_id) values ("
                + member
                + ", "
                + specialCommittee
                + ")")
        .update();
    insert(
        jdbc,
        "insert into account (username, display_name, password_hash, role, member_id) values"
            + " ('13900000001', '王旧', '!', 'MEMBER', "
            + member
            + ")");
    insert(
        jdbc,
        "insert into account (username, display_name, password_hash, role) values"
            + " ('old-admin', '管理员', '!', 'ADMIN')");
    long type =
        insert(
            jdbc,
            "insert into activity_type (name, category, sort_order) values ('旧县调研', 'RESEARCH', 50)");
    long activity =
        insert(
            jdbc,
            "insert into activity (title, type_id, starts_at, ends_at, organiser,"
                + " special_committee_id, check_in_code) values ('旧县经济调研', "
                + type
                + ", timestamp '2022-05-10 09:00:00', timestamp '2022-05-10 12:00:00',"
                + " 'SPECIAL_COMMITTEE', "
                + specialCommittee
                + ", '123456')");
    insert(
        jdbc,
        "insert into activity (title, type_id, starts_at, ends_at, organiser, check_in_code)"
            + " values ('旧县全会', "
            + type
            + ", timestamp '2022-01-10 09:00:00', timestamp '2022-01-10 12:00:00', 'OFFICE',"
            + " '654321')");
    insert(
        jdbc,
        "insert into activity_outcome (activity_id, kind, unit_id, content) values ("
            + activity
            + ", 'ENTERPRISE_MET', "
            + unit
            + ", '走访企业')");
    insert(
        jdbc,
        "insert into duty_report (member_id, occurred_on, kind, content) values ("
            + member
            + ", date '2022-06-01', 'OTHER', '履职')");
    long project =
        insert(
            jdbc,
            "insert into investment_project (name, investor, lead_on, industry,"
                + " responsible_unit_id) values ('旧县项目', '旧县投资方', date '2022-02-01',"
                + " 'AGRICULTURE_FOOD', "
                + unit
                + ")");
    insert(
        jdbc,
        "insert into project_milestone (project_id, name, planned_on) values ("
            + project
            + ", '开工', date '2022-09-01')");
    insert(
        jdbc,
        "insert into planned_project (name, plan_year, total_investment) values ('旧县谋划', 2023,"
            + " 80000000.00)");
    insert(
        jdbc,
        "insert into rectification (title, source_type, source_id, source_label, source_path,"
            + " status, raised_by, raised_on, unit_id) values ('旧县问题', 'project', "
            + project
            + ", '旧县项目', '/registry/investment-projects/"
            + project
            + "', 'ASSIGNED', 'old-admin', date '2022-07-01', "
            + unit
            + ")");
    insert(
        jdbc,
        "insert into rectification (title, source_type, source_id, source_label, source_path,"
            + " status, raised_by, raised_on) values ('旧县未交办问题', 'project', "
            + project
            + ", '旧县项目', '/registry/investment-projects/"
            + project
            + "', 'RAISED', 'old-admin', date '2022-07-02')");
    Map<String, Long> rowsBefore = counts(jdbc);
    TABLES.forEach(
        table ->
            assertThat(rowsBefore.get(table)).as("%s: %s has a row", database, table).isPositive());

    migrate(dataSource, "latest");

    assertThat(counts(jdbc)).as("%s: no row lost or added", database).isEqualTo(rowsBefore);
    assertThat(jdbc.sql("select id from committee").query(Long.class).list())
        .as("%s: no placeholder next to the existing committee", database)
        .containsExactly(committee);
    for (String table : TABLES) {
      assertThat(
              jdbc.sql(
                      "select count(*) from "
                          + table
                          + " where committee_id is null or committee_id <> :committee")
                  .param("committee", committee)
                  .query(Long.class)
                  .single())
          .as("%s: rows of %s outside the committee", database, table)
          .isZero();
    }
    assertThat(
            jdbc.sql(
                    "select is_nullable from information_schema.columns where lower(table_name) ="
                        + " :t and lower(column_name) = 'committee_id'")
                .param("t", "activity")
                .query(String.class)
                .single())
        .as("%s: the committee column is required", database)
        .isEqualToIgnoringCase("NO");

    // Activity types are unique per committee now: another committee may name one alike, the same
    // committee not twice.
    long other =
        insert(
            jdbc, "insert into committee (name, level, region) values ('政协新县委员会', 'COUNTY', '新县')");
    insert(
        jdbc,
        "insert into activity_type (name, category, sort_order, committee_id) values ('旧县调研',"
            + " 'RESEARCH', 50, "
            + other
            + ")");
    assertThat(
            jdbc.sql("select count(*) from activity_type where name = '旧县调研'")
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into activity_type (name, category, sort_order, committee_id)"
                            + " values ('旧县调研', 'RESEARCH', 51, "
                            + committee
                            + ")")
                    .update())
        .as("%s: the same name twice in one committee", database)
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into activity_type (name, category, sort_order) values ('无委员会',"
                            + " 'RESEARCH', 52)")
                    .update())
        .as("%s: an activity type without a committee", database)
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anEmptyDatabaseGetsThePlaceholderCommittee(String database, Supplier<DataSource> fresh) {
    DataSource dataSource = fresh.get();
    migrate(dataSource, "latest");
    JdbcClient jdbc = JdbcClient.create(dataSource);

    List<Map<String, Object>> committees =
        jdbc.sql("select id, name, level, parent_id from committee").query().listOfRows();
    assertThat(committees).as(database).hasSize(1);
    Map<String, Object> placeholder = new LinkedHashMap<>(committees.get(0));
    assertThat(placeholder.get("name")).isEqualTo("本委员会");
    assertThat(placeholder.get("level")).isEqualTo("COUNTY");
    assertThat(placeholder.get("parent_id")).isNull();
    long id = ((Number) placeholder.get("id")).longValue();
    // The activity types the first migration seeds belong to it.
    assertThat(
            jdbc.sql("select count(*) from activity_type where committee_id = :c")
                .param("c", id)
                .query(Long.class)
                .single())
        .as("%s: the seeded activity types", database)
        .isEqualTo(jdbc.sql("select count(*) from activity_type").query(Long.class).single())
        .isPositive();
  }

  private static long insert(JdbcClient jdbc, String sql) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(sql).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private static Map<String, Long> counts(JdbcClient jdbc) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
