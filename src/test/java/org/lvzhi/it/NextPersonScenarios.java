package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.AUDITOR;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * "The next person always knows": each move tells whoever must act next (leave to its decider, a
 * withdrawn request, a cancelled or moved activity to its invitees, a resolved problem to the
 * office), members withdraw what is not decided yet, a cancelled activity stays on record
 * uncounted, and each role's waiting list ({@code GET /api/v1/me/waiting}) counts what waits for
 * it. On H2 ({@link NextPersonH2Test}) and PostgreSQL ({@link NextPersonPostgresTest}).
 */
abstract class NextPersonScenarios extends IntegrationTestSupport {

  private static final String READING = "书香政协读书活动";
  private static final String LEAVE_TO_DECIDE = "activity.leave-to-decide";

  /** A member with an account of their own, signed in by HTTP Basic. */
  record Person(long memberId, String username, Http http) {}

  // ---------------------------------------------------------------------------------------------
  // Leave reaches whoever decides it, and the page says who that is
  // ---------------------------------------------------------------------------------------------

  @Test
  void leaveForACommitteeWithoutAHeadReachesTheOfficeAndThePageSaysSo() {
    Http staff = as(STAFF);
    long committee = specialCommittee(null);
    Person member = person("请假委员");
    long activity = reading(committee, member);
    long officeBefore = waitingCount(staff, LEAVE_TO_DECIDE);

    long pid = askLeave(member, activity, "外出学习");

    assertThat(titlesOf(username(STAFF))).contains("请假待审批：" + title(activity));
    assertThat(longs(staff.get("/api/v1/activities/leave-requests").json(), "participationId"))
        .contains(pid);
    assertThat(waitingCount(staff, LEAVE_TO_DECIDE)).isEqualTo(officeBefore + 1);
    assertThat(waiting(staff, LEAVE_TO_DECIDE).path("href").asString())
        .isEqualTo("/activities/leave-requests");
    assertThat(browserAs(STAFF).get("/registry/activities/" + activity).text())
        .contains("请假审批：<strong>机关办公室</strong>");

    decide(staff, pid, true);
    assertThat(waitingCount(staff, LEAVE_TO_DECIDE)).isEqualTo(officeBefore);
    assertThat(titlesOf(member.username())).contains("请假已批准：" + title(activity));
  }

  @Test
  void leaveForACommitteeWithAHeadReachesTheHeadAloneWhoDecidesItFromTheList() {
    Http staff = as(STAFF);
    Person head = person("主任");
    long committee = specialCommittee(head.memberId());
    Person member = person("请假委员");
    long activity = reading(committee, member);
    long officeBefore = waitingCount(staff, LEAVE_TO_DECIDE);

    long pid = askLeave(member, activity, "家中有事");

    assertThat(titlesOf(head.username())).containsExactly("请假待审批：" + title(activity));
    assertThat(titlesOf(username(STAFF))).doesNotContain("请假待审批：" + title(activity));
    JsonNode item = waiting(head.http(), LEAVE_TO_DECIDE);
    assertThat(item.path("count").asLong()).isEqualTo(1);
    assertThat(item.path("label").asString()).isEqualTo("待我审批的请假");
    assertThat(
            longs(head.http().get("/api/v1/activities/leave-requests").json(), "participationId"))
        .containsExactly(pid);
    assertThat(waitingCount(staff, LEAVE_TO_DECIDE)).isEqualTo(officeBefore);
    assertThat(browserAs(STAFF).get("/registry/activities/" + activity).text())
        .contains("请假审批：<strong>专委会主任 " + name(head.memberId()) + "</strong>");

    Http headBrowser = browser(head.username(), PASSWORD);
    Http.Response page = headBrowser.get("/activities/leave-requests");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(title(activity)).contains("家中有事");
    Http.Response decided =
        headBrowser.postForm(
            "/participations/" + pid + "/leave?approved=false",
            Map.of(
                "back",
                "/activities/leave-requests",
                "_csrf",
                headBrowser.csrfToken("/activities/leave-requests")));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(302);
    assertThat(decided.location()).endsWith("/activities/leave-requests");
    assertThat(state(activity, member.memberId())).isEqualTo("LEAVE_REJECTED");
    assertThat(waitingCount(head.http(), LEAVE_TO_DECIDE)).isZero();
    assertThat(titlesOf(member.username())).contains("请假未批准：" + title(activity));
  }

