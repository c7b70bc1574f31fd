package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.UNIT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what: every role against a list of API calls and pages, with the exact status each
 * must get, and the data scopes of members, committee clerks and unit clerks. On H2 ({@link
 * AuthorizationH2Test}) and PostgreSQL ({@link AuthorizationPostgresTest}).
 */
abstract class AuthorizationScenarios extends IntegrationTestSupport {

  private static final Role[] ROLES = RoleMatrix.ROLES;

  /**
   * Signed-in browser sessions by port and role, so that each role signs in through the page once.
   */
  private static final Map<String, Http> SESSIONS = new ConcurrentHashMap<>();

  /** An API call, made by the test of a role through its client. */
  enum ApiCall {
    LIST_MEMBERS((t, http) -> http.get("/api/v1/members")),
    MEMBER_SCHEMA((t, http) -> http.get("/api/v1/members/schema")),
    GET_OWN_MEMBER_OF_MEMBER_ACCOUNT((t, http) -> http.get("/api/v1/members/" + t.ownMemberId())),
    GET_MEMBER_OF_ECONOMY_COMMITTEE(
        (t, http) -> http.get("/api/v1/members/" + t.memberOfEconomyCommittee())),
    GET_MEMBER_OUTSIDE_EVERY_SCOPE(
        (t, http) -> http.get("/api/v1/members/" + t.memberOutsideScope())),
    MEMBER_HISTORY_OUTSIDE_SCOPE(
        (t, http) -> http.get("/api/v1/members/" + t.memberOutsideScope() + "/history")),
    CREATE_MEMBER(
        (t, http) ->
            http.postJson("/api/v1/members", t.member("矩阵" + tag(), "男", mobile(), "矩阵单位"))),
    UPDATE_OWN_MEMBER_OF_MEMBER_ACCOUNT(
        (t, http) -> {
          JsonNode current = t.admin().get("/api/v1/members/" + t.ownMemberId()).json();
          return http.putJson(
              "/api/v1/members/" + t.ownMemberId(), RegisterApiScenarios.editable(current));
        }),
    EXPORT_MEMBERS((t, http) -> http.get("/api/v1/members/export.xlsx")),
    MEMBER_IMPORT_TEMPLATE((t, http) -> http.get("/api/v1/members/import/template.xlsx")),
    LIST_ACCOUNTS((t, http) -> http.get("/api/v1/accounts")),
    CREATE_ACCOUNT(
        (t, http) ->
            http.postJson(
                "/api/v1/accounts",
                Map.of("username", "matrix-" + tag(), "displayName", "矩阵", "role", "LEADER"))),
    LIST_UNITS((t, http) -> http.get("/api/v1/units")),
    GET_OWN_UNIT_OF_UNIT_ACCOUNT((t, http) -> http.get("/api/v1/units/" + t.ownUnitId())),
    GET_OTHER_UNIT((t, http) -> http.get("/api/v1/units/" + t.otherUnitId())),
    LIST_SECTORS((t, http) -> http.get("/api/v1/sectors")),
    ME((t, http) -> http.get("/api/v1/account/me"));

    final BiFunction<AuthorizationScenarios, Http, Http.Response> call;

    ApiCall(BiFunction<AuthorizationScenarios, Http, Http.Response> call) {
      this.call = call;
    }
  }

