package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.AUDITOR;
import static org.lvzhi.system.Role.LEADER;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Democratic supervision through the API: a squad records a visit (an activity of the SUPERVISION
 * category) with findings that become rectification items of the responsible units; the unit's
 * clerk sees and answers only its own; the squad — without the office's rectification permissions —
 * verifies or reopens, and a verified item is closed to the unit; the metrics on a known dataset
 * dated in past years (each test its own year, away from the demo's). On H2 ({@link
 * SupervisionH2Test}) and PostgreSQL ({@link SupervisionPostgresTest}).
 */
abstract class SupervisionScenarios extends IntegrationTestSupport {

  static final String VISITS = "/api/v1/supervision/visits";
  static final String FINDINGS = "/api/v1/supervision/findings";
  static final String PROBLEMS = "/api/v1/rectifications";

  /** A squad led by a leader account of its own, with the MEMBER test account on it. */
  record Squad(long id, Http leader, String leaderUsername) {}

  Squad squad() {
    long leaderMember = memberOutsideScope();
    String username = "it-squad-" + tag();
    systemActor.runIn(
        demoCommitteeId(),
        () ->
            accounts.create(
                username,
                "小分队带队领导",
                new Accounts.Binding(Role.LEADER, leaderMember, null, null),
                PASSWORD,
                false));
    Map<String, Object> body = new HashMap<>();
    body.put("name", "营商环境监督小分队" + tag());
    body.put("leaderMemberId", leaderMember);
    body.put("specialCommitteeId", economyCommitteeId());
    body.put("members", List.of(ownMemberId()));
    long id = created(as(STAFF).postJson("/api/v1/supervision-squads", body));
    return new Squad(id, Http.basic(port, username, PASSWORD), username);
  }

  static Map<String, Object> visit(
      long squad, String title, String on, String mode, String manner, List<Long> units) {
    Map<String, Object> body = new HashMap<>();
    body.put("squadId", squad);
    body.put("title", title);
    body.put("visitedOn", on);
    body.put("mode", mode);
    body.put("manner", manner);
    body.put("unitIds", units);
    body.put("summary", "察看窗口办事流程，与企业座谈。");
    return body;
  }

  static Map<String, Object> finding(
      String category, String origin, String description, String on, long unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("category", category);
    body.put("origin", origin);
    body.put("description", description);
    body.put("foundOn", on);
    body.put("unitId", unit);
    return body;
  }

  long recordVisit(Http who, Map<String, Object> body) {
    return created(who.postJson(VISITS, body));
  }