  // ---------------------------------------------------------------------------------------------
  // Withdrawing
  // ---------------------------------------------------------------------------------------------

  @Test
  void membersWithdrawASignUpAndAnUndecidedLeaveRequestButNotADecidedOne() {
    Http staff = as(STAFF);
    Person member = person("撤回委员");
    long activity = reading(specialCommittee(null), member);
    String base = "/api/v1/activities/" + activity;

    ok(member.http().postJson(base + "/sign-up", Map.of()));
    ok(member.http().postJson(base + "/withdraw-sign-up", Map.of()));
    assertThat(state(activity, member.memberId())).isEqualTo("INVITED");
    refused(member.http().postJson(base + "/withdraw-sign-up", Map.of()), "您没有报名，无需取消。");
    refused(member.http().postJson(base + "/withdraw-leave", Map.of()), "没有可撤回的请假申请。");

    long pid = askLeave(member, activity, "出差");
    ok(member.http().postJson(base + "/withdraw-leave", Map.of()));
    assertThat(state(activity, member.memberId())).isEqualTo("INVITED");
    assertThat(titlesOf(username(STAFF))).contains("请假已撤回：" + title(activity));
    assertThat(longs(staff.get("/api/v1/activities/leave-requests").json(), "participationId"))
        .doesNotContain(pid);
    Http.Response decideWithdrawn =
        staff.postJson(
            "/api/v1/participations/" + pid + "/leave-decision", Map.of("approved", true));
    assertThat(decideWithdrawn.status()).isEqualTo(409);

    askLeave(member, activity, "出差");
    decide(staff, pid, true);
    refused(member.http().postJson(base + "/withdraw-leave", Map.of()), "请假已审批，不能再撤回。");
    assertThat(state(activity, member.memberId())).isEqualTo("LEAVE_APPROVED");

    Http.Response english =
        member
            .http()
            .postJson(base + "/withdraw-leave", Map.of(), Map.of("Cookie", "lvzhi-lang=en"));
    assertThat(english.status()).isEqualTo(409);
    assertThat(english.json().path("detail").asString())
        .isEqualTo("The leave request has been decided and can no longer be withdrawn.");

    assertThat(moves(pid))
        .containsExactly(
            "INVITE",
            "SIGN_UP",
            "WITHDRAW_SIGN_UP",
            "REQUEST_LEAVE",
            "WITHDRAW_LEAVE",
            "REQUEST_LEAVE",
            "APPROVE_LEAVE");
  }

  @Test
  void theMemberWithdrawsFromTheActivityPage() {
    Person member = person("页面撤回委员");
    long activity = reading(specialCommittee(null), member);
    Http browser = browser(member.username(), PASSWORD);
    ok(member.http().postJson("/api/v1/activities/" + activity + "/sign-up", Map.of()));

    assertThat(browser.get("/registry/activities/" + activity).text())
        .contains("id=\"withdraw-sign-up\"");
    Http.Response withdrawn =
        browser.postForm(
            "/activities/" + activity + "/withdraw-sign-up",
            Map.of("back", "/my/activities", "_csrf", browser.csrfToken("/my/activities")));
    assertThat(withdrawn.status()).isEqualTo(302);
    assertThat(withdrawn.location()).endsWith("/my/activities");
    assertThat(state(activity, member.memberId())).isEqualTo("INVITED");
  }

  // ---------------------------------------------------------------------------------------------
  // Cancelling and moving an activity
  // ---------------------------------------------------------------------------------------------

