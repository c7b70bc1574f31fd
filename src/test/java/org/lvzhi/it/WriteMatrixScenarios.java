package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Writes, for every role: create, replace, delete, action and import of every register the other
 * matrices leave out, and the workflow moves of problems, attachments and committee set-up, inside
 * and outside the caller's scope, each with the exact status it must get; a refused write changes
 * nothing (neither the table it aims at nor history). The activity and investment matrices ({@link
 * ActivityScenarios}, {@link InvestmentScenarios}) cover those modules' registers and moves the
 * same way. On H2 ({@link WriteMatrixH2Test}) and PostgreSQL ({@link WriteMatrixPostgresTest}).
 */
abstract class WriteMatrixScenarios extends IntegrationTestSupport {

  /** A fixture made before the write (by the administrator), and the write a role attempts. */
  enum Write {
    CREATE_SECTOR("sector", t -> 0L, (t, h, id) -> h.postJson("/api/v1/sectors", t.newSector())),
    REPLACE_SECTOR("sector", t -> t.freshSector(), (t, h, id) -> t.replace(h, "sectors", id)),
    DELETE_SECTOR("sector", t -> t.freshSector(), (t, h, id) -> t.delete(h, "sectors", id)),
    IMPORT_SECTORS("sector", t -> 0L, (t, h, id) -> t.importTemplate(h, "sectors")),
    CREATE_UNIT("unit", t -> 0L, (t, h, id) -> h.postJson("/api/v1/units", t.newUnit())),
    REPLACE_OWN_UNIT("unit", t -> t.ownUnitId(), (t, h, id) -> t.replace(h, "units", id)),
    REPLACE_OTHER_UNIT("unit", t -> t.otherUnitId(), (t, h, id) -> t.replace(h, "units", id)),
    DELETE_UNIT("unit", t -> t.freshUnit(), (t, h, id) -> t.delete(h, "units", id)),
    CREATE_SPECIAL_COMMITTEE(
        "special_committee",
        t -> 0L,
        (t, h, id) -> h.postJson("/api/v1/special-committees", t.newSpecialCommittee())),
    REPLACE_ECONOMY_COMMITTEE(
        "special_committee",
        t -> t.economyCommitteeId(),
        (t, h, id) -> t.replace(h, "special-committees", id)),
    DELETE_SPECIAL_COMMITTEE(
        "special_committee",
        t -> t.freshSpecialCommittee(),
        (t, h, id) -> t.delete(h, "special-committees", id)),
    REPLACE_TERM(
        "term", t -> t.testOrganisation().termId(), (t, h, id) -> t.replace(h, "terms", id)),
    REPLACE_OWN_MEMBER("member", t -> t.ownMemberId(), (t, h, id) -> t.replace(h, "members", id)),
    REPLACE_MEMBER_OF_ECONOMY_COMMITTEE(
        "member", t -> t.memberOfEconomyCommittee(), (t, h, id) -> t.replace(h, "members", id)),
    DELETE_MEMBER("member", t -> t.freshMember(), (t, h, id) -> t.delete(h, "members", id)),
    IMPORT_MEMBERS("member", t -> 0L, (t, h, id) -> t.importTemplate(h, "members")),
    REPLACE_ACCOUNT("account", t -> t.freshAccount(), (t, h, id) -> t.replace(h, "accounts", id)),
    DELETE_ACCOUNT("account", t -> t.freshAccount(), (t, h, id) -> t.delete(h, "accounts", id)),
    RESET_PASSWORD(
        "account",
        t -> t.freshAccount(),
        (t, h, id) -> h.postJson("/api/v1/accounts/" + id + "/actions/reset-password", Map.of())),
    UNLOCK_ACCOUNT(
        "account",
        t -> t.freshAccount(),
        (t, h, id) -> h.postJson("/api/v1/accounts/" + id + "/actions/unlock", Map.of())),
    CREATE_ACTIVITY_TYPE(
        "activity_type",
        t -> 0L,
        (t, h, id) ->
            h.postJson(
                "/api/v1/activity-types", Map.of("name", "矩阵类型" + tag(), "category", "OTHER"))),
    DELETE_ACTIVITY_TYPE(
        "activity_type",
        t -> t.freshActivityType(),
        (t, h, id) -> t.delete(h, "activity-types", id)),
    REPLACE_OUTCOME_OF_ECONOMY_ACTIVITY(
        "activity_outcome",
        t -> t.freshOutcome(t.economyCommitteeId()),
        (t, h, id) -> t.replace(h, "activity-outcomes", id)),
    DELETE_OUTCOME_OF_OFFICE_ACTIVITY(
        "activity_outcome",
        t -> t.freshOutcome(null),
        (t, h, id) -> t.delete(h, "activity-outcomes", id)),
    REPORT_OWN_DUTY(
        "duty_report",
        t -> 0L,
        (t, h, id) -> h.postJson("/api/v1/duty-reports", t.dutyReport(t.ownMemberId()))),
    REPORT_ANOTHER_MEMBERS_DUTY(
        "duty_report",
        t -> 0L,
        (t, h, id) -> h.postJson("/api/v1/duty-reports", t.dutyReport(t.memberOutsideScope()))),
    CONFIRM_OWN_DUTY(
        "duty_report",
        t -> t.freshDutyReport(),
        (t, h, id) -> h.postJson("/api/v1/duty-reports/" + id + "/actions/confirm", Map.of())),
    DELETE_OWN_DUTY(
        "duty_report", t -> t.freshDutyReport(), (t, h, id) -> t.delete(h, "duty-reports", id)),
    CREATE_MILESTONE(
        "project_milestone",
        t -> t.freshProject(),
        (t, h, id) -> h.postJson("/api/v1/project-milestones", milestone(id))),
    DELETE_PLANNED_PROJECT(
        "planned_project",
        t -> t.freshPlannedProject(),
        (t, h, id) -> t.delete(h, "planned-projects", id)),
    REPLACE_COMMITTEE(
        "committee", t -> t.demoCommitteeId(), (t, h, id) -> t.replace(h, "committees", id)),
    SET_UP_COMMITTEE(
        "committee",
        t -> 0L,
        (t, h, id) ->
            h.postJson(
                "/api/v1/admin/committees",
                Map.of(
                    "name",
                    "矩阵委员会" + tag(),
                    "level",
                    "COUNTY",
                    "adminUsername",
                    "matrix-" + tag(),
                    "adminDisplayName",
                    "矩阵管理员"))),
    ASSIGN_PROBLEM(
        "rectification",
        t -> t.freshProblem(false),
        (t, h, id) ->
            h.postJson(
                "/api/v1/rectifications/" + id + "/assign",
                Map.of("unitId", t.ownUnitId(), "dueOn", "2099-12-31"))),
    ACKNOWLEDGE_OWN_UNITS_PROBLEM(
        "rectification",
        t -> t.freshProblem(true),
        (t, h, id) -> h.postJson("/api/v1/rectifications/" + id + "/acknowledge", Map.of())),
    RESOLVE_OWN_UNITS_PROBLEM(
        "rectification",
        t -> t.acknowledgedProblem(),
        (t, h, id) ->
            h.postJson("/api/v1/rectifications/" + id + "/resolve", Map.of("measures", "已整改"))),
    VERIFY_PROBLEM(
        "rectification",
        t -> t.resolvedProblem(),
        (t, h, id) -> h.postJson("/api/v1/rectifications/" + id + "/verify", Map.of())),
    REOPEN_PROBLEM(
        "rectification",
        t -> t.resolvedProblem(),
        (t, h, id) ->
            h.postJson("/api/v1/rectifications/" + id + "/reopen", Map.of("reason", "未整改到位"))),
    ATTACH_TO_PROJECT(
        "attachment",
        t -> t.freshProject(),
        (t, h, id) ->
            h.upload(
                "/api/v1/attachments",
                "说明.pdf",
                PDF,
                Map.of("ownerType", "investment_project", "ownerId", String.valueOf(id)))),
    RESET_MEMBER_PASSWORD(
        "account",
        t -> t.freshMemberWithAccount(),
        (t, h, id) -> h.postJson("/api/v1/members/" + id + "/actions/reset-password", Map.of())),
    CANCEL_OFFICE_ACTIVITY(
        "activity",
        t -> t.freshActivity(null),
        (t, h, id) ->
            h.postJson("/api/v1/activities/" + id + "/cancel", Map.of("reason", "天气原因改期"))),
    CANCEL_ECONOMY_ACTIVITY(
        "activity",
        t -> t.freshActivity(t.economyCommitteeId()),
        (t, h, id) ->
            h.postJson("/api/v1/activities/" + id + "/cancel", Map.of("reason", "天气原因改期"))),
    WITHDRAW_OWN_SIGN_UP(
        "participation",
        t -> t.invitedMember("sign-up", Map.of()),
        (t, h, id) -> h.postJson("/api/v1/activities/" + id + "/withdraw-sign-up", Map.of())),
    WITHDRAW_OWN_LEAVE_REQUEST(
        "participation",
        t -> t.invitedMember("leave", Map.of("reason", "家中有事")),
        (t, h, id) -> h.postJson("/api/v1/activities/" + id + "/withdraw-leave", Map.of())),
    DELETE_ATTACHMENT_OF_PROJECT(
        "attachment",
        t -> t.freshAttachment(),
        (t, h, id) -> h.delete("/api/v1/attachments/" + id));

