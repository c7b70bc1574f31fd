package org.lvzhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.Registers;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem from raising to verification through the API, as the office, a special committee's
 * clerk and the assigned unit's clerk; another unit's clerk sees nothing of it; overdue problems
 * are counted and filtered once their due date has passed; the panels show it all on the pages.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:rectification;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
@AutoConfigureMockMvc
class RectificationIntegrationTest {

  private static final String PASSWORD = "Rectify-Test-2026";
  private static final String SOURCES = "rectification-test-projects";
  private static final MovableClock CLOCK = new MovableClock();

  /** A clock the test moves forward to let due dates pass. */
  static final class MovableClock extends Clock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private volatile Instant now = Instant.now();

    void reset() {
      now = Instant.now();
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * The moving clock, and a register standing in for shepherded projects, with the problems panel
   * on its pages.
   */
  @TestConfiguration
  static class SourceConfig {

    @Bean
    @Primary
    Clock movableClock() {
      return CLOCK;
    }

    @Bean
    RecordType rectificationTestProjects(Rectifications rectifications) {
      return RecordType.of(
              SOURCES,
              "activity",
              "registry.activities",
              "activity",
              Field.text("title", "activity.title").required().listed())
          .scope(ScopePolicy.wholeCommitteeOnly().ownSpecialCommittee("1 = 1"))
          .panel(rectifications.panel("project"));
    }
  }

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;
  @Autowired UserDetailsService users;
  @Autowired Rectifications rectifications;
  @Autowired MetricCatalogue metrics;
  @Autowired Registers registers;

  List<Long> units;
  List<Long> sources;

  @BeforeEach
  void accounts() {
    CLOCK.reset();
    units = jdbc.sql("select id from unit order by id limit 4").query(Long.class).list();
    sources = jdbc.sql("select id from activity order by id limit 5").query(Long.class).list();
    long committee =
        jdbc.sql("select id from special_committee order by id limit 1").query(Long.class).single();
    long member = jdbc.sql("select id from member order by id limit 1").query(Long.class).single();
    system.run(
        () -> {
          create("rect-office", new Accounts.Binding(Role.STAFF, null, null, null));
          create(
              "rect-committee", new Accounts.Binding(Role.COMMITTEE_STAFF, null, null, committee));
          create("rect-unit", new Accounts.Binding(Role.UNIT, null, units.get(0), null));
          create("rect-other-unit", new Accounts.Binding(Role.UNIT, null, units.get(1), null));
          create("rect-leader", new Accounts.Binding(Role.LEADER, member, null, null));
          create("rect-member", new Accounts.Binding(Role.MEMBER, member, null, null));
        });
  }

  private void create(String username, Accounts.Binding binding) {
    if (!accounts.exists(username)) {
      accounts.create(username, username, binding, PASSWORD, false);
    }
  }

  private ResultActions call(String username, String path, String body) throws Exception {
    var request = post(path).with(httpBasic(username, PASSWORD));
    if (body != null) {
      request = request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private long raise(String username, long sourceId, String title) throws Exception {
    String body =
        """
        {"sourceType":"project","sourceId":%d,"sourceRegister":"%s","title":"%s","description":"现场查看发现"}
        """
            .formatted(sourceId, SOURCES, title);
    return read(call(username, "/api/v1/rectifications", body).andExpect(status().isCreated()))
        .get("id")
        .asLong();
  }

  private String assignment(long unitId, LocalDate due) {
    return "{\"unitId\":" + unitId + ",\"dueOn\":\"" + due + "\"}";
  }

  private static LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  @Test
  void fromRaisedToVerifiedThroughTheApi() throws Exception {
    long source = sources.get(0);
    String sourceTitle =
        jdbc.sql("select title from activity where id = :id")
            .param("id", source)
            .query(String.class)
            .single();
    JsonNode raised =
        read(
            call(
                    "rect-committee",
                    "/api/v1/rectifications",
                    """
        {"sourceType":"PROJECT","sourceId":%d,"sourceRegister":"%s","title":"项目用电线路未接通","description":"企业反映"}
        """
                        .formatted(source, SOURCES))
                .andExpect(status().isCreated()));
    long id = raised.get("id").asLong();
    assertThat(raised.get("status").asString()).isEqualTo("RAISED");
    assertThat(raised.get("sourceLabel").asString()).isEqualTo(sourceTitle);
    assertThat(raised.get("sourcePath").asString())
        .isEqualTo("/registry/" + SOURCES + "/" + source);
    assertThat(raised.get("raisedBy").asString()).isEqualTo("rect-committee");

    // not yet assigned: no unit sees it, and nobody can acknowledge it
    call("rect-unit", "/api/v1/rectifications/" + id + "/acknowledge", null)
        .andExpect(status().isNotFound());
    call("rect-office", "/api/v1/rectifications/" + id + "/verify", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("核实销号")));
    // assigning needs a unit and a due date not in the past; the unit clerk may not assign
    call(
            "rect-office",
            "/api/v1/rectifications/" + id + "/assign",
            "{\"dueOn\":\"" + today().plusDays(3) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("unitId"));
    call(
            "rect-office",
            "/api/v1/rectifications/" + id + "/assign",
            assignment(units.get(0), today().minusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("整改期限不能早于交办日期（" + today() + "）。"));
    call(
            "rect-office",
            "/api/v1/rectifications/" + id + "/assign",
            "{\"unitId\":999999,\"dueOn\":\"" + today() + "\"}")
        .andExpect(status().isBadRequest());
    call("rect-unit", "/api/v1/rectifications/" + id + "/assign", assignment(units.get(0), today()))
        .andExpect(status().isForbidden());
    call(
            "rect-office",
            "/api/v1/rectifications/" + id + "/assign",
            assignment(units.get(0), today().plusDays(10)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ASSIGNED"))
        .andExpect(jsonPath("$.unitId").value(units.get(0)));

    // another unit's clerk sees nothing of it
    mvc.perform(get("/api/v1/rectifications/" + id).with(httpBasic("rect-other-unit", PASSWORD)))
        .andExpect(status().isNotFound());
    call("rect-other-unit", "/api/v1/rectifications/" + id + "/acknowledge", null)
        .andExpect(status().isNotFound());
    JsonNode otherList =
        read(
            mvc.perform(get("/api/v1/rectifications").with(httpBasic("rect-other-unit", PASSWORD)))
                .andExpect(status().isOk()));
    for (JsonNode row : otherList.get("rows")) {
      assertThat(row.get("unitId").asLong()).isEqualTo(units.get(1));
    }
    // the assigned unit's clerk sees it, and only its own
    mvc.perform(get("/api/v1/rectifications/" + id).with(httpBasic("rect-unit", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.display.status").value("已交办"));
    JsonNode ownList =
        read(mvc.perform(get("/api/v1/rectifications").with(httpBasic("rect-unit", PASSWORD))));
    assertThat(ownList.get("total").asLong()).isPositive();
    for (JsonNode row : ownList.get("rows")) {
      assertThat(row.get("unitId").asLong()).isEqualTo(units.get(0));
    }

    call("rect-unit", "/api/v1/rectifications/" + id + "/resolve", "{\"measures\":\"已接通\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("请先签收，再反馈整改结果。"));
    call("rect-unit", "/api/v1/rectifications/" + id + "/acknowledge", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    call("rect-unit", "/api/v1/rectifications/" + id + "/acknowledge", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("已经签收，问题正在整改中。"));
    call("rect-unit", "/api/v1/rectifications/" + id + "/resolve", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("measures"));
    call(
            "rect-unit",
            "/api/v1/rectifications/" + id + "/resolve",
            "{\"measures\":\"协调供电公司架设临时线路\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RESOLVED"));

    // the office checks: the unit and the special committee may not verify; the office sends it
    // back
    call("rect-unit", "/api/v1/rectifications/" + id + "/verify", null)
        .andExpect(status().isForbidden());
    call("rect-committee", "/api/v1/rectifications/" + id + "/verify", null)
        .andExpect(status().isForbidden());
    call("rect-office", "/api/v1/rectifications/" + id + "/reopen", "{\"reason\":\" \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    call(
            "rect-committee",
            "/api/v1/rectifications/" + id + "/reopen",
            "{\"reason\":\"临时线路不能满足生产用电\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REOPENED"))
        .andExpect(jsonPath("$.reopenReason").value("临时线路不能满足生产用电"));

    call("rect-unit", "/api/v1/rectifications/" + id + "/acknowledge", null)
        .andExpect(status().isOk());
    call("rect-unit", "/api/v1/rectifications/" + id + "/resolve", "{\"measures\":\"新建10千伏专线并通电\"}")
        .andExpect(status().isOk());
    call("rect-office", "/api/v1/rectifications/" + id + "/verify", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VERIFIED"))
        .andExpect(jsonPath("$.verifiedOn").value(today().toString()));
    call("rect-office", "/api/v1/rectifications/" + id + "/verify", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("问题已核实销号。"));
    call(
            "rect-office",
            "/api/v1/rectifications/" + id + "/assign",
            assignment(units.get(1), today()))
        .andExpect(status().isConflict());

    // every move is in the problem's history, with who made it
    JsonNode history =
        read(
            mvc.perform(
                    get("/api/v1/rectifications/" + id + "/history")
                        .with(httpBasic("rect-leader", PASSWORD)))
                .andExpect(status().isOk()));
    List<String> moves = new ArrayList<>();
    for (JsonNode entry : history) {
      moves.add(0, entry.get("action").asString() + "/" + entry.get("actor").asString());
    }
    assertThat(moves)
        .containsExactly(
            "RECTIFICATION_RAISE/rect-committee",
            "RECTIFICATION_ASSIGN/rect-office",
            "RECTIFICATION_ACKNOWLEDGE/rect-unit",
            "RECTIFICATION_RESOLVE/rect-unit",
            "RECTIFICATION_REOPEN/rect-committee",
            "RECTIFICATION_ACKNOWLEDGE/rect-unit",
            "RECTIFICATION_RESOLVE/rect-unit",
            "RECTIFICATION_VERIFY/rect-office");
    assertThat(history.get(history.size() - 2).get("changes").toString())
        .contains("rectification.unit", "已交办");

    // the register edits the wording only: the workflow fields stay as the moves left them
    JsonNode record =
        read(
            mvc.perform(
                get("/api/v1/rectifications/" + id).with(httpBasic("rect-office", PASSWORD))));
    mvc.perform(
            put("/api/v1/rectifications/" + id)
                .with(httpBasic("rect-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":"
                        + record.get("version").asInt()
                        + ",\"title\":\"项目专线用电未接通\","
                        + "\"status\":\"RAISED\",\"unitId\":"
                        + units.get(1)
                        + ",\"measures\":\"\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("项目专线用电未接通"))
        .andExpect(jsonPath("$.status").value("VERIFIED"))
        .andExpect(jsonPath("$.unitId").value(units.get(0)))
        .andExpect(jsonPath("$.measures").value("新建10千伏专线并通电"));

    // leaders read, members see nothing, and nobody raises a problem from a blank register form
    mvc.perform(get("/api/v1/rectifications/" + id).with(httpBasic("rect-leader", PASSWORD)))
        .andExpect(status().isOk());
    call("rect-leader", "/api/v1/rectifications/" + id + "/reopen", "{\"reason\":\"x\"}")
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/rectifications").with(httpBasic("rect-member", PASSWORD)))
        .andExpect(status().isForbidden());
    assertThat(rectifications.openCount("project", source)).isZero();
  }

  @Test
  void everyMoveTellsWhoeverMustActNext() throws Exception {
    long id = raise("rect-committee", sources.get(4), "园区污水管网渗漏");
    long unitClerk = account("rect-unit");
    long otherClerk = account("rect-other-unit");
    long raiser = account("rect-committee");
    long office = account("rect-office");
    String link = "/registry/rectifications/" + id;

    call(
            "rect-office",
            "/api/v1/rectifications/" + id + "/assign",
            assignment(units.get(0), today().plusDays(7)))
        .andExpect(status().isOk());
    assertThat(notices(unitClerk, link))
        .containsExactly("整改交办：园区污水管网渗漏 / 请于" + today().plusDays(7) + "前办理并反馈整改措施。");
    assertThat(notices(otherClerk, link)).isEmpty();
    assertThat(notices(office, link)).isEmpty();

    call("rect-unit", "/api/v1/rectifications/" + id + "/acknowledge", null)
        .andExpect(status().isOk());
    call("rect-unit", "/api/v1/rectifications/" + id + "/resolve", "{\"measures\":\"更换破损管段\"}")
        .andExpect(status().isOk());
    assertThat(notices(raiser, link))
        .containsExactly("整改结果待核实：园区污水管网渗漏 / 承办单位已反馈整改措施，请核实销号或退回重新整改。");
    assertThat(notices(office, link)).hasSize(1);
    assertThat(notices(unitClerk, link)).hasSize(1);

    call("rect-office", "/api/v1/rectifications/" + id + "/reopen", "{\"reason\":\"仍有渗漏\"}")
        .andExpect(status().isOk());
    assertThat(notices(unitClerk, link))
        .hasSize(2)
        .contains("整改退回：园区污水管网渗漏 / 整改结果未通过核实，请重新整改。退回理由：仍有渗漏");

    call("rect-unit", "/api/v1/rectifications/" + id + "/acknowledge", null)
        .andExpect(status().isOk());
    call("rect-unit", "/api/v1/rectifications/" + id + "/resolve", "{\"measures\":\"整段重铺\"}")
        .andExpect(status().isOk());
    call("rect-office", "/api/v1/rectifications/" + id + "/verify", null)
        .andExpect(status().isOk());
    assertThat(notices(unitClerk, link)).hasSize(3).contains("问题已销号：园区污水管网渗漏 / 整改结果已核实，问题已销号。");
    assertThat(notices(raiser, link)).hasSize(2);
    assertThat(notices(otherClerk, link)).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single())
        .as("every notice delivered")
        .isZero();
  }

  @Test
  void theRegisterChangesTheWordingOverTheVersionReadAndRecordsIt() throws Exception {
    long id = raise("rect-office", sources.get(4), "道路标线不清");
    JsonNode record =
        read(
            mvc.perform(
                get("/api/v1/rectifications/" + id).with(httpBasic("rect-office", PASSWORD))));
    int version = record.get("version").asInt();
    String change =
        "{\"version\":" + version + ",\"title\":\"道路标线模糊不清\",\"description\":\"夜间难以辨认\"}";
    mvc.perform(
            put("/api/v1/rectifications/" + id)
                .with(httpBasic("rect-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(change))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("道路标线模糊不清"))
        .andExpect(jsonPath("$.version").value(version + 1));
    mvc.perform(
            put("/api/v1/rectifications/" + id)
                .with(httpBasic("rect-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(change))
        .andExpect(status().isConflict());
    JsonNode history =
        read(
            mvc.perform(
                get("/api/v1/rectifications/" + id + "/history")
                    .with(httpBasic("rect-office", PASSWORD))));
    assertThat(history.get(0).get("action").asString()).isEqualTo("UPDATE");
    assertThat(history.get(0).get("changes").toString()).contains("道路标线模糊不清");
  }

  private long account(String username) {
    return jdbc.sql("select id from account where username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  /** The account's notices about the problem, as "title / body". */
  private List<String> notices(long account, String link) {
    return jdbc.sql(
            "select title, body from notification where account_id = :a and link = :l order by id")
        .param("a", account)
        .param("l", link)
        .query((rs, n) -> rs.getString(1) + " / " + rs.getString(2))
        .list();
  }

  @Test
  void raisingNeedsASourceTheUserMaySee() throws Exception {
    call(
            "rect-office",
            "/api/v1/rectifications",
            """
        {"sourceType":"tender","sourceId":%d,"sourceRegister":"%s","title":"问题"}"""
                .formatted(sources.get(1), SOURCES))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sourceType"));
    call(
            "rect-office",
            "/api/v1/rectifications",
            """
        {"sourceType":"project","sourceId":%d,"sourceRegister":"no-such-register","title":"问题"}"""
                .formatted(sources.get(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sourceRegister"));
    call(
            "rect-office",
            "/api/v1/rectifications",
            """
        {"sourceType":"project","sourceId":987654,"sourceRegister":"%s","title":"问题"}"""
                .formatted(SOURCES))
        .andExpect(status().isNotFound());
    call(
            "rect-office",
            "/api/v1/rectifications",
            """
        {"sourceType":"project","sourceId":%d,"sourceRegister":"%s","title":" "}"""
                .formatted(sources.get(1), SOURCES))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("title"));
    call(
            "rect-unit",
            "/api/v1/rectifications",
            """
        {"sourceType":"project","sourceId":%d,"sourceRegister":"%s","title":"问题"}"""
                .formatted(sources.get(1), SOURCES))
        .andExpect(status().isForbidden());
    // other modules raise through the Java API with their own label and page, a path on this site
    long source = sources.get(1);
    // Far from the ids the supervision module's own findings raise problems on.
    long supervised = 9_000_000_000L + source;
    long raised =
        system.call(
            () ->
                rectifications.raise(
                    "supervision", supervised, "营商环境专项监督", "/supervision/7", "审批超时", null));
    List<ProblemSummary> listed = system.call(() -> rectifications.of("supervision", supervised));
    assertThat(listed)
        .extracting(ProblemSummary::id, ProblemSummary::status, ProblemSummary::path)
        .containsExactly(
            tuple(raised, RectificationStatus.RAISED, "/registry/rectifications/" + raised));
    assertThat(system.call(() -> rectifications.of("project", source))).isEmpty();
    system.run(
        () ->
            assertThatThrownBy(
                    () ->
                        rectifications.raise(
                            "supervision", source, "外链", "https://example.com/x", "问题", null))
                .isInstanceOf(IllegalArgumentException.class));
    system.run(
        () ->
            assertThatThrownBy(
                    () ->
                        rectifications.raise(
                            "supervision", source, "外链", "//example.com/x", "问题", null))
                .isInstanceOf(IllegalArgumentException.class));
    // the register's own create and import are not a way round the source
    system.run(
        () ->
            assertThatThrownBy(() -> registersCreate())
                .isInstanceOf(org.lvzhi.system.RecordConflictException.class));
  }

  private void registersCreate() {
    registers.create(
        Rectifications.REGISTER,
        Map.of(
            "title",
            List.of("空白表单的问题"),
            "sourceLabel",
            List.of("x"),
            "sourceType",
            List.of("PROJECT"),
            "status",
            List.of("VERIFIED"),
            "raisedOn",
            List.of("2023-01-01"),
            "raisedBy",
            List.of("x")));
  }

  @Test
  void overdueProblemsAreCountedFilteredAndShown() throws Exception {
    long source = sources.get(2);
    long late = raise("rect-office", source, "道路施工许可未办结");
    long onTime = raise("rect-office", source, "供水管网未接入");
    long unassigned = raise("rect-office", source, "排污许可待办");
    for (long id : List.of(late, onTime)) {
      call(
              "rect-office",
              "/api/v1/rectifications/" + id + "/assign",
              assignment(units.get(2), today().plusDays(1)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.overdue").value(false));
    }
    assertThat(rectifications.overdueCount("project", source)).isZero();
    assertThat(rectifications.openCount("project", source)).isEqualTo(3);

    CLOCK.advance(Duration.ofDays(1));
    assertThat(rectifications.overdueCount("project", source)).as("on the due date").isZero();
    CLOCK.advance(Duration.ofDays(1));
    assertThat(rectifications.overdueCount("PROJECT", source)).isEqualTo(2);

    long unitClerk = units.get(2);
    system.run(
        () -> {
          if (!accounts.exists("rect-third-unit")) {
            accounts.create(
                "rect-third-unit",
                "rect-third-unit",
                new Accounts.Binding(Role.UNIT, null, unitClerk, null),
                PASSWORD,
                false);
          }
        });
    call("rect-third-unit", "/api/v1/rectifications/" + onTime + "/acknowledge", null)
        .andExpect(status().isOk());
    call(
            "rect-third-unit",
            "/api/v1/rectifications/" + onTime + "/resolve",
            "{\"measures\":\"已接入市政管网\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overdue").value(false));
    assertThat(rectifications.overdueCount("project", source)).isEqualTo(1);
    assertThat(rectifications.openCount("project", source)).isEqualTo(3);

    // the list's overdue flag has caught up with the new day: the filter finds the late one
    JsonNode overdue =
        read(
            mvc.perform(
                    get("/api/v1/rectifications?f_overdue=true&f_unitId="
                            + units.get(2)
                            + "&size=200")
                        .with(httpBasic("rect-office", PASSWORD)))
                .andExpect(status().isOk()));
    List<Long> ids = new ArrayList<>();
    overdue.get("rows").forEach(row -> ids.add(row.get("id").asLong()));
    assertThat(ids).contains(late).doesNotContain(onTime, unassigned);
    mvc.perform(get("/api/v1/rectifications/" + late).with(httpBasic("rect-office", PASSWORD)))
        .andExpect(jsonPath("$.overdue").value(true))
        .andExpect(jsonPath("$.display.overdue").value("是"));

    mvc.perform(
            get("/api/v1/rectifications/by-source?sourceType=project&sourceId=" + source)
                .with(httpBasic("rect-leader", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.open").value(3))
        .andExpect(jsonPath("$.overdue").value(1))
        .andExpect(jsonPath("$.problems.length()").value(3));
    mvc.perform(
            get("/api/v1/rectifications/by-source?sourceType=project&sourceId=" + source)
                .with(httpBasic("rect-third-unit", PASSWORD)))
        .andExpect(jsonPath("$.problems.length()").value(2));

    // the metric catalogue counts the same, by the date raised
    Map<String, String> ofUnit =
        Map.of("sourceType", "project", "unitId", String.valueOf(units.get(2)));
    long demo =
        jdbc.sql("select id from committee where name = '政协云溪县委员会'").query(Long.class).single();
    MetricQuery thisYear = MetricQuery.year(demo, today().getYear(), ofUnit);
    assertThat(metrics.compute("rectification.overdue", thisYear).sources())
        .extracting(s -> s.href())
        .contains(Rectifications.path(late))
        .doesNotContain(Rectifications.path(onTime));
    long raisedForUnit = metrics.compute("rectification.raised", thisYear).value().longValue();
    long resolvedForUnit = metrics.compute("rectification.resolved", thisYear).value().longValue();
    assertThat(raisedForUnit).isGreaterThanOrEqualTo(2);
    assertThat(resolvedForUnit).isGreaterThanOrEqualTo(1).isLessThan(raisedForUnit);
    assertThat(
            metrics
                .compute(
                    "rectification.raised", MetricQuery.year(demo, today().getYear() - 5, Map.of()))
                .value())
        .isZero();

    // re-assigning with a new due date takes the problem out of overdue
    call(
            "rect-office",
            "/api/v1/rectifications/" + late + "/assign",
            assignment(units.get(3), today().plusDays(7)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overdue").value(false));
    assertThat(rectifications.overdueCount("project", source)).isZero();
    call("rect-third-unit", "/api/v1/rectifications/" + late + "/acknowledge", null)
        .andExpect(status().isNotFound());
  }

  @Test
  void thePanelsShowTheProblemsAndTheMovesTheUserMayMake() throws Exception {
    long source = sources.get(3);
    var office = user(users.loadUserByUsername("rect-office"));
    var unitClerk = user(users.loadUserByUsername("rect-unit"));

    // the source record's page carries the problems panel with the raise form
    String sourcePage =
        mvc.perform(get("/registry/" + SOURCES + "/" + source).with(office))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(sourcePage)
        .contains(
            "id=\"rectifications\"",
            "id=\"raise-form\"",
            "暂无问题",
            "name=\"sourceRegister\" value=\"" + SOURCES + "\"",
            "name=\"_csrf\"");

    String location =
        mvc.perform(
                post("/rectifications/raise")
                    .with(office)
                    .with(csrf())
                    .param("sourceType", "project")
                    .param("sourceId", String.valueOf(source))
                    .param("sourceRegister", SOURCES)
                    .param("title", "厂区门前道路破损")
                    .param("description", "影响货车进出"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", "问题已提出。"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(location).isEqualTo("/registry/rectifications/" + id);
    mvc.perform(
            post("/rectifications/raise")
                .with(office)
                .with(csrf())
                .param("sourceType", "project")
                .param("sourceId", String.valueOf(source))
                .param("sourceRegister", SOURCES)
                .param("title", ""))
        .andExpect(redirectedUrl("/registry/" + SOURCES + "/" + source))
        .andExpect(flash().attribute("warning", "请填写问题。"));

    // the problem's page: its source, its steps, and the assign form for the office
    String problemPage =
        mvc.perform(get("/registry/rectifications/" + id).with(office))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(problemPage)
        .contains(
            "id=\"rectification-workflow\"",
            "已提出",
            "id=\"assign-form\"",
            "href=\"/registry/" + SOURCES + "/" + source + "\"",
            "提出问题",
            "rect-office")
        .doesNotContain("id=\"acknowledge\"", "id=\"verify\"");
    mvc.perform(
            post("/rectifications/" + id + "/assign")
                .with(office)
                .with(csrf())
                .param("unitId", String.valueOf(units.get(0)))
                .param("dueOn", today().toString()))
        .andExpect(redirectedUrl("/registry/rectifications/" + id))
        .andExpect(flash().attribute("notice", "问题已交办。"));

    // the unit's clerk acknowledges from the page; another unit's clerk does not find it
    String unitPage =
        mvc.perform(get("/registry/rectifications/" + id).with(unitClerk))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(unitPage)
        .contains("id=\"acknowledge\"")
        .doesNotContain("id=\"assign-form\"", "id=\"edit\"");
    mvc.perform(
            get("/registry/rectifications/" + id)
                .with(user(users.loadUserByUsername("rect-other-unit"))))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/rectifications/" + id + "/resolve")
                .with(unitClerk)
                .with(csrf())
                .param("measures", "已修补"))
        .andExpect(flash().attribute("warning", "请先签收，再反馈整改结果。"));
    mvc.perform(post("/rectifications/" + id + "/acknowledge").with(unitClerk).with(csrf()))
        .andExpect(flash().attribute("notice", "已签收，请按期整改。"));

    // a day after the due date the source page shows it overdue
    CLOCK.advance(Duration.ofDays(2));
    String later =
        mvc.perform(get("/registry/" + SOURCES + "/" + source).with(office))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(later)
        .contains(
            "厂区门前道路破损",
            "href=\"/registry/rectifications/" + id + "\"",
            "整改中",
            "rectification-overdue",
            "id=\"rectification-overdue\">1<");
    String list =
        mvc.perform(get("/registry/rectifications?f_overdue=true").with(office))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("厂区门前道路破损");

    mvc.perform(
            post("/rectifications/" + id + "/resolve")
                .with(unitClerk)
                .with(csrf())
                .param("measures", "已重新铺设路面"))
        .andExpect(flash().attribute("notice", "整改结果已反馈，等待核实。"));
    assertThat(
            mvc.perform(get("/registry/rectifications/" + id).with(office))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"verify\"", "id=\"reopen-form\"", "已重新铺设路面");

    // the blank register form sends the clerk to the source records instead
    mvc.perform(get("/registry/rectifications/new").with(office))
        .andExpect(redirectedUrl("/registry/rectifications"))
        .andExpect(flash().attribute("warning", containsString("来源")));
    // someone who may not see problems gets no panel at all
    LvzhiUser member = (LvzhiUser) users.loadUserByUsername("rect-member");
    var previous = SecurityContextHolder.getContext();
    try {
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(member, null, Set.of()));
      SecurityContextHolder.setContext(context);
      assertThat(rectifications.panel("project").html(source)).isEmpty();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