  @Test
  void aCancelledActivityStaysOnRecordTellsItsInviteesTakesNoSignUpAndIsNotCounted() {
    Http staff = as(STAFF);
    Person member = person("取消委员");
    LocalDateTime start = LocalDateTime.of(2014, 6, 3, 9, 0);
    String title = "取消·座谈" + tag();
    long activity =
        created(
            staff.postJson("/api/v1/activities", activity(title, "调研", start, 2, "OFFICE", null)));
    invite(staff, activity, List.of(member.memberId()));
    String counted = "/api/v1/metrics/activity.count?from=2014-06-03&to=2014-06-03";
    long before = staff.get(counted).json().path("value").asLong();

    // With invitees it is cancelled, not deleted: nobody's invitation disappears.
    int version = staff.get("/api/v1/activities/" + activity).json().path("version").asInt();
    Http.Response deleted = staff.delete("/api/v1/activities/" + activity + "?version=" + version);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(409);
    assertThat(deleted.json().path("detail").asString()).contains("取消活动");
    assertThat(participants(activity)).hasSize(1);

    Http.Response tooLong =
        staff.postJson(
            "/api/v1/activities/" + activity + "/cancel", Map.of("reason", "因".repeat(501)));
    assertThat(tooLong.status()).as("refused, not cut: %s", tooLong).isEqualTo(400);
    assertThat(tooLong.fieldErrors()).containsOnlyKeys("reason");

    Http.Response noReason =
        staff.postJson("/api/v1/activities/" + activity + "/cancel", Map.of("reason", " "));
    assertThat(noReason.status()).isEqualTo(409);
    assertThat(noReason.json().path("detail").asString()).isEqualTo("取消活动须写明原因。");
    assertThat(
            as(MEMBER)
                .postJson("/api/v1/activities/" + activity + "/cancel", Map.of("reason", "不去了"))
                .status())
        .isEqualTo(403);
    assertThat(
            as(COMMITTEE_STAFF)
                .postJson("/api/v1/activities/" + activity + "/cancel", Map.of("reason", "不去了"))
                .status())
        .isIn(403, 404);

    ok(staff.postJson("/api/v1/activities/" + activity + "/cancel", Map.of("reason", "因台风改期")));

    assertThat(staff.get("/api/v1/activities/" + activity).status()).isEqualTo(200);
    assertThat(staff.get(counted).json().path("value").asLong()).isEqualTo(before - 1);
    assertThat(strings(staff.get(counted).json().path("sources"), "label")).doesNotContain(title);
    assertThat(titlesOf(member.username())).contains("活动取消：" + title);
    assertThat(bodiesOf(member.username())).anyMatch(body -> body.contains("因台风改期"));
    refused(
        member.http().postJson("/api/v1/activities/" + activity + "/sign-up", Map.of()),
        "活动已取消，不能再办理。");
    refused(
        staff.postJson("/api/v1/activities/" + activity + "/cancel", Map.of("reason", "再取消")),
        "活动已取消，不能再办理。");
    refused(staff.postJson("/api/v1/activities/" + activity + "/close", Map.of()), "活动已取消，不能再办理。");
    String page = browserAs(STAFF).get("/registry/activities/" + activity).text();
    assertThat(page).contains("id=\"activity-cancelled\"").contains("因台风改期");
    assertThat(page).doesNotContain("id=\"invite-form\"");
    List<String> history =
        jdbc.sql(
                "select action from history_entry where record_type = 'activity' and record_id = :id"
                    + " order by id")
            .param("id", activity)
            .query(String.class)
            .list();
    assertThat(history).contains("CANCEL");
  }

  @Test
  void aChangedTimeOrPlaceTellsTheInviteesAndOtherEditsDoNot() {
    Http staff = as(STAFF);
    Person member = person("改期委员");
    long activity = reading(specialCommittee(null), member);
    String notice = "活动时间地点变更：" + title(activity);

    Map<String, Object> change = editable(activity);
    change.put("topic", "只改主题");
    ok(staff.putJson("/api/v1/activities/" + activity, change));
    assertThat(titlesOf(member.username())).doesNotContain(notice);

    change = editable(activity);
    change.put("startsAt", "2031-03-05T14:30");
    change.put("endsAt", "2031-03-05T16:30");
    change.put("venue", "县图书馆三楼");
    ok(staff.putJson("/api/v1/activities/" + activity, change));
    assertThat(titlesOf(member.username())).containsOnlyOnce(notice);
    assertThat(bodiesOf(member.username())).contains("现定于 3月5日 14:30，地点：县图书馆三楼");
  }

  // ---------------------------------------------------------------------------------------------
  // The waiting list per role
  // ---------------------------------------------------------------------------------------------

  @Test
  void aMemberIsToldOfInvitationsStillToAnswer() {
    Person member = person("邀请委员");
    assertThat(waitingCount(member.http(), "activity.invitations-to-answer")).isZero();
    long activity = reading(specialCommittee(null), member);
    JsonNode item = waiting(member.http(), "activity.invitations-to-answer");
    assertThat(item.path("count").asLong()).isEqualTo(1);
    assertThat(item.path("href").asString()).isEqualTo("/my/activities");
    ok(member.http().postJson("/api/v1/activities/" + activity + "/sign-up", Map.of()));
    assertThat(waitingCount(member.http(), "activity.invitations-to-answer")).isZero();
    assertThat(titlesOf(member.username())).contains("活动邀请：" + title(activity));
  }