  /**
   * Expected statuses in the order ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR.
   */
  private static final Map<ApiCall, int[]> API =
      new java.util.EnumMap<>(
          Map.ofEntries(
              Map.entry(ApiCall.LIST_MEMBERS, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(ApiCall.MEMBER_SCHEMA, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(
                  ApiCall.GET_OWN_MEMBER_OF_MEMBER_ACCOUNT,
                  new int[] {200, 200, 404, 200, 200, 403, 200}),
              Map.entry(
                  ApiCall.GET_MEMBER_OF_ECONOMY_COMMITTEE,
                  new int[] {200, 200, 200, 200, 404, 403, 200}),
              Map.entry(
                  ApiCall.GET_MEMBER_OUTSIDE_EVERY_SCOPE,
                  new int[] {200, 200, 404, 200, 404, 403, 200}),
              Map.entry(
                  ApiCall.MEMBER_HISTORY_OUTSIDE_SCOPE,
                  new int[] {200, 200, 404, 200, 404, 403, 200}),
              Map.entry(ApiCall.CREATE_MEMBER, new int[] {201, 201, 403, 403, 403, 403, 403}),
              Map.entry(
                  ApiCall.UPDATE_OWN_MEMBER_OF_MEMBER_ACCOUNT,
                  new int[] {200, 200, 403, 403, 403, 403, 403}),
              Map.entry(ApiCall.EXPORT_MEMBERS, new int[] {200, 200, 200, 200, 403, 403, 200}),
              Map.entry(
                  ApiCall.MEMBER_IMPORT_TEMPLATE, new int[] {200, 200, 403, 403, 403, 403, 403}),
              Map.entry(ApiCall.LIST_ACCOUNTS, new int[] {200, 403, 403, 403, 403, 403, 200}),
              Map.entry(ApiCall.CREATE_ACCOUNT, new int[] {201, 403, 403, 403, 403, 403, 403}),
              Map.entry(ApiCall.LIST_UNITS, new int[] {200, 200, 200, 200, 403, 200, 200}),
              Map.entry(
                  ApiCall.GET_OWN_UNIT_OF_UNIT_ACCOUNT,
                  new int[] {200, 200, 200, 200, 403, 200, 200}),
              Map.entry(ApiCall.GET_OTHER_UNIT, new int[] {200, 200, 200, 200, 403, 404, 200}),
              Map.entry(ApiCall.LIST_SECTORS, new int[] {200, 200, 200, 200, 403, 403, 200}),
              Map.entry(ApiCall.ME, new int[] {200, 200, 200, 200, 200, 200, 200})));

  /** A page, opened in a signed-in browser. */
  enum Page {
    MEMBERS((t) -> "/registry/members"),
    ACCOUNTS((t) -> "/registry/accounts"),
    NEW_MEMBER_FORM((t) -> "/registry/members/new"),
    MEMBER_OUTSIDE_EVERY_SCOPE((t) -> "/registry/members/" + t.memberOutsideScope()),
    EDIT_OWN_MEMBER_OF_MEMBER_ACCOUNT((t) -> "/registry/members/" + t.ownMemberId() + "/edit"),
    OTHER_UNIT((t) -> "/registry/units/" + t.otherUnitId()),
    MEMBER_IMPORT_FORM((t) -> "/registry/members/import"),
    SWAGGER_UI((t) -> "/swagger-ui/index.html");

    final java.util.function.Function<AuthorizationScenarios, String> path;

    Page(java.util.function.Function<AuthorizationScenarios, String> path) {
      this.path = path;
    }
  }

  private static final Map<Page, int[]> PAGES =
      new java.util.EnumMap<>(
          Map.of(
              Page.MEMBERS, new int[] {200, 200, 200, 200, 200, 403, 200},
              Page.ACCOUNTS, new int[] {200, 403, 403, 403, 403, 403, 200},
              Page.NEW_MEMBER_FORM, new int[] {200, 200, 403, 403, 403, 403, 403},
              Page.MEMBER_OUTSIDE_EVERY_SCOPE, new int[] {200, 200, 404, 200, 404, 403, 200},
              Page.EDIT_OWN_MEMBER_OF_MEMBER_ACCOUNT, new int[] {200, 200, 403, 403, 403, 403, 403},
              Page.OTHER_UNIT, new int[] {200, 200, 200, 200, 403, 404, 200},
              Page.MEMBER_IMPORT_FORM, new int[] {200, 200, 403, 403, 403, 403, 403},
              Page.SWAGGER_UI, new int[] {200, 200, 200, 200, 403, 403, 200}));

  static Stream<Arguments> apiMatrix() {
    return RoleMatrix.cases(API);
  }

  static Stream<Arguments> pageMatrix() {
    return RoleMatrix.cases(PAGES);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("apiMatrix")
  void apiCall(Role role, ApiCall call, int expected) {
    RoleMatrix.checkApi(role, call, call.call.apply(this, client(role)), expected);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("pageMatrix")
  void page(Role role, Page page, int expected) {
    RoleMatrix.checkPage(role, page, session(role).get(page.path.apply(this)), expected);
  }

  /**
   * A menu offers a role only what it can use: every link in every role's sidebar opens (no 403, no
   * 404 from one's own menu), an auditor and an administrator have no "my duty record", and a
   * member sees no investment pages.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(
      value = Role.class,
      names = {"ADMIN", "STAFF", "COMMITTEE_STAFF", "LEADER", "MEMBER", "UNIT", "AUDITOR"})
  void everyLinkOfARolesMenuOpens(Role role) {
    Http browser = session(role);
    String home = browser.get("/").text();
    String sidebar = home.substring(home.indexOf("<nav class=\"col-lg-2"));
    sidebar = sidebar.substring(0, sidebar.indexOf("</nav>"));
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("class=\"nav-link[^\"]*\" href=\"([^\"]+)\"")
            .matcher(sidebar);
    java.util.List<String> links = new java.util.ArrayList<>();
    while (link.find()) {
      links.add(link.group(1));
    }
    assertThat(links).as("%s's menu", role).contains("/").hasSizeGreaterThan(2);
    for (String href : links) {
      Http.Response page = browser.get(href);
      assertThat(page.status())
          .as("%s opens %s from their menu: %s", role, href, page)
          .isEqualTo(200);
    }
    if (role == Role.AUDITOR || role == Role.ADMIN) {
      assertThat(links).doesNotContain("/my/duty-record", "/my/activities", "/check-in");
    }
    if (role == MEMBER) {
      assertThat(links).contains("/my/duty-record").noneMatch(h -> h.startsWith("/investment"));
      assertThat(links).doesNotContain("/registry/investment-projects");
    }
  }

  @Test
  void aMemberListsOnlyTheirOwnRecord() {
    JsonNode list = as(MEMBER).get("/api/v1/members?size=200").json();
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(longs(list.path("rows"), "id")).containsExactly(ownMemberId());
    String otherName =
        admin().get("/api/v1/members/" + memberOutsideScope()).json().path("name").asString();
    assertThat(as(MEMBER).get("/api/v1/members?q=" + otherName).json().path("total").asLong())
        .isZero();
    assertThat(session(MEMBER).get("/registry/members").text()).contains("共 1 条");
  }

  @Test
  void aCommitteeClerkListsOnlyTheMembersOfTheirCommittee() throws IOException {
    long economy = economyCommitteeId();
    long expected = total("members", "f_specialCommittees=" + economy);
    assertThat(expected).isBetween(1L, 149L);

    JsonNode list = as(COMMITTEE_STAFF).get("/api/v1/members?size=200").json();
    assertThat(list.path("total").asLong()).isEqualTo(expected);
    Set<Long> ids = new HashSet<>();
    list.path("rows")
        .values()
        .forEach(
            row -> {
              assertThat(longArray(row.path("specialCommittees")))
                  .as("member %s", row.path("name").asString())
                  .contains(economy);
              ids.add(row.path("id").asLong());
            });
    assertThat(ids).hasSize((int) expected);

    Http.Response export = as(COMMITTEE_STAFF).get("/api/v1/members/export.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum())
          .as("the export holds the same rows")
          .isEqualTo((int) expected);
    }
    JsonNode committees = as(COMMITTEE_STAFF).get("/api/v1/special-committees").json();
    assertThat(longs(committees.path("rows"), "id")).containsExactly(economy);
  }

  @Test
  void aUnitClerkSeesOnlyTheirOwnUnit() {
    JsonNode list = as(UNIT).get("/api/v1/units?size=200").json();
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(strings(list.path("rows"), "name")).containsExactly(OWN_UNIT);
  }

  // ---- writes: every role, inside and outside its scope; a refusal writes nothing ----

  /** A write through the API, and the table whose rows it adds where it is allowed. */
  enum WriteCall {
    OUTCOME_OF_ECONOMY_ACTIVITY(
        "activity_outcome",
        (t, http) ->
            http.postJson(
                "/api/v1/activity-outcomes", t.outcome(t.activityOf(t.economyCommitteeId())))),
    OUTCOME_OF_PROPOSALS_ACTIVITY(
        "activity_outcome",
        (t, http) ->
            http.postJson(
                "/api/v1/activity-outcomes", t.outcome(t.activityOf(t.proposalsCommitteeId())))),
    CREATE_PROJECT(
        "investment_project",
        (t, http) -> http.postJson("/api/v1/investment-projects", t.project("矩阵项目" + tag()))),
    ADVANCE_PROJECT(
        "project_move",
        (t, http) ->
            http.postJson(
                "/api/v1/investment-projects/" + t.freshProject() + "/advance",
                Map.of("stage", "ASSESSED", "on", "2020-03-01"))),
    LEDGER_MONTH(
        "project_ledger",
        (t, http) ->
            http.postJson(
                "/api/v1/investment-projects/" + t.freshProject() + "/ledger",
                Map.of("year", 2020, "month", 1, "planned", "100000.00", "completed", "80000.00"))),
    RAISE_ON_PROJECT(
        "rectification",
        (t, http) ->
            http.postJson(
                "/api/v1/rectifications",
                Map.of(
                    "sourceType",
                    "project",
                    "sourceId",
                    t.freshProject(),
                    "sourceRegister",
                    "investment-projects",
                    "title",
                    "矩阵问题" + tag())));

    final String table;
    final BiFunction<AuthorizationScenarios, Http, Http.Response> call;

    WriteCall(String table, BiFunction<AuthorizationScenarios, Http, Http.Response> call) {
      this.table = table;
      this.call = call;
    }
  }

  /**
   * Expected statuses in the order ADMIN, STAFF, COMMITTEE_STAFF (of the economy committee, which
   * the test contexts name as keeping investment records), LEADER, MEMBER, UNIT, AUDITOR.
   */
  private static final Map<WriteCall, int[]> WRITES =
      new java.util.EnumMap<>(
          Map.of(
              WriteCall.OUTCOME_OF_ECONOMY_ACTIVITY, new int[] {201, 201, 201, 403, 403, 403, 403},
              WriteCall.OUTCOME_OF_PROPOSALS_ACTIVITY,
                  new int[] {201, 201, 403, 403, 403, 403, 403},
              WriteCall.CREATE_PROJECT, new int[] {201, 201, 201, 403, 403, 403, 403},
              WriteCall.ADVANCE_PROJECT, new int[] {200, 200, 200, 403, 403, 403, 403},
              WriteCall.LEDGER_MONTH, new int[] {200, 200, 200, 403, 403, 403, 403},
              WriteCall.RAISE_ON_PROJECT, new int[] {201, 201, 201, 403, 403, 403, 403}));

  static Stream<Arguments> writeMatrix() {
    return RoleMatrix.cases(WRITES);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("writeMatrix")
  void write(Role role, WriteCall call, int expected) {
    Http http = client(role);
    // The calls' fixtures (an activity, a fresh project) add no rows to the table counted.
    long before = rows(call.table);
    Http.Response response = call.call.apply(this, http);
    long after = rows(call.table);
    RoleMatrix.checkApi(role, call, response, expected);
    if (expected >= 400) {
      assertThat(after).as("%s %s wrote nothing", role, call).isEqualTo(before);
    } else {
      assertThat(after).as("%s %s wrote its row", role, call).isEqualTo(before + 1);
    }
  }

  long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  Map<String, Object> outcome(long activityId) {
    return Map.of("content", "矩阵成果" + tag(), "activityId", activityId, "kind", "OTHER");
  }

  private static final Map<String, Long> ACTIVITIES = new ConcurrentHashMap<>();

  long activityOf(long specialCommitteeId) {
    return ACTIVITIES.computeIfAbsent(
        port + "/" + specialCommitteeId,
        key -> {
          Map<String, Object> body = new java.util.LinkedHashMap<>();
          body.put("title", "矩阵活动" + tag());
          body.put("typeId", idOf("activity_type", "调研"));
          body.put("startsAt", "2021-06-01T09:00");
          body.put("endsAt", "2021-06-01T11:00");
          body.put("organiser", "SPECIAL_COMMITTEE");
          body.put("specialCommitteeId", specialCommitteeId);
          return created(admin().postJson("/api/v1/activities", body));
        });
  }

  long proposalsCommitteeId() {
    return jdbc.sql(
            "select s.id from special_committee s join committee c on c.id = s.committee_id"
                + " where s.name = :name and c.name = :committee")
        .param("name", "提案委员会")
        .param("committee", DEMO_COMMITTEE)
        .query(Long.class)
        .single();
  }

  Map<String, Object> project(String name) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("name", name);
    body.put("investor", "集成测试投资方");
    body.put("leadOn", "2020-02-01");
    body.put("industry", "AGRICULTURE_FOOD");
    body.put("totalInvestment", "1000");
    return body;
  }

  /** A new project of the office's, made by the administrator for one call. */
  long freshProject() {
    return created(admin().postJson("/api/v1/investment-projects", project("矩阵新项目" + tag())));
  }

  private Http client(Role role) {
    return as(role);
  }

  private Http session(Role role) {
    return SESSIONS.computeIfAbsent(port + "/" + role, key -> browserAs(role));
  }
}