  JsonNode recordFinding(Http who, long visit, Map<String, Object> body) {
    Http.Response response = who.postJson(VISITS + "/" + visit + "/findings", body);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  void resolveAsUnit(long problem, String measures) {
    Http unit = as(UNIT);
    assertThat(unit.postJson(PROBLEMS + "/" + problem + "/acknowledge", Map.of()).status())
        .isEqualTo(200);
    Http.Response resolved =
        unit.postJson(PROBLEMS + "/" + problem + "/resolve", Map.of("measures", measures));
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
  }

  /**
   * The module's pages and reads, by role (ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT,
   * AUDITOR).
   */
  static final Map<String, int[]> PAGES =
      Map.of(
          "/supervision", new int[] {200, 200, 200, 200, 200, 403, 200},
          "/supervision/visits/new", new int[] {200, 200, 200, 200, 200, 403, 403},
          "/supervision/statistics", new int[] {200, 200, 200, 200, 403, 403, 200},
          "/registry/supervision-visits", new int[] {200, 200, 200, 200, 200, 403, 200},
          "/registry/supervision-squads", new int[] {200, 200, 200, 200, 200, 403, 200});

  static final Map<String, int[]> API =
      Map.of(
          "/api/v1/supervision/statistics", new int[] {200, 200, 200, 200, 403, 403, 200},
          "/api/v1/supervision-findings", new int[] {200, 200, 200, 200, 200, 403, 200},
          "/api/v1/supervision-outcomes", new int[] {200, 200, 200, 200, 200, 403, 200},
          "/api/v1/supervision/visits/999999999", new int[] {404, 404, 404, 404, 404, 403, 404});

  static java.util.stream.Stream<Arguments> pageMatrix() {
    return RoleMatrix.cases(PAGES);
  }

  static java.util.stream.Stream<Arguments> apiMatrix() {
    return RoleMatrix.cases(API);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("pageMatrix")
  void page(Role role, String path, int expected) {
    RoleMatrix.checkPage(role, path, browserAs(role).get(path), expected);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("apiMatrix")
  void api(Role role, String path, int expected) {
    RoleMatrix.checkApi(role, path, as(role).get(path), expected);
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void aSquadLeaderRecordsAVisitAsAnActivityAndItsFindingsBecomeItemsOfTheUnits() {
    Squad squad = squad();
    long visit =
        recordVisit(
            squad.leader(),
            visit(
                squad.id(),
                "走访县发改局" + tag(),
                "2001-04-02",
                "ROUTINE",
                "OPEN_INSPECTION",
                List.of(ownUnitId(), otherUnitId())));
    JsonNode read = squad.leader().get(VISITS + "/" + visit).json();
    long activity = read.path("activityId").asLong();
    assertThat(
            jdbc.sql(
                    "select t.category from activity a join activity_type t on t.id = a.type_id"
                        + " where a.id = :id")
                .param("id", activity)
                .query(String.class)
                .single())
        .isEqualTo("SUPERVISION");
    assertThat(
            jdbc.sql(
                    "select actor from history_entry where record_type = 'activity' and record_id = :id")
                .param("id", activity)
                .query(String.class)
                .list())
        .as("the activity's history names the squad leader")
        .containsExactly(squad.leaderUsername());

    long own =
        recordFinding(
                squad.leader(),
                visit,
                finding("APPROVALS", "SQUAD", "审批材料要求重复提交", "2001-04-02", ownUnitId()))
            .path("problemId")
            .asLong();
    long other =
        recordFinding(
                squad.leader(),
                visit,
                finding("FEES", "ENTERPRISE", "企业反映收费项目不公开", "2001-04-03", otherUnitId()))
            .path("problemId")
            .asLong();

    Http unit = as(UNIT);
    JsonNode mine = unit.get(PROBLEMS + "?f_sourceType=SUPERVISION&size=200").json();
    assertThat(longs(mine.path("rows"), "id")).contains(own).doesNotContain(other);
    assertThat(unit.get(PROBLEMS + "/" + own).status()).isEqualTo(200);
    assertThat(unit.get(PROBLEMS + "/" + other).status())
        .as("another unit's item is not found")
        .isEqualTo(404);
    assertThat(read(squad.leader(), visit).path("findings").findValuesAsString("status"))
        .containsOnly("ASSIGNED");
  }

  @Test
  void theSquadVerifiesWhatTheUnitResolvedAndAVerifiedItemIsClosedToTheUnit() {
    Squad squad = squad();
    long visit =
        recordVisit(
            squad.leader(),
            visit(
                squad.id(),
                "暗访政务大厅" + tag(),
                "2001-05-06",
                "RANDOM",
                "UNANNOUNCED",
                List.of(ownUnitId())));
    JsonNode created =
        recordFinding(
            squad.leader(),
            visit,
            finding("SERVICE_ATTITUDE", "SQUAD", "窗口人员态度生硬", "2001-05-06", ownUnitId()));
    long finding = created.path("id").asLong();
    long problem = created.path("problemId").asLong();
    assertThat(as(MEMBER).postJson(FINDINGS + "/" + finding + "/verify", Map.of()).status())
        .as("nothing to verify before the unit resolves")
        .isEqualTo(409);

    resolveAsUnit(problem, "开展服务礼仪培训，设立意见箱");
    assertThat(
            jdbc.sql(
                    "select count(*) from notification n join account a on a.id = n.account_id"
                        + " where a.member_id = :m and n.link like :link")
                .param("m", memberOutsideScope())
                .param("link", "/supervision/visits/" + visit + "#finding-%")
                .query(Long.class)
                .single())
        .as("the squad is told the unit resolved it")
        .isGreaterThanOrEqualTo(1);

    Http.Response verified = as(MEMBER).postJson(FINDINGS + "/" + finding + "/verify", Map.of());
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().path("status").asString()).isEqualTo("VERIFIED");

    Http unit = as(UNIT);
    assertThat(
            unit.postJson(PROBLEMS + "/" + problem + "/resolve", Map.of("measures", "再改")).status())
        .as("a verified item takes no more answers")
        .isEqualTo(409);
    assertThat(
            unit.putJson(PROBLEMS + "/" + problem, Map.of("title", "改个标题", "version", 0)).status())
        .as("nor edits by the unit")
        .isIn(403, 409);
    assertThat(unit.postJson(PROBLEMS + "/" + problem + "/reopen", Map.of("reason", "x")).status())
        .as("the unit cannot reopen it")
        .isEqualTo(403);
  }

  @Test
  void reopeningSendsTheItemBackAndKeepsItsHistory() {
    Squad squad = squad();
    long visit =
        recordVisit(
            squad.leader(),
            visit(
                squad.id(),
                "座谈企业代表" + tag(),
                "2001-06-07",
                "IRREGULAR",
                "FORUM",
                List.of(ownUnitId())));
    JsonNode created =
        recordFinding(
            squad.leader(),
            visit,
            finding("POLICY_DELIVERY", "ENTERPRISE", "惠企政策兑现慢", "2001-06-07", ownUnitId()));
    long finding = created.path("id").asLong();
    long problem = created.path("problemId").asLong();
    resolveAsUnit(problem, "已兑现一半");
    Http.Response reopened =
        squad.leader().postJson(FINDINGS + "/" + finding + "/reopen", Map.of("reason", "尚未全部兑现"));
    assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
    assertThat(reopened.json().path("status").asString()).isEqualTo("REOPENED");
    resolveAsUnit(problem, "已全部兑现");
    assertThat(
            jdbc.sql(
                    "select action from history_entry where record_type = 'rectification'"
                        + " and record_id = :id order by id")
                .param("id", problem)
                .query(String.class)
                .list())
        .containsExactly(
            "RECTIFICATION_RAISE",
            "RECTIFICATION_ASSIGN",
            "RECTIFICATION_ACKNOWLEDGE",
            "RECTIFICATION_RESOLVE",
            "RECTIFICATION_REOPEN",
            "RECTIFICATION_ACKNOWLEDGE",
            "RECTIFICATION_RESOLVE");
    assertThat(as(UNIT).get(PROBLEMS + "/" + problem).json().path("measures").asString())
        .isEqualTo("已全部兑现");
  }

  @Test
  void onlyTheSquadAndTheOfficeRecordAndOnlyTheyAndLeadersSeeTheVisit() {
    Squad squad = squad();
    Map<String, Object> body =
        visit(
            squad.id(),
            "监督检查" + tag(),
            "2001-07-01",
            "ROUTINE",
            "QUESTIONNAIRE",
            List.of(ownUnitId()));
    assertThat(as(LEADER).postJson(VISITS, body).status())
        .as("a leader not on the squad")
        .isEqualTo(403);
    assertThat(as(AUDITOR).postJson(VISITS, body).status()).isEqualTo(403);
    assertThat(as(UNIT).postJson(VISITS, body).status()).isEqualTo(403);
    long visit = recordVisit(as(STAFF), body);
    assertThat(as(MEMBER).get(VISITS + "/" + visit).status()).as("a squad member").isEqualTo(200);
    assertThat(as(LEADER).get(VISITS + "/" + visit).status()).isEqualTo(200);
    assertThat(as(UNIT).get(VISITS + "/" + visit).status()).isEqualTo(403);
    assertThat(
            as(LEADER)
                .postJson(
                    VISITS + "/" + visit + "/findings",
                    finding("FEES", "SQUAD", "乱收费", "2001-07-01", ownUnitId()))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aVisitOrFindingIsRefusedWholeWithEveryFieldsProblem() {
    Squad squad = squad();
    Map<String, Object> body = visit(squad.id(), " ", "2999-01-01", "SOMETIMES", "", List.of());
    Http.Response refused = squad.leader().postJson(VISITS, body);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fieldErrors())
        .containsKeys("title", "visitedOn", "mode", "manner", "unitIds");
    long visit =
        recordVisit(
            squad.leader(),
            visit(
                squad.id(), "监督" + tag(), "2001-08-01", "ROUTINE", "FORUM", List.of(ownUnitId())));
    long problemsBefore = jdbc.sql("select count(*) from rectification").query(Long.class).single();
    Http.Response bad =
        squad
            .leader()
            .postJson(
                VISITS + "/" + visit + "/findings",
                finding("NOPE", "SQUAD", "", "2001-07-01", ownUnitId()));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldErrors()).containsKeys("category", "description", "foundOn");
    assertThat(jdbc.sql("select count(*) from rectification").query(Long.class).single())
        .as("nothing half-saved")
        .isEqualTo(problemsBefore);
    assertThat(
            squad
                .leader()
                .postJson(
                    VISITS + "/" + visit + "/findings",
                    finding("FEES", "SQUAD", "x", "2001-08-01", 987654321L))
                .status())
        .isEqualTo(400);
  }

  @Test
  void theMetricsCountAKnownYearFindingsInTheirOwnPeriodAndUnitsOnce() {
    Squad squad = squad();
    long a =
        recordVisit(
            squad.leader(),
            visit(
                squad.id(),
                "常态化明察" + tag(),
                "2003-03-10",
                "ROUTINE",
                "OPEN_INSPECTION",
                List.of(ownUnitId(), otherUnitId())));
    long b =
        recordVisit(
            squad.leader(),
            visit(
                squad.id(),
                "随机暗访" + tag(),
                "2003-06-01",
                "RANDOM",
                "UNANNOUNCED",
                List.of(ownUnitId())));
    JsonNode first =
        recordFinding(
            squad.leader(), a, finding("APPROVALS", "SQUAD", "审批超时", "2003-03-10", ownUnitId()));
    recordFinding(
        squad.leader(), a, finding("FEES", "ENTERPRISE", "收费不透明", "2003-03-12", otherUnitId()));
    recordFinding(squad.leader(), b, finding("FEES", "SQUAD", "重复收费", "2003-06-01", ownUnitId()));
    resolveAsUnit(first.path("problemId").asLong(), "压缩审批时限");
    assertThat(
            squad
                .leader()
                .postJson(FINDINGS + "/" + first.path("id").asLong() + "/verify", Map.of())
                .status())
        .isEqualTo(200);
    long output =
        jdbc.sql("select min(id) from output where committee_id = :c")
            .param("c", demoCommitteeId())
            .query(Long.class)
            .single();
    Http.Response linked =
        squad
            .leader()
            .postJson(
                VISITS + "/" + a + "/outcomes",
                Map.of(
                    "register",
                    "outputs",
                    "recordId",
                    output,
                    "kind",
                    "SUPERVISION_REPORT",
                    "formedOn",
                    "2003-07-01"));
    assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    assertThat(
            squad
                .leader()
                .postJson(
                    VISITS + "/" + a + "/outcomes",
                    Map.of(
                        "register",
                        "outputs",
                        "recordId",
                        output,
                        "kind",
                        "SUPERVISION_REPORT",
                        "formedOn",
                        "2003-07-01"))
                .status())
        .isEqualTo(409);
    assertThat(
            squad
                .leader()
                .postJson(
                    VISITS + "/" + a + "/outcomes",
                    Map.of("register", "no-such-register", "recordId", 1, "kind", "PROPOSAL"))
                .status())
        .isEqualTo(400);

    String year = "from=2003-01-01&to=2003-12-31";
    assertThat(metric("supervision.visits", year)).isEqualTo("2");
    assertThat(metric("supervision.visits", year + "&mode=RANDOM")).isEqualTo("1");
    assertThat(
            metric(
                "supervision.visits", year + "&squadId=" + squad.id() + "&manner=OPEN_INSPECTION"))
        .isEqualTo("1");
    assertThat(metric("supervision.units", year))
        .as("a unit visited twice counts once")
        .isEqualTo("2");
    assertThat(metric("supervision.units", year + "&unitType=ENTERPRISE")).isEqualTo("0");
    assertThat(metric("supervision.findings", year)).isEqualTo("3");
    assertThat(metric("supervision.findings", year + "&category=FEES")).isEqualTo("2");
    assertThat(metric("supervision.findings", year + "&origin=ENTERPRISE")).isEqualTo("1");
    assertThat(metric("supervision.rectified-rate", year)).isEqualTo("33.33");
    assertThat(metric("supervision.overdue", year)).isEqualTo("2");
    assertThat(metric("supervision.outcomes", year)).isEqualTo("1");
    assertThat(metric("supervision.outcomes", year + "&kind=PROPOSAL")).isEqualTo("0");
    String march = "from=2003-01-01&to=2003-03-31";
    assertThat(metric("supervision.findings", march))
        .as("found in March, counted in March")
        .isEqualTo("2");
    assertThat(metric("supervision.rectified-rate", march)).isEqualTo("50");
    assertThat(metric("supervision.units", "from=2003-06-01&to=2003-06-30")).isEqualTo("1");

    JsonNode statistics = as(STAFF).get("/api/v1/supervision/statistics?" + year).json();
    assertThat(statistics.path("byCategory").path("FEES").asLong()).isEqualTo(2);
    assertThat(statistics.path("byMode").path("ROUTINE").asLong()).isEqualTo(1);
    Http.Response xlsx = browserAs(STAFF).get("/supervision/statistics.xlsx?" + year);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).contains("spreadsheetml");
    assertThat(as(MEMBER).get("/api/v1/supervision/statistics?" + year).status()).isEqualTo(403);
  }

  private String metric(String name, String query) {
    Http.Response response = as(STAFF).get("/api/v1/metrics/" + name + "?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response
        .json()
        .path("value")
        .decimalValue()
        .setScale(2)
        .stripTrailingZeros()
        .toPlainString();
  }

  private JsonNode read(Http who, long visit) {
    return who.get(VISITS + "/" + visit).json();
  }
}