  @Test
  void aProblemWaitsForTheUnitThenForTheOfficeAndEachIsTold() {
    Http staff = as(STAFF);
    Http unit = as(UNIT);
    long problem =
        created(
            staff.postJson("/api/v1/rectifications", problemOnProject(project(), "待办问题" + tag())));
    String title = staff.get("/api/v1/rectifications/" + problem).json().path("title").asString();
    long toAcknowledge = waitingCount(unit, "rectification.to-acknowledge");
    long toVerify = waitingCount(staff, "rectification.to-verify");

    ok(
        staff.postJson(
            "/api/v1/rectifications/" + problem + "/assign",
            Map.of(
                "unitId",
                ownUnitId(),
                "dueOn",
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString())));
    assertThat(waitingCount(unit, "rectification.to-acknowledge")).isEqualTo(toAcknowledge + 1);
    JsonNode item = waiting(unit, "rectification.to-acknowledge");
    assertThat(item.path("href").asString())
        .isEqualTo("/registry/rectifications?f_status=ASSIGNED");
    assertThat(browserAs(UNIT).get(item.path("href").asString()).text()).contains(title);
    assertThat(titlesOf(username(UNIT))).contains("整改交办：" + title);

    ok(unit.postJson("/api/v1/rectifications/" + problem + "/acknowledge", Map.of()));
    assertThat(waitingCount(unit, "rectification.to-acknowledge")).isEqualTo(toAcknowledge);
    ok(
        unit.postJson(
            "/api/v1/rectifications/" + problem + "/resolve", Map.of("measures", "已整改到位")));
    assertThat(waitingCount(staff, "rectification.to-verify")).isEqualTo(toVerify + 1);
    assertThat(titlesOf(username(STAFF))).contains("整改结果待核实：" + title);
    assertThat(waiting(staff, "rectification.to-verify").path("href").asString())
        .isEqualTo("/registry/rectifications?f_status=RESOLVED");
    assertThat(waitingKinds(unit)).doesNotContain("rectification.to-verify");

    ok(staff.postJson("/api/v1/rectifications/" + problem + "/reopen", Map.of("reason", "证明材料不全")));
    assertThat(waitingCount(unit, "rectification.reopened")).isPositive();
    assertThat(waitingCount(staff, "rectification.to-verify")).isEqualTo(toVerify);
    ok(unit.postJson("/api/v1/rectifications/" + problem + "/acknowledge", Map.of()));
    ok(unit.postJson("/api/v1/rectifications/" + problem + "/resolve", Map.of("measures", "补齐材料")));
    ok(staff.postJson("/api/v1/rectifications/" + problem + "/verify", Map.of()));
    assertThat(titlesOf(username(UNIT))).contains("整改退回：" + title, "问题已销号：" + title);
  }

  @Test
  void theWaitingListIsEachUsersOwnAndOnTheHomePage() {
    assertThat(waitingKinds(as(AUDITOR)))
        .doesNotContain(LEAVE_TO_DECIDE, "rectification.to-verify", "rectification.to-acknowledge");
    assertThat(waitingKinds(as(UNIT))).doesNotContain(LEAVE_TO_DECIDE);
    assertThat(anonymous().get("/api/v1/me/waiting").status()).isEqualTo(401);

    Person head = person("首页主任");
    long committee = specialCommittee(head.memberId());
    Person member = person("首页委员");
    askLeave(member, reading(committee, member), "看病");
    String home = browser(head.username(), PASSWORD).get("/").text();
    assertThat(home)
        .contains("待我处理")
        .contains("data-kind=\"activity.leave-to-decide\"")
        .contains("href=\"/activities/leave-requests\"");
    String english = browser(head.username(), PASSWORD).get("/?lang=en").text();
    assertThat(english).contains("Leave requests to decide");
  }

