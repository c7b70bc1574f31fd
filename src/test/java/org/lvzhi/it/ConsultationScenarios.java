package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.LEADER;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Consultation through the API: a suggestion made at a consultation meeting followed up with the
 * department to "adopted", the unit's clerk seeing only what is sent to the unit, an online
 * consultation commented on, moderated and closed with a summary whose suggestions enter the same
 * follow-up, the units of a meeting, the statistics on a known dataset (suggestions here are made
 * in 2004, away from the demo's year), and the role matrix over the endpoints. On H2 ({@link
 * ConsultationH2Test}) and PostgreSQL ({@link ConsultationPostgresTest}).
 */
abstract class ConsultationScenarios extends IntegrationTestSupport {

  private static final String API = "/api/v1/consultation";

  long meeting(String title, LocalDateTime start) {
    return created(
        as(STAFF)
            .postJson("/api/v1/activities", activity(title, "专题协商会", start, 2, "OFFICE", null)));
  }

  long suggestion(long activity, Map<String, Object> body) {
    Http.Response made = as(STAFF).postJson(API + "/activities/" + activity + "/suggestions", body);
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return made.json().path("id").asLong();
  }

  JsonNode get(long suggestion) {
    Http.Response response = admin().get(API + "/suggestions/" + suggestion);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  List<String> titlesOf(String username) {
    return jdbc.sql(
            "select n.title from notification n join account a on a.id = n.account_id"
                + " where a.username = :u order by n.id")
        .param("u", username)
        .query(String.class)
        .list();
  }

  List<String> titlesOfMember(long memberId) {
    return jdbc.sql(
            "select n.title from notification n join account a on a.id = n.account_id"
                + " where a.member_id = :m order by n.id")
        .param("m", memberId)
        .query(String.class)
        .list();
  }

  @Test
  void aSuggestionAtAConsultationMeetingIsSentToADepartmentWhoseClerkRecordsItAdopted() {
    String title = "城区交通治理专题协商" + tag();
    long meeting = meeting(title, LocalDateTime.of(2004, 3, 2, 9, 0));
    long id =
        suggestion(
            meeting,
            body("content", "建议优化公交线路。", "memberId", ownMemberId(), "madeOn", "2004-03-02"));
    JsonNode made = get(id);
    assertThat(made.path("sourceKind").asString()).as("the type's category").isEqualTo("MEETING");
    assertThat(made.path("sourceLabel").asString()).isEqualTo(title);
    assertThat(made.path("status").asString()).isEqualTo("PENDING");

    assertThat(as(UNIT).get(API + "/suggestions/" + id).status())
        .as("a unit sees nothing not sent to it")
        .isEqualTo(404);
    Http.Response sent =
        as(STAFF).postJson(API + "/suggestions/" + id + "/send", body("unitId", ownUnitId()));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(titlesOf("it-unit")).contains("请办理协商建议：" + title);

    assertThat(
            as(UNIT)
                .postJson(API + "/suggestions/" + id + "/answer", body("outcome", "ADOPTED"))
                .fieldErrors())
        .as("an answer needs its text")
        .containsKey("answer");
    Http.Response answered =
        as(UNIT)
            .postJson(
                API + "/suggestions/" + id + "/answer",
                body("outcome", "ADOPTED", "answer", "已纳入年度计划。", "answeredOn", "2004-04-01"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().path("status").asString()).isEqualTo("ADOPTED");
    assertThat(titlesOfMember(ownMemberId())).contains("您的建议已有答复：" + title);
    assertThat(
            as(UNIT)
                .postJson(
                    API + "/suggestions/" + id + "/answer",
                    body("outcome", "NOT_ADOPTED", "answer", "x"))
                .status())
        .as("an adopted suggestion is finished")
        .isEqualTo(409);
    List<String> actions =
        strings(
            admin().get("/api/v1/consultation-suggestions/" + id + "/history").json(), "action");
    assertThat(actions).contains("SUGGESTION_MAKE", "SUGGESTION_SEND", "SUGGESTION_ANSWER");
  }

  @Test
  void aSuggestionInTheFutureOrWithoutAuthorIsRefusedAndNothingIsSaved() {
    long meeting = meeting("拒绝协商" + tag(), LocalDateTime.of(2004, 5, 2, 9, 0));
    Http.Response refused =
        as(STAFF)
            .postJson(
                API + "/activities/" + meeting + "/suggestions",
                body("content", " ", "madeOn", "2999-01-01"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fieldErrors()).containsKeys("content", "madeBy", "madeOn");
    assertThat(admin().get(API + "/activities/" + meeting + "/suggestions").json().size()).isZero();
    assertThat(
            as(STAFF)
                .postJson(
                    API + "/activities/" + meeting + "/suggestions",
                    body("content", "x", "madeByName", "y", "madeOn", "not-a-date"))
                .status())
        .isEqualTo(400);
    assertThat(as(STAFF).postJson(API + "/activities/999999999/suggestions", body()).status())
        .isEqualTo(404);
  }

  @Test
  void theUnitsTakingPartInAMeetingAreAListOfRealUnits() {
    long meeting = meeting("参与单位协商" + tag(), LocalDateTime.of(2004, 6, 2, 9, 0));
    String path = API + "/activities/" + meeting + "/units";
    Http.Response set =
        as(STAFF).putJson(path, body("unitIds", List.of(ownUnitId(), otherUnitId())));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().path("units").size()).isEqualTo(2);
    assertThat(as(STAFF).putJson(path, body("unitIds", List.of(999999999L))).status())
        .isEqualTo(400);
    assertThat(admin().get(path).json().path("units").size()).as("unchanged").isEqualTo(2);
    assertThat(as(MEMBER).putJson(path, body("unitIds", List.of())).status()).isEqualTo(403);
  }

  @Test
  void anOnlineConsultationIsCommentedModeratedAndClosedWithASuggestionFollowedUp() {
    Http staff = as(STAFF);
    LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withNano(0);
    String topic = "城区停车难网络议政" + tag();
    Http.Response created =
        staff.postJson(
            API + "/online",
            body(
                "topic",
                topic,
                "background",
                "停车位缺口约三千个。",
                "opensAt",
                now.minusHours(1).toString(),
                "closesAt",
                now.plusDays(3).toString()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    Http member = as(MEMBER);
    assertThat(member.get(API + "/online/" + id).status())
        .as("a draft is the office's")
        .isEqualTo(404);
    assertThat(member.postJson(API + "/online/" + id + "/comments", body("content", "x")).status())
        .isEqualTo(404);
    assertThat(staff.postJson(API + "/online/" + id + "/open", body()).status()).isEqualTo(200);
    assertThat(titlesOfMember(ownMemberId())).contains("网络议政：" + topic);

    Http.Response comment =
        member.postJson(API + "/online/" + id + "/comments", body("content", "建议建设立体停车场。"));
    assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
    long first = comment.json().path("id").asLong();
    long second =
        member
            .postJson(API + "/online/" + id + "/comments", body("content", "无关广告"))
            .json()
            .path("id")
            .asLong();
    assertThat(staff.postJson(API + "/online/" + id + "/comments", body("content", "x")).status())
        .as("staff moderate, members comment")
        .isEqualTo(403);
    Http.Response hidden =
        staff.postJson(
            API + "/online/" + id + "/comments/" + second + "/hide", body("reason", "与议题无关"));
    assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
    JsonNode seen = member.get(API + "/online/" + id).json();
    assertThat(seen.path("comments").size())
        .as("the author sees their hidden comment")
        .isEqualTo(2);
    assertThat(seen.path("comments").get(1).path("hiddenReason").asString()).isEqualTo("与议题无关");
    assertThat(as(LEADER).get(API + "/online/" + id).json().path("comments").size())
        .as("others do not see it")
        .isEqualTo(1);
    assertThat(first).isPositive();

    assertThat(staff.postJson(API + "/online/" + id + "/close", body("summary", " ")).fieldErrors())
        .containsKey("summary");
    Http.Response closed =
        staff.postJson(
            API + "/online/" + id + "/close",
            body(
                "summary",
                "委员普遍关注停车设施建设。",
                "suggestions",
                List.of(
                    body("content", "建设立体停车场", "memberId", ownMemberId(), "unitId", ownUnitId()))));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    long suggestion = closed.json().path("suggestionIds").get(0).asLong();
    assertThat(get(suggestion).path("sourceKind").asString()).isEqualTo("ONLINE");
    assertThat(member.postJson(API + "/online/" + id + "/comments", body("content", "晚")).status())
        .as("closed")
        .isEqualTo(409);
    staff.postJson(API + "/suggestions/" + suggestion + "/send", body("unitId", ownUnitId()));
    assertThat(
            as(UNIT)
                .postJson(
                    API + "/suggestions/" + suggestion + "/answer",
                    body("outcome", "IMPLEMENTING", "answer", "正在选址。"))
                .json()
                .path("status")
                .asString())
        .isEqualTo("IMPLEMENTING");
  }

  @Test
  void theStatisticsCountEachSuggestionOnTheDayItWasMadeWithTheSharedPercentRule() {
    String from = "2004-09-01";
    String to = "2004-09-30";
    long meeting = meeting("统计协商" + tag(), LocalDateTime.of(2004, 9, 3, 9, 0));
    long research =
        created(
            as(STAFF)
                .postJson(
                    "/api/v1/activities",
                    activity(
                        "统计调研" + tag(),
                        "调研",
                        LocalDateTime.of(2004, 9, 5, 9, 0),
                        2,
                        "OFFICE",
                        null)));
    long[] ids = new long[3];
    for (int i = 0; i < 3; i++) {
      ids[i] =
          suggestion(
              meeting,
              body("content", "统计建议" + i, "madeByName", "县工商联", "madeOn", "2004-09-0" + (3 + i)));
    }
    suggestion(research, body("content", "调研建议", "madeByName", "县农业农村局", "madeOn", "2004-09-30"));
    suggestion(research, body("content", "期外建议", "madeByName", "县农业农村局", "madeOn", "2004-10-01"));
    for (long id : ids) {
      as(STAFF).postJson(API + "/suggestions/" + id + "/send", body("unitId", ownUnitId()));
    }
    as(UNIT)
        .postJson(
            API + "/suggestions/" + ids[0] + "/answer", body("outcome", "ADOPTED", "answer", "采纳"));
    as(UNIT)
        .postJson(
            API + "/suggestions/" + ids[1] + "/answer",
            body("outcome", "NOT_ADOPTED", "answer", "不采纳"));
    as(UNIT)
        .postJson(
            API + "/suggestions/" + ids[2] + "/answer",
            body("outcome", "IMPLEMENTING", "answer", "落实中"));

    assertThat(metric("consultation.suggestions", from, to, "")).isEqualTo("4");
    assertThat(metric("consultation.suggestions", from, to, "&sourceKind=MEETING")).isEqualTo("3");
    assertThat(metric("consultation.suggestions", from, to, "&sourceKind=ACTIVITY")).isEqualTo("1");
    assertThat(metric("consultation.suggestions", from, to, "&unitId=" + ownUnitId()))
        .isEqualTo("3");
    assertThat(metric("consultation.adopted", from, to, "")).isEqualTo("1");
    assertThat(metric("consultation.implementing", from, to, "")).isEqualTo("1");
    assertThat(metric("consultation.not-adopted", from, to, "")).isEqualTo("1");
    assertThat(new java.math.BigDecimal(metric("consultation.adoption-rate", from, to, "")))
        .isEqualByComparingTo("25.00");
    assertThat(metric("consultation.adoption-rate", from, to, "&sourceKind=MEETING"))
        .as("1 of 3, half-up to two decimals")
        .isEqualTo("33.33");
    assertThat(metric("consultation.meetings", from, to, "")).isEqualTo("1");
    assertThat(metric("consultation.suggestions", "2004-09-03", "2004-09-03", ""))
        .as("both days included")
        .isEqualTo("1");
    assertThat(
            as(STAFF)
                .get(
                    "/api/v1/metrics/consultation.suggestions?from="
                        + from
                        + "&to="
                        + to
                        + "&sourceKind=NOPE")
                .status())
        .isEqualTo(400);

    Http browser = browserAs(STAFF);
    Http.Response page = browser.get("/consultation/statistics?from=" + from + "&to=" + to);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("id=\"stat-adoption-rate\"").contains("25.00%");
    Http.Response xlsx = browser.get("/consultation/statistics.xlsx?from=" + from + "&to=" + to);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.body().length).isPositive();
  }

  String metric(String name, String from, String to, String filters) {
    Http.Response response =
        as(STAFF).get("/api/v1/metrics/" + name + "?from=" + from + "&to=" + to + filters);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("value").asString();
  }

  // ---------------------------------------------------------------------------------------------
  // The role matrix
  // ---------------------------------------------------------------------------------------------

  /**
   * A call on the consultation API, made through a role's client; fixtures made fresh each time.
   */
  enum Call {
    MAKE_SUGGESTION,
    SEND_SUGGESTION,
    ANSWER_SENT_SUGGESTION,
    SET_MEETING_UNITS,
    CREATE_ONLINE,
    OPEN_ONLINE,
    COMMENT_OPEN_ONLINE,
    READ_STATISTICS_PAGE
  }

  /** Expected statuses in the order of {@link RoleMatrix#ROLES}: ADMIN … AUDITOR. */
  static final Map<Call, int[]> MATRIX = new LinkedHashMap<>();

  static {
    MATRIX.put(Call.MAKE_SUGGESTION, new int[] {201, 201, 0, 403, 403, 403, 403});
    MATRIX.put(Call.SEND_SUGGESTION, new int[] {200, 200, 0, 403, 403, 403, 403});
    MATRIX.put(Call.ANSWER_SENT_SUGGESTION, new int[] {200, 200, 0, 403, 403, 200, 403});
    MATRIX.put(Call.SET_MEETING_UNITS, new int[] {200, 200, 0, 403, 403, 403, 403});
    MATRIX.put(Call.CREATE_ONLINE, new int[] {201, 201, 403, 403, 403, 403, 403});
    MATRIX.put(Call.OPEN_ONLINE, new int[] {200, 200, 403, 403, 403, 403, 403});
    MATRIX.put(Call.COMMENT_OPEN_ONLINE, new int[] {403, 403, 403, 403, 201, 403, 403});
    MATRIX.put(Call.READ_STATISTICS_PAGE, new int[] {200, 200, 200, 200, 403, 403, 200});
  }

  static Stream<Arguments> matrix() {
    return RoleMatrix.cases(MATRIX);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("matrix")
  void everyRoleMayDoWhatItsPermissionsAllowAndNothingElse(Role role, Call call, int expected) {
    Http http = role == Role.ADMIN ? admin() : as(role);
    Http.Response response =
        switch (call) {
          case MAKE_SUGGESTION ->
              http.postJson(
                  API
                      + "/activities/"
                      + meeting("矩阵协商" + tag(), LocalDateTime.of(2004, 11, 1, 9, 0))
                      + "/suggestions",
                  body("content", "矩阵建议", "madeByName", "县工商联", "madeOn", "2004-11-01"));
          case SEND_SUGGESTION ->
              http.postJson(
                  API + "/suggestions/" + pending() + "/send", body("unitId", ownUnitId()));
          case ANSWER_SENT_SUGGESTION -> {
            long id = pending();
            as(STAFF).postJson(API + "/suggestions/" + id + "/send", body("unitId", ownUnitId()));
            yield http.postJson(
                API + "/suggestions/" + id + "/answer", body("outcome", "ADOPTED", "answer", "采纳"));
          }
          case SET_MEETING_UNITS ->
              http.putJson(
                  API
                      + "/activities/"
                      + meeting("矩阵单位" + tag(), LocalDateTime.of(2004, 11, 2, 9, 0))
                      + "/units",
                  body("unitIds", List.of(ownUnitId())));
          case CREATE_ONLINE -> http.postJson(API + "/online", online());
          case OPEN_ONLINE ->
              http.postJson(
                  API
                      + "/online/"
                      + created(as(STAFF).postJson(API + "/online", online()))
                      + "/open",
                  body());
          case COMMENT_OPEN_ONLINE -> {
            long id = created(as(STAFF).postJson(API + "/online", online()));
            as(STAFF).postJson(API + "/online/" + id + "/open", body());
            yield http.postJson(API + "/online/" + id + "/comments", body("content", "矩阵留言"));
          }
          case READ_STATISTICS_PAGE ->
              // Pages answer a signed-in browser; HTTP Basic is for the API.
              browserAs(role).get("/consultation/statistics?from=2004-01-01&to=2004-12-31");
        };
    if (call == Call.READ_STATISTICS_PAGE) {
      RoleMatrix.checkPage(role, call, response, expected);
    } else {
      RoleMatrix.checkApi(role, call, response, expected);
    }
  }

  long pending() {
    return suggestion(
        meeting("矩阵待办" + tag(), LocalDateTime.of(2004, 11, 3, 9, 0)),
        body("content", "矩阵建议", "madeByName", "县工商联", "madeOn", "2004-11-03"));
  }

  static Map<String, Object> online() {
    LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withNano(0);
    Map<String, Object> body = new HashMap<>();
    body.put("topic", "矩阵网络议政" + tag());
    body.put("opensAt", now.minusHours(1).toString());
    body.put("closesAt", now.plusDays(1).toString());
    return body;
  }
}