    final String table;
    final Function<WriteMatrixScenarios, Long> fixture;
    final Call call;

    Write(String table, Function<WriteMatrixScenarios, Long> fixture, Call call) {
      this.table = table;
      this.fixture = fixture;
      this.call = call;
    }
  }

  @FunctionalInterface
  interface Call {
    Http.Response apply(WriteMatrixScenarios test, Http http, long fixture);
  }

  /**
   * Expected statuses in the order ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR.
   */
  static final Map<Write, int[]> EXPECTED = new EnumMap<>(Write.class);

  static {
    EXPECTED.put(Write.RESET_MEMBER_PASSWORD, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.CANCEL_OFFICE_ACTIVITY, new int[] {200, 200, 404, 403, 403, 403, 403});
    EXPECTED.put(Write.CANCEL_ECONOMY_ACTIVITY, new int[] {200, 200, 200, 403, 403, 403, 403});
    EXPECTED.put(Write.WITHDRAW_OWN_SIGN_UP, new int[] {409, 409, 409, 409, 200, 403, 403});
    EXPECTED.put(Write.WITHDRAW_OWN_LEAVE_REQUEST, new int[] {409, 409, 409, 409, 200, 403, 403});
    EXPECTED.put(Write.CREATE_SECTOR, new int[] {201, 201, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_SECTOR, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_SECTOR, new int[] {204, 204, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.IMPORT_SECTORS, new int[] {400, 400, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.CREATE_UNIT, new int[] {201, 201, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_OWN_UNIT, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_OTHER_UNIT, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_UNIT, new int[] {204, 204, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.CREATE_SPECIAL_COMMITTEE, new int[] {201, 201, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_ECONOMY_COMMITTEE, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_SPECIAL_COMMITTEE, new int[] {204, 204, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_TERM, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_OWN_MEMBER, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(
        Write.REPLACE_MEMBER_OF_ECONOMY_COMMITTEE, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_MEMBER, new int[] {204, 204, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.IMPORT_MEMBERS, new int[] {400, 400, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_ACCOUNT, new int[] {200, 403, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_ACCOUNT, new int[] {409, 403, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.RESET_PASSWORD, new int[] {200, 403, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.UNLOCK_ACCOUNT, new int[] {200, 403, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.CREATE_ACTIVITY_TYPE, new int[] {201, 201, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_ACTIVITY_TYPE, new int[] {204, 204, 403, 403, 403, 403, 403});
    EXPECTED.put(
        Write.REPLACE_OUTCOME_OF_ECONOMY_ACTIVITY, new int[] {200, 200, 200, 403, 403, 403, 403});
    EXPECTED.put(
        Write.DELETE_OUTCOME_OF_OFFICE_ACTIVITY, new int[] {204, 204, 404, 403, 403, 403, 403});
    EXPECTED.put(Write.REPORT_OWN_DUTY, new int[] {201, 201, 403, 403, 201, 403, 403});
    EXPECTED.put(Write.REPORT_ANOTHER_MEMBERS_DUTY, new int[] {201, 201, 403, 403, 400, 403, 403});
    EXPECTED.put(Write.CONFIRM_OWN_DUTY, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_OWN_DUTY, new int[] {204, 204, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.CREATE_MILESTONE, new int[] {201, 201, 201, 403, 403, 403, 403});
    EXPECTED.put(Write.DELETE_PLANNED_PROJECT, new int[] {204, 204, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REPLACE_COMMITTEE, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.SET_UP_COMMITTEE, new int[] {403, 403, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.ASSIGN_PROBLEM, new int[] {200, 200, 200, 403, 403, 403, 403});
    EXPECTED.put(
        Write.ACKNOWLEDGE_OWN_UNITS_PROBLEM, new int[] {200, 403, 403, 403, 403, 200, 403});
    EXPECTED.put(Write.RESOLVE_OWN_UNITS_PROBLEM, new int[] {200, 403, 403, 403, 403, 200, 403});
    EXPECTED.put(Write.VERIFY_PROBLEM, new int[] {200, 200, 403, 403, 403, 403, 403});
    EXPECTED.put(Write.REOPEN_PROBLEM, new int[] {200, 200, 200, 403, 403, 403, 403});
    EXPECTED.put(Write.ATTACH_TO_PROJECT, new int[] {201, 201, 201, 403, 404, 404, 403});
    EXPECTED.put(Write.DELETE_ATTACHMENT_OF_PROJECT, new int[] {204, 204, 204, 403, 404, 404, 403});
  }

  static Stream<Arguments> writes() {
    return RoleMatrix.cases(EXPECTED);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("writes")
  void write(Role role, Write write, int expected) {
    Http http = as(role);
    long fixture = write.fixture.apply(this);
    List<Object> before = fingerprint(write.table);
    Http.Response response = write.call.apply(this, http, fixture);
    List<Object> after = fingerprint(write.table);
    RoleMatrix.checkApi(role, write, response, expected);
    if (expected >= 400) {
      assertThat(after).as("%s %s changed nothing", role, write).isEqualTo(before);
    } else {
      assertThat(after).as("%s %s changed its table and history", role, write).isNotEqualTo(before);
    }
  }

  /** What a write changes: the table's rows and versions, and the history kept of all records. */
  List<Object> fingerprint(String table) {
    String versions =
        table.equals("attachment") ? "0" : "coalesce(sum(version), 0) + count(*) * 1000000";
    return List.of(
        jdbc.sql("select count(*), " + versions + " from " + table)
            .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2))
            .single(),
        jdbc.sql("select count(*) from history_entry").query(Long.class).single());
  }

  // ---- the writes' helpers ----

  Http.Response replace(Http http, String type, long id) {
    JsonNode current = admin().get("/api/v1/" + type + "/" + id).json();
    return http.putJson("/api/v1/" + type + "/" + id, RegisterApiScenarios.editable(current));
  }

  Http.Response delete(Http http, String type, long id) {
    int version = admin().get("/api/v1/" + type + "/" + id).json().path("version").asInt();
    return http.delete("/api/v1/" + type + "/" + id + "?version=" + version);
  }

  private static final Map<String, byte[]> TEMPLATES = new ConcurrentHashMap<>();

  /** The register's import template sent back as it comes (its example rows, where it has any). */
  Http.Response importTemplate(Http http, String type) {
    byte[] template =
        TEMPLATES.computeIfAbsent(
            port + type, key -> admin().get("/api/v1/" + type + "/import/template.xlsx").body());
    return http.upload("/api/v1/" + type + "/import", "导入.xlsx", template, Map.of());
  }

  // ---- fixtures, made by the administrator in the demo committee ----

  Map<String, Object> newSector() {
    return Map.of("name", "矩阵界别" + tag(), "committeeId", demoCommitteeId());
  }

  long freshSector() {
    return created(admin().postJson("/api/v1/sectors", newSector()));
  }

  Map<String, Object> newUnit() {
    return Map.of(
        "name", "矩阵单位" + tag(), "committeeId", demoCommitteeId(), "unitType", "GOVERNMENT");
  }

  long freshUnit() {
    return created(admin().postJson("/api/v1/units", newUnit()));
  }

  Map<String, Object> newSpecialCommittee() {
    return Map.of("name", "矩阵专委会" + tag(), "committeeId", demoCommitteeId());
  }

  long freshSpecialCommittee() {
    return created(admin().postJson("/api/v1/special-committees", newSpecialCommittee()));
  }

  long freshMember() {
    return created(
        admin().postJson("/api/v1/members", member("矩阵委员" + tag(), "女", mobile(), "矩阵单位")));
  }

  long freshAccount() {
    return created(
        admin()
            .postJson(
                "/api/v1/accounts",
                Map.of("username", "matrix-" + tag(), "displayName", "矩阵账号", "role", "LEADER")));
  }

  long freshActivityType() {
    return created(
        admin()
            .postJson(
                "/api/v1/activity-types", Map.of("name", "矩阵类型" + tag(), "category", "OTHER")));
  }

  private static final Map<String, Long> ACTIVITIES = new ConcurrentHashMap<>();

  /** An activity of the special committee, or of the office where null; one per context. */
  long activity(Long specialCommitteeId) {
    return ACTIVITIES.computeIfAbsent(
        port + "/" + specialCommitteeId,
        key -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("title", "写入矩阵活动" + tag());
          body.put("typeId", idOf("activity_type", "调研"));
          body.put("startsAt", "2021-06-01T09:00");
          body.put("endsAt", "2021-06-01T11:00");
          body.put("organiser", specialCommitteeId == null ? "OFFICE" : "SPECIAL_COMMITTEE");
          body.put("specialCommitteeId", specialCommitteeId);
          return created(admin().postJson("/api/v1/activities", body));
        });
  }

  /** A new activity next month, of the special committee, or of the office where null. */
  long freshActivity(Long specialCommitteeId) {
    java.time.LocalDateTime start =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
            .plusMonths(1)
            .withHour(9)
            .withMinute(0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "写入矩阵将来活动" + tag());
    body.put("typeId", idOf("activity_type", "调研"));
    body.put("startsAt", start.toString().substring(0, 16));
    body.put("endsAt", start.plusHours(2).toString().substring(0, 16));
    body.put("organiser", specialCommitteeId == null ? "OFFICE" : "SPECIAL_COMMITTEE");
    body.put("specialCommitteeId", specialCommitteeId);
    return created(admin().postJson("/api/v1/activities", body));
  }

  /**
   * A future office activity inviting the MEMBER account's member, who has made the move (sign-up
   * or leave) with this body; answers the activity's id.
   */
  long invitedMember(String move, Map<String, Object> body) {
    long activity = freshActivity(null);
    ok(
        admin()
            .postJson(
                "/api/v1/activities/" + activity + "/invitations",
                Map.of("memberIds", List.of(ownMemberId()))));
    ok(
        as(org.lvzhi.system.Role.MEMBER)
            .postJson("/api/v1/activities/" + activity + "/" + move, body));
    return activity;
  }

  /** A new member with an account of their own (role MEMBER); answers the member's id. */
  long freshMemberWithAccount() {
    long member = freshMember();
    systemActor.runIn(
        demoCommitteeId(),
        () ->
            accounts.create(
                "matrix-m-" + tag(),
                "矩阵委员",
                new org.lvzhi.account.Accounts.Binding(
                    org.lvzhi.system.Role.MEMBER, member, null, null),
                PASSWORD,
                false));
    return member;
  }

  long freshOutcome(Long specialCommitteeId) {
    return created(
        admin()
            .postJson(
                "/api/v1/activity-outcomes",
                Map.of(
                    "content",
                    "矩阵成果" + tag(),
                    "activityId",
                    activity(specialCommitteeId),
                    "kind",
                    "OTHER")));
  }

  Map<String, Object> dutyReport(long memberId) {
    return Map.of(
        "content",
        "矩阵履职" + tag(),
        "memberId",
        memberId,
        "occurredOn",
        "2021-05-01",
        "kind",
        "FIELD_INVESTIGATION");
  }

  /** A report of the MEMBER account's member, awaiting confirmation. */
  long freshDutyReport() {
    return created(admin().postJson("/api/v1/duty-reports", dutyReport(ownMemberId())));
  }

  long freshProject() {
    return project();
  }

  static Map<String, Object> milestone(long project) {
    return Map.of("name", "开工" + tag(), "projectId", project, "plannedOn", "2020-09-01");
  }

  long freshPlannedProject() {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "矩阵谋划项目" + tag());
    body.put("planYear", 2020);
    body.put("totalInvestment", "100000000.00");
    return created(admin().postJson("/api/v1/planned-projects", body));
  }

  /** A problem on a fresh project, assigned to the UNIT account's unit where asked. */
  long freshProblem(boolean assigned) {
    long id =
        created(
            admin()
                .postJson(
                    "/api/v1/rectifications", problemOnProject(freshProject(), "矩阵问题" + tag())));
    if (assigned) {
      ok(
          admin()
              .postJson(
                  "/api/v1/rectifications/" + id + "/assign",
                  Map.of("unitId", ownUnitId(), "dueOn", "2099-12-31")));
    }
    return id;
  }

  long acknowledgedProblem() {
    long id = freshProblem(true);
    ok(as(UNIT).postJson("/api/v1/rectifications/" + id + "/acknowledge", Map.of()));
    return id;
  }

  long resolvedProblem() {
    long id = acknowledgedProblem();
    ok(as(UNIT).postJson("/api/v1/rectifications/" + id + "/resolve", Map.of("measures", "已整改")));
    return id;
  }

  long freshAttachment() {
    Http.Response uploaded =
        as(STAFF)
            .upload(
                "/api/v1/attachments",
                "说明.pdf",
                PDF,
                Map.of(
                    "ownerType", "investment_project", "ownerId", String.valueOf(freshProject())));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    return uploaded.json().path("id").asLong();
  }

  /** The smallest file the upload rules take for a PDF (detected by its content). */
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  static void ok(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }
}