  @Test
  void aProjectWithAnOverdueMilestoneWaitsForThoseWhoSeeIt() {
    Http staff = as(STAFF);
    String kind = "investment.milestones-overdue";
    long before = waitingCount(staff, kind);
    long project = project();
    Http.Response milestone =
        staff.postJson(
            "/api/v1/project-milestones",
            Map.of("name", "开工" + tag(), "projectId", project, "plannedOn", "2020-09-01"));
    assertThat(milestone.status()).as(milestone.toString()).isEqualTo(201);
    assertThat(waitingCount(staff, kind)).isEqualTo(before + 1);
    JsonNode item = waiting(staff, kind);
    assertThat(item.path("overdue").asBoolean()).isTrue();
    assertThat(browserAs(STAFF).get(item.path("href").asString()).status()).isEqualTo(200);
    assertThat(waitingKinds(as(MEMBER))).doesNotContain(kind);
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures
  // ---------------------------------------------------------------------------------------------

  /** A member of the test organisation with a member account of their own. */
  Person person(String prefix) {
    long memberId = testMember(prefix);
    String username = "it-np-" + tag();
    systemActor.runIn(
        demoCommitteeId(),
        () ->
            accounts.create(
                username,
                prefix,
                new Accounts.Binding(Role.MEMBER, memberId, null, null),
                PASSWORD,
                false));
    return new Person(memberId, username, Http.basic(port, username, PASSWORD));
  }

  /** A special committee of the demo county, headed by this member or by nobody. */
  long specialCommittee(Long headMemberId) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("name", "集成测试·待办委" + tag());
    body.put("committeeId", demoCommitteeId());
    body.put("sortOrder", 90);
    if (headMemberId != null) {
      body.put("headMemberId", headMemberId);
    }
    return created(admin().postJson("/api/v1/special-committees", body));
  }

  /** A reading session of the special committee next year, inviting the member. */
  long reading(long committee, Person member) {
    long id =
        created(
            as(STAFF)
                .postJson(
                    "/api/v1/activities",
                    activity(
                        "读书会" + tag(),
                        READING,
                        LocalDateTime.of(2031, 3, 4, 15, 0),
                        2,
                        "SPECIAL_COMMITTEE",
                        committee)));
    invite(as(STAFF), id, List.of(member.memberId()));
    return id;
  }

  long askLeave(Person member, long activity, String reason) {
    ok(
        member
            .http()
            .postJson("/api/v1/activities/" + activity + "/leave", Map.of("reason", reason)));
    return participationIds(activity).get(member.memberId());
  }

  static void decide(Http decider, long participationId, boolean approved) {
    ok(
        decider.postJson(
            "/api/v1/participations/" + participationId + "/leave-decision",
            Map.of("approved", approved)));
  }

  String state(long activity, long memberId) {
    return participants(activity).stream()
        .filter(p -> p.path("memberId").asLong() == memberId)
        .findFirst()
        .orElseThrow()
        .path("state")
        .asString();
  }

  String title(long activity) {
    return jdbc.sql("select title from activity where id = :id")
        .param("id", activity)
        .query(String.class)
        .single();
  }

  String name(long memberId) {
    return jdbc.sql("select name from member where id = :id")
        .param("id", memberId)
        .query(String.class)
        .single();
  }

  Map<String, Object> editable(long activity) {
    return RegisterApiScenarios.editable(admin().get("/api/v1/activities/" + activity).json());
  }

  List<String> moves(long participationId) {
    return jdbc.sql(
            "select action from history_entry where record_type = 'participation'"
                + " and record_id = :id order by id")
        .param("id", participationId)
        .query(String.class)
        .list();
  }

  List<String> titlesOf(String username) {
    return notices(username, "title");
  }

  List<String> bodiesOf(String username) {
    return notices(username, "body");
  }

  private List<String> notices(String username, String column) {
    return jdbc.sql(
            "select n."
                + ("body".equals(column) ? "body" : "title")
                + " from notification n join account a on a.id = n.account_id"
                + " where a.username = :u order by n.id")
        .param("u", username)
        .query(String.class)
        .list();
  }

  static List<String> waitingKinds(Http http) {
    Http.Response response = http.get("/api/v1/me/waiting");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return strings(response.json(), "kind");
  }

  static JsonNode waiting(Http http, String kind) {
    Http.Response response = http.get("/api/v1/me/waiting");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    response.json().values().forEach(items::add);
    return items.stream()
        .filter(i -> kind.equals(i.path("kind").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " is not waiting: " + response));
  }

  static long waitingCount(Http http, String kind) {
    return waitingKinds(http).contains(kind) ? waiting(http, kind).path("count").asLong() : 0;
  }

  static void ok(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  static void refused(Http.Response response, String detail) {
    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.json().path("detail").asString()).isEqualTo(detail);
  }
}
