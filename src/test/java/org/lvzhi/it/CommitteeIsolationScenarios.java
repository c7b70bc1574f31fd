package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lvzhi.account.Accounts;
import org.lvzhi.register.RecordType;
import org.lvzhi.system.CommitteeViewing;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, ADR 7: committees on one deployment are closed to each other. Next to the demo county
 * (committee A) the tests set up committee B through the super-administrator's API, with accounts
 * of its own and a record of every register, and a city committee P above B. Every register, every
 * cross-committee reference, the workflow endpoints, metrics and notifications are then tried from
 * B against A and from A against B, and read-only viewing from P. On H2 ({@link
 * CommitteeIsolationH2Test}) and PostgreSQL ({@link CommitteeIsolationPostgresTest}).
 */
abstract class CommitteeIsolationScenarios extends IntegrationTestSupport {

  static final String B_NAME = "政协隔离测试县委员会";
  static final String P_NAME = "政协隔离测试市委员会";
  static final String B_FIRST = "iso-b-first";
  static final String P_FIRST = "iso-p-first";
  static final String B_ADMIN = "iso-b-admin";
  static final String B_STAFF = "iso-b-staff";
  static final String B_CLERK = "iso-b-clerk";
  static final String B_MEMBER = "iso-b-member";
  static final String B_UNIT = "iso-b-unit";
  static final String P_STAFF = "iso-p-staff";

  /** The same name as one of the demo county's types: unique per committee, not across. */
  static final String B_ACTIVITY_TYPE = "调研";

  static final String B_TERM = "隔离第一届";
  static final String B_SECTOR = "隔离界别";
  static final String B_UNIT_NAME = "隔离县财政局";
  static final String B_MEMBER_NAME = "隔离委员";
  static final String B_ACTIVITY = "隔离县经济调研";
  static final String B_PROJECT = "隔离县项目";
  static final String B_PROBLEM = "隔离县问题";

  /** An id no record has. */
  static final long MISSING = 999_999_999L;

  /** Registers whose records are never deleted (409 for every id). */
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private static final Pattern RECORD_LINK = Pattern.compile("/registry/([a-z-]+)/(\\d+)");

  /** Records shown on their module's own page rather than the register's, by the page's path. */
  private static final Map<String, String> MODULE_PAGES =
      Map.of(
          "/supervision/visits/", "supervision-visits",
          "/consultation/online/", "online-consultations");

  private static final Pattern MODULE_PAGE_LINK =
      Pattern.compile("^(/supervision/visits/|/consultation/online/)(\\d+)(?:#finding-(\\d+))?$");

  /** Browser sessions and permissions by port and username: each signs in once per context. */
  private static final Map<String, Http> SESSIONS = new ConcurrentHashMap<>();

  private static final Map<String, Set<String>> PERMISSIONS = new ConcurrentHashMap<>();

  @Autowired List<RecordType> recordTypes;

  /** The two committees and the ids of B's records. */
  record World(
      long a,
      long b,
      long p,
      long bTerm,
      long bSector,
      long bEconomy,
      long bUnit,
      long bMember,
      long bActivityType,
      long bActivity,
      long bProject,
      long bProblem) {}

  // ---- set-up ----

  /**
   * Committee B with its accounts and a record of every register, and city P above it; made once
   * per context (contexts are shared by test classes), looked up afterwards.
   */
  World world() {
    synchronized (CommitteeIsolationScenarios.class) {
      if (!committeeExists(B_NAME)) {
        setUp();
      }
      if (!accounts.exists(B_UNIT)) {
        throw new IllegalStateException("the set-up of committee B failed earlier in this context");
      }
    }
    long b = idOf("committee", B_NAME);
    return new World(
        demoCommitteeId(),
        b,
        idOf("committee", P_NAME),
        idIn("term", b, B_TERM),
        idIn("sector", b, B_SECTOR),
        idIn("special_committee", b, ECONOMY_COMMITTEE),
        idIn("unit", b, B_UNIT_NAME),
        idIn("member", b, B_MEMBER_NAME),
        idIn("activity_type", b, B_ACTIVITY_TYPE),
        jdbc.sql("select id from activity where committee_id = :c and title = :t")
            .param("c", b)
            .param("t", B_ACTIVITY)
            .query(Long.class)
            .single(),
        idIn("investment_project", b, B_PROJECT),
        jdbc.sql("select id from rectification where committee_id = :c and title = :t")
            .param("c", b)
            .param("t", B_PROBLEM)
            .query(Long.class)
            .single());
  }

  private void setUp() {
    Http admin = admin();
    long p = createCommittee(admin, P_NAME, "CITY", null, P_FIRST);
    long b = createCommittee(admin, B_NAME, "COUNTY", p, B_FIRST);
    systemActor.runIn(
        b,
        () -> {
          accounts.create(B_ADMIN, "隔离管理员", Accounts.Binding.of(Role.ADMIN), PASSWORD, false);
          accounts.create(B_STAFF, "隔离干部", Accounts.Binding.of(Role.STAFF), PASSWORD, false);
        });
    systemActor.runIn(
        p,
        () -> accounts.create(P_STAFF, "市政协干部", Accounts.Binding.of(Role.STAFF), PASSWORD, false));

    Http staff = basic(B_STAFF);
    long term =
        created(
            staff.postJson(
                "/api/v1/terms",
                Map.of(
                    "name",
                    B_TERM,
                    "committeeId",
                    b,
                    "ordinal",
                    1,
                    "startsOn",
                    "2022-01-01",
                    "currentTerm",
                    true)));
    created(
        staff.postJson(
            "/api/v1/sessions",
            Map.of("name", "隔离第一次会议", "termId", term, "ordinal", 1, "sessionYear", 2022)));
    long sector =
        created(
            staff.postJson(
                "/api/v1/sectors", Map.of("name", B_SECTOR, "committeeId", b, "sortOrder", 1)));
    // The demo county has a 经济委员会 too: names are unique within a committee only.
    long economy =
        created(
            staff.postJson(
                "/api/v1/special-committees",
                Map.of("name", ECONOMY_COMMITTEE, "committeeId", b, "sortOrder", 1)));
    long unit =
        created(
            staff.postJson(
                "/api/v1/units",
                Map.of("name", B_UNIT_NAME, "committeeId", b, "unitType", "GOVERNMENT")));
    Map<String, Object> member = memberBody(term, sector, economy);
    member.put("name", B_MEMBER_NAME);
    long memberId = created(staff.postJson("/api/v1/members", member));
    // A committee added by the super-administrator starts with the standard activity types, 调研
    // among them, although A has one of that name too: types are unique per committee.
    long type =
        jdbc.sql("select id from activity_type where committee_id = :b and name = :name")
            .param("b", b)
            .param("name", B_ACTIVITY_TYPE)
            .query(Long.class)
            .single();
    assertThat(
            staff
                .postJson(
                    "/api/v1/activity-types",
                    Map.of("name", B_ACTIVITY_TYPE, "category", "RESEARCH", "sortOrder", 1))
                .status())
        .as("twice in one committee is refused")
        .isEqualTo(400);
    Map<String, Object> activity = activityBody(type, economy);
    activity.put("title", B_ACTIVITY);
    long activityId = created(staff.postJson("/api/v1/activities", activity));
    created(
        staff.postJson(
            "/api/v1/activity-outcomes",
            Map.of("content", "隔离县调研成果", "activityId", activityId, "kind", "OTHER")));
    created(
        staff.postJson(
            "/api/v1/duty-reports",
            Map.of(
                "content",
                "隔离县履职",
                "memberId",
                memberId,
                "occurredOn",
                "2023-03-01",
                "kind",
                "OTHER")));
    Map<String, Object> project = projectBody(B_PROJECT);
    project.put("responsibleUnitId", unit);
    long projectId = created(staff.postJson("/api/v1/investment-projects", project));
    created(
        staff.postJson(
            "/api/v1/project-milestones",
            Map.of("name", "隔离县开工", "projectId", projectId, "plannedOn", "2026-06-30")));
    created(
        staff.postJson(
            "/api/v1/planned-projects",
            Map.of(
                "name",
                "隔离县谋划",
                "planYear",
                2026,
                "totalInvestment",
                "80000000.00",
                "industry",
                "LOGISTICS")));
    created(
        staff.postJson(
            "/api/v1/rectifications",
            Map.of(
                "sourceType",
                "project",
                "sourceId",
                projectId,
                "sourceRegister",
                "investment-projects",
                "title",
                B_PROBLEM)));
    long suggestion =
        created(
            staff.postJson(
                "/api/v1/consultation/activities/" + activityId + "/suggestions",
                Map.of("content", "隔离县协商建议", "memberId", memberId, "madeOn", "2023-03-01")));
    assertThat(
            staff
                .postJson(
                    "/api/v1/consultation/suggestions/" + suggestion + "/send",
                    Map.of("unitId", unit))
                .status())
        .isEqualTo(200);
    long online =
        created(
            staff.postJson(
                "/api/v1/consultation/online",
                Map.of(
                    "topic",
                    "隔离县网络议政",
                    "opensAt",
                    "2023-03-01T09:00",
                    "closesAt",
                    "2023-03-10T09:00")));
    assertThat(staff.postJson("/api/v1/consultation/online/" + online + "/open", Map.of()).status())
        .isEqualTo(200);
    // B's article, in the outlet B was given when it was made (A has one of that name too).
    created(
        staff.postJson(
            "/api/v1/publicity-articles",
            Map.of(
                "title",
                "隔离县上稿",
                "outletId",
                "人民政协报",
                "publishedOn",
                "2023-03-02",
                "members",
                List.of(memberId),
                "activityId",
                activityId)));
    // B's proposal (recorded by its office), opinion report, bulletin issue and output.
    created(
        staff.postJson(
            "/api/v1/proposals",
            Map.of(
                "kind",
                "INDIVIDUAL",
                "leadMemberId",
                memberId,
                "subject",
                "隔离县提案",
                "situation",
                "情况",
                "suggestions",
                "建议")));
    created(
        staff.postJson(
            "/api/v1/opinion-reports",
            Map.of("title", "隔离县社情民意", "content", "正文", "leadMemberId", memberId)));
    created(staff.postJson("/api/v1/bulletins", Map.of("name", "社情民意", "issueYear", 2023)));
    long output =
        created(
            staff.postJson(
                "/api/v1/outputs",
                Map.of(
                    "title",
                    "隔离县调研报告",
                    "outputType",
                    "RESEARCH_REPORT",
                    "authors",
                    List.of(memberId),
                    "outputOn",
                    "2023-03-03")));
    // B's supervision squad, plan, visit (with its activity), finding (with its item) and outcome.
    long squad =
        created(
            staff.postJson(
                "/api/v1/supervision-squads",
                Map.of(
                    "name", "隔离县监督小分队", "leaderMemberId", memberId, "members", List.of(memberId))));
    created(
        staff.postJson(
            "/api/v1/supervision-plans",
            Map.of(
                "topic",
                "隔离县营商环境监督",
                "planYear",
                2023,
                "plannedVisits",
                4,
                "units",
                List.of(unit),
                "squads",
                List.of(squad))));
    long visit =
        created(
            staff.postJson(
                "/api/v1/supervision/visits",
                Map.of(
                    "squadId",
                    squad,
                    "title",
                    "隔离县监督活动",
                    "visitedOn",
                    "2023-03-04",
                    "mode",
                    "ROUTINE",
                    "manner",
                    "FORUM",
                    "unitIds",
                    List.of(unit))));
    created(
        staff.postJson(
            "/api/v1/supervision/visits/" + visit + "/findings",
            Map.of(
                "category",
                "FEES",
                "description",
                "隔离县发现的问题",
                "foundOn",
                "2023-03-04",
                "unitId",
                unit)));
    created(
        staff.postJson(
            "/api/v1/supervision/visits/" + visit + "/outcomes",
            Map.of(
                "register",
                "outputs",
                "recordId",
                output,
                "kind",
                "RESEARCH_REPORT",
                "formedOn",
                "2023-03-05")));
    systemActor.runIn(
        b,
        () -> {
          accounts.create(
              B_CLERK,
              "隔离专委会干事",
              new Accounts.Binding(Role.COMMITTEE_STAFF, null, null, economy),
              PASSWORD,
              false);
          accounts.create(
              B_MEMBER,
              B_MEMBER_NAME,
              new Accounts.Binding(Role.MEMBER, memberId, null, null),
              PASSWORD,
              false);
          accounts.create(
              B_UNIT,
              "隔离单位办事员",
              new Accounts.Binding(Role.UNIT, null, unit, null),
              PASSWORD,
              false);
        });
  }

  private long createCommittee(
      Http admin, String name, String level, Long parent, String firstUsername) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("level", level);
    body.put("parentId", parent);
    body.put("region", name.substring(2, 6));
    body.put("adminUsername", firstUsername);
    body.put("adminDisplayName", "首任管理员");
    Http.Response response = admin.postJson("/api/v1/admin/committees", body);
    assertThat(response.status()).as("create committee %s: %s", name, response).isEqualTo(201);
    JsonNode answer = response.json();
    assertThat(answer.path("adminUsername").asString()).isEqualTo(firstUsername);
    assertThat(answer.path("oneTimePassword").asString())
        .as("the first account's one-time password")
        .hasSizeGreaterThanOrEqualTo(8);
    long id = answer.path("committeeId").asLong();
    assertThat(id).isEqualTo(idOf("committee", name));
    return id;
  }

  // ---- the committees made ----

  @Test
  void theSuperAdministratorMadeBWithItsFirstAdministratorBelowP() {
    World w = world();
    Map<String, Object> first =
        jdbc.sql("select role, committee_id, must_change_password from account where username = :u")
            .param("u", B_FIRST)
            .query()
            .singleRow();
    assertThat(first.get("role")).isEqualTo("ADMIN");
    assertThat(((Number) first.get("committee_id")).longValue()).isEqualTo(w.b());
    assertThat(first.get("must_change_password")).isEqualTo(true);
    assertThat(parentOf(w.b())).contains(w.p());
    assertThat(parentOf(w.p())).isEmpty();
    assertThat(levelOf(w.b())).isEqualTo("COUNTY");
    assertThat(levelOf(w.p())).isEqualTo("CITY");
    // Every register has a record of B: the matrix below checks each in both directions.
    for (RecordType type : recordTypes) {
      assertThat(recordOf(type, w.b())).as("a record of %s in B", type.name()).isPresent();
    }
    // Names are unique per committee: B has its own 经济委员会 and its own activity type 调研.
    assertThat(
            jdbc.sql("select count(distinct committee_id) from special_committee where name = :n")
                .param("n", ECONOMY_COMMITTEE)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
    assertThat(
            jdbc.sql("select count(distinct committee_id) from activity_type where name = :n")
                .param("n", B_ACTIVITY_TYPE)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  // ---- every register ----

  /** Who reads, in which committee, and the other committee whose records they must not reach. */
  /**
   * Who reads, in which committee, and the other committee whose records they must not reach;
   * {@code wholeCommittee} where the role's data scope is its whole committee (office, leaders,
   * administrators), so lists hold every record of it.
   */
  record Reader(String username, long own, long other, boolean wholeCommittee) {
    @Override
    public String toString() {
      return username + " (committee " + own + ") on committee " + other;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRegisterIsClosedToTheOtherCommittee() {
    World w = world();
    List<Reader> readers =
        List.of(
            new Reader(B_ADMIN, w.b(), w.a(), true),
            new Reader(B_STAFF, w.b(), w.a(), true),
            new Reader(B_CLERK, w.b(), w.a(), false),
            new Reader(B_MEMBER, w.b(), w.a(), false),
            new Reader(B_UNIT, w.b(), w.a(), false),
            new Reader(username(Role.ADMIN), w.a(), w.b(), true),
            new Reader(username(Role.STAFF), w.a(), w.b(), true));
    return recordTypes.stream()
        .flatMap(
            type ->
                readers.stream()
                    .map(
                        reader ->
                            DynamicTest.dynamicTest(
                                type.name() + ": " + reader, () -> registerClosed(type, reader))));
  }

  private void registerClosed(RecordType type, Reader reader) {
    Optional<Long> found = recordOf(type, reader.other());
    org.junit.jupiter.api.Assumptions.assumeTrue(
        found.isPresent(), "committee " + reader.other() + " has no record of " + type.name());
    long id = found.get();
    Http http = basic(reader.username());
    Set<String> permissions = permissions(reader.username());
    String api = "/api/v1/" + type.name();
    String what = type.name() + " " + id + " as " + reader;
    List<String> tables = List.of(type.table(), "history_entry");
    Map<String, Long> before = counts(tables);
    int read = permissions.contains(type.permission("view")) ? 404 : 403;
    int edit = permissions.contains(type.permission("edit")) ? 404 : 403;
    // A register whose records are never deleted says so (409) to one who may edit it, and a 403
    // to one who may not; the record is never looked up.
    int delete =
        !type.deletable()
            ? permissions.contains(type.permission("edit")) ? 409 : 403
            : permissions.contains(type.permission("delete")) ? 404 : 403;

    // Each answer is the one a record that does not exist gets.
    for (long one : List.of(id, MISSING)) {
      checkApi(what, "GET", http.get(api + "/" + one), read);
      checkApi(what, "history", http.get(api + "/" + one + "/history"), read);
    }
    JsonNode record =
        admin().get(api + "/" + id, header(reader.other())).json(); // as its own office reads it
    assertThat(record.path("id").asLong())
        .as("the super-administrator reads %s", what)
        .isEqualTo(id);
    Map<String, Object> body = RegisterApiScenarios.editable(record);
    int version = record.path("version").asInt();
    for (long one : List.of(id, MISSING)) {
      checkApi(what, "PUT", http.putJson(api + "/" + one, body), edit);
      checkApi(what, "DELETE", http.delete(api + "/" + one + "?version=" + version), delete);
    }
    assertThat(counts(tables)).as("nothing written: %s", what).isEqualTo(before);

    // Lists and exports hold the reader's own committee's records, every one of them.
    Http.Response list = http.get(api + "?size=200");
    if (read == 404) {
      assertThat(list.status()).as("list %s: %s", what, list).isEqualTo(200);
      List<Long> own = idsIn(type, reader.own());
      assertThat(longs(list.json().path("rows"), "id")).as("list %s", what).isSubsetOf(own);
      if (reader.wholeCommittee()) {
        assertThat(list.json().path("total").asLong())
            .as("list total %s", what)
            .isEqualTo(own.size());
      }
    } else {
      checkApi(what, "list", list, 403);
    }
    Http.Response export = http.get(api + "/export.xlsx");
    if (permissions.contains(type.permission("export"))) {
      assertThat(export.status()).as("export %s: %s", what, export).isEqualTo(200);
      Set<String> others = titles(type, reader.other());
      others.removeAll(titles(type, reader.own()));
      if (!others.isEmpty()) {
        assertThat(cells(export.body())).as("export %s", what).doesNotContainAnyElementsOf(others);
      }
      int rows = dataRows(export.body());
      assertThat(rows)
          .as("export %s: rows", what)
          .isLessThanOrEqualTo(idsIn(type, reader.own()).size());
      if (reader.wholeCommittee()) {
        assertThat(rows)
            .as("export %s: a row for each of the committee's records", what)
            .isEqualTo(idsIn(type, reader.own()).size());
      }
    } else {
      checkApi(what, "export", export, 403);
    }

    // The record's page, in a browser session.
    Http browser = session(reader.username());
    for (long one : List.of(id, MISSING)) {
      RoleMatrix.checkPage(
          Role.STAFF, what + " page", browser.get("/registry/" + type.name() + "/" + one), read);
    }
  }

  // ---- references into the other committee ----

  /** A write naming a record of another committee, and the field that must be refused. */
  record Reference(String path, Map<String, Object> body, String field, String table) {}

  @Test
  void noRecordOfBMayReferToARecordOfA() {
    World w = world();
    long aSector = anyOf("sector", w.a());
    long aMember = ownMemberId();
    long aActivity = anyOf("activity", w.a());
    long aProject = anyOf("investment_project", w.a());
    long aType = idIn("activity_type", w.a(), "调研");
    Map<String, Reference> cases = new LinkedHashMap<>();
    cases.put(
        "member in A's sector",
        new Reference(
            "/api/v1/members",
            with(memberBody(w.bTerm(), w.bSector(), w.bEconomy()), "sectorId", aSector),
            "sectorId",
            "member"));
    cases.put(
        "member in A's term",
        new Reference(
            "/api/v1/members",
            with(memberBody(w.bTerm(), w.bSector(), w.bEconomy()), "termId", demoTermId()),
            "termId",
            "member"));
    cases.put(
        "member of A's special committee",
        new Reference(
            "/api/v1/members",
            with(
                memberBody(w.bTerm(), w.bSector(), w.bEconomy()),
                "specialCommittees",
                List.of(economyCommitteeId())),
            "specialCommittees",
            "member"));
    cases.put(
        "activity of A's special committee",
        new Reference(
            "/api/v1/activities",
            with(
                activityBody(w.bActivityType(), w.bEconomy()),
                "specialCommitteeId",
                economyCommitteeId()),
            "specialCommitteeId",
            "activity"));
    cases.put(
        "activity of A's type",
        new Reference(
            "/api/v1/activities",
            with(activityBody(w.bActivityType(), w.bEconomy()), "typeId", aType),
            "typeId",
            "activity"));
    cases.put(
        "activity led by A's member",
        new Reference(
            "/api/v1/activities",
            with(activityBody(w.bActivityType(), w.bEconomy()), "leaderId", aMember),
            "leaderId",
            "activity"));
    cases.put(
        "project with A's responsible unit",
        new Reference(
            "/api/v1/investment-projects",
            with(projectBody("隔离引用" + tag()), "responsibleUnitId", ownUnitId()),
            "responsibleUnitId",
            "investment_project"));
    cases.put(
        "project shepherded by A's member",
        new Reference(
            "/api/v1/investment-projects",
            with(projectBody("隔离引用" + tag()), "shepherds", List.of(aMember)),
            "shepherds",
            "investment_project"));
    cases.put(
        "project from A's activity",
        new Reference(
            "/api/v1/investment-projects",
            with(projectBody("隔离引用" + tag()), "sourceActivityId", aActivity),
            "sourceActivityId",
            "investment_project"));
    cases.put(
        "outcome of A's activity",
        new Reference(
            "/api/v1/activity-outcomes",
            outcomeBody(aActivity, "OTHER", null),
            "activityId",
            "activity_outcome"));
    cases.put(
        "outcome naming A's unit",
        new Reference(
            "/api/v1/activity-outcomes",
            outcomeBody(w.bActivity(), "ENTERPRISE_MET", ownUnitId()),
            "unitId",
            "activity_outcome"));
    cases.put(
        "duty report of A's member",
        new Reference(
            "/api/v1/duty-reports",
            Map.of(
                "content",
                "隔离引用履职",
                "memberId",
                aMember,
                "occurredOn",
                "2023-03-02",
                "kind",
                "OTHER"),
            "memberId",
            "duty_report"));
    cases.put(
        "milestone of A's project",
        new Reference(
            "/api/v1/project-milestones",
            Map.of("name", "隔离引用节点", "projectId", aProject, "plannedOn", "2026-07-01"),
            "projectId",
            "project_milestone"));
    cases.put(
        "term of committee A",
        new Reference(
            "/api/v1/terms",
            Map.of("name", "隔离引用届", "committeeId", w.a(), "ordinal", 77, "startsOn", "2022-01-01"),
            "committeeId",
            "term"));
    cases.put(
        "session of A's term",
        new Reference(
            "/api/v1/sessions",
            Map.of("name", "隔离引用会议", "termId", demoTermId(), "ordinal", 77, "sessionYear", 2022),
            "termId",
            "plenary_session"));
    cases.put(
        "sector of committee A",
        new Reference(
            "/api/v1/sectors",
            Map.of("name", "隔离引用界别", "committeeId", w.a()),
            "committeeId",
            "sector"));
    cases.put(
        "special committee headed by A's member",
        new Reference(
            "/api/v1/special-committees",
            Map.of("name", "隔离引用专委会", "committeeId", w.b(), "headMemberId", aMember),
            "headMemberId",
            "special_committee"));
    cases.put(
        "unit of committee A",
        new Reference(
            "/api/v1/units",
            Map.of("name", "隔离引用单位", "committeeId", w.a(), "unitType", "GOVERNMENT"),
            "committeeId",
            "unit"));
    Http staff = basic(B_STAFF);
    cases.forEach(
        (what, reference) ->
            refusedReference(
                staff,
                what,
                reference.path(),
                reference.body(),
                reference.field(),
                reference.table()));

    // B's administrator binds no account to A's records.
    Http administrator = basic(B_ADMIN);
    Map<String, Map<String, Object>> bindings = new LinkedHashMap<>();
    bindings.put("memberId", Map.of("role", "MEMBER", "memberId", aMember));
    bindings.put("unitId", Map.of("role", "UNIT", "unitId", ownUnitId()));
    bindings.put(
        "specialCommitteeId",
        Map.of("role", "COMMITTEE_STAFF", "specialCommitteeId", economyCommitteeId()));
    bindings.forEach(
        (field, binding) -> {
          Map<String, Object> body = new LinkedHashMap<>(binding);
          body.put("username", "iso-ref-" + tag());
          body.put("displayName", "隔离引用账号");
          refusedReference(
              administrator,
              "account bound by " + field,
              "/api/v1/accounts",
              body,
              field,
              "account");
        });
  }

  private void refusedReference(
      Http http, String what, String path, Map<String, Object> body, String field, String table) {
    Map<String, Long> before = counts(List.of(table, "history_entry"));
    Http.Response response = http.postJson(path, body);
    assertThat(response.status()).as("%s: %s", what, response).isEqualTo(400);
    assertThat(response.contentType()).as(what).startsWith(RoleMatrix.PROBLEM_JSON);
    assertThat(response.fieldErrors()).as("%s: %s", what, response).containsOnlyKeys(field);
    assertThat(counts(List.of(table, "history_entry")))
        .as("nothing written: %s", what)
        .isEqualTo(before);
  }

  @Test
  void bRaisesNoProblemOnAProjectOfAAndAssignsNoneToAUnitOfA() {
    World w = world();
    Http staff = basic(B_STAFF);
    long aProject = anyOf("investment_project", w.a());
    Map<String, Long> before = counts(List.of("rectification", "history_entry"));
    Http.Response raised =
        staff.postJson(
            "/api/v1/rectifications",
            Map.of(
                "sourceType",
                "project",
                "sourceId",
                aProject,
                "sourceRegister",
                "investment-projects",
                "title",
                "隔离引用问题"));
    checkApi("raise a problem on A's project", "POST", raised, 404);
    int version = version("rectification", w.bProblem());
    Http.Response assigned =
        staff.postJson(
            "/api/v1/rectifications/" + w.bProblem() + "/assign",
            Map.of(
                "unitId",
                ownUnitId(),
                "dueOn",
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString()));
    assertThat(assigned.status()).as("assign B's problem to A's unit: %s", assigned).isEqualTo(400);
    assertThat(assigned.fieldErrors()).containsOnlyKeys("unitId");
    assertThat(version("rectification", w.bProblem())).isEqualTo(version);
    assertThat(counts(List.of("rectification", "history_entry"))).isEqualTo(before);
  }

  @Test
  void bInvitesNoMemberOfA() {
    World w = world();
    Http staff = basic(B_STAFF);
    long before = count("participation");
    String path = "/api/v1/activities/" + w.bActivity() + "/invitations";
    Map<String, Map<String, Object>> invitations = new LinkedHashMap<>();
    invitations.put("A's member by id", Map.of("memberIds", List.of(ownMemberId())));
    invitations.put("A's sector", Map.of("group", "sector:" + anyOf("sector", w.a())));
    invitations.put(
        "A's special committee", Map.of("group", "special-committee:" + economyCommitteeId()));
    invitations.forEach(
        (what, body) -> {
          Http.Response invited = staff.postJson(path, body);
          assertThat(invited.status()).as("%s: %s", what, invited).isEqualTo(200);
          assertThat(invited.json().path("count").asInt()).as(what).isZero();
        });
    assertThat(count("participation")).isEqualTo(before);
  }

  @Test
  void anImportIntoBNamingRecordsOfAIsRefusedWhole() {
    World w = world();
    String aSector = nameOutside("sector", w.a(), w.b());
    String aSpecialCommittee = nameOutside("special_committee", w.a(), w.b());
    String csv =
        "姓名,性别,政治面貌,手机号码,届次,工作单位,界别,所属专委会,职务\r\n"
            + "隔离导入甲,女,中共党员,"
            + mobile()
            + ","
            + B_TERM
            + ",隔离县医院,"
            + aSector
            + ",,医生\r\n"
            + "隔离导入乙,男,中共党员,"
            + mobile()
            + ","
            + B_TERM
            + ",隔离县医院,,"
            + aSpecialCommittee
            + ",医生\r\n"
            + "隔离导入丙,男,中共党员,"
            + mobile()
            + ","
            + DEMO_TERM
            + ",隔离县医院,,,医生\r\n"
            + "隔离导入丁,男,中共党员,"
            + mobile()
            + ","
            + B_TERM
            + ",隔离县医院,"
            + B_SECTOR
            + ",,医生\r\n";
    Map<String, Long> before = counts(List.of("member", "history_entry"));
    Http.Response refused =
        basic(B_STAFF)
            .upload(
                "/api/v1/members/import",
                "members.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                Map.of());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    List<String> errors = new ArrayList<>();
    refused
        .json()
        .path("errors")
        .values()
        .forEach(e -> errors.add(e.path("row").asInt() + "|" + e.path("column").asString()));
    assertThat(errors).containsExactlyInAnyOrder("2|界别", "3|所属专委会", "4|届次");
    assertThat(counts(List.of("member", "history_entry"))).as("nothing imported").isEqualTo(before);
  }

  // ---- workflow endpoints ----

  /** A call on A's records by one of B's accounts, with the status it must get. */
  record Call(String username, Function<Http, Http.Response> call, int expected) {}

  @Test
  void theWorkflowEndpointsOfARecordsAreClosedToB() {
    World w = world();
    // A's own records, open to every move: an upcoming activity with an invitee who asked leave, a
    // new project, a problem raised on it, an attachment.
    Http aStaff = as(Role.STAFF);
    long activity = officeActivityOfAWithLeave(w, "A隔离活动", "隔离请假");
    long participation =
        jdbc.sql("select id from participation where activity_id = :a and member_id = :m")
            .param("a", activity)
            .param("m", ownMemberId())
            .query(Long.class)
            .single();
    String code =
        jdbc.sql("select check_in_code from activity where id = :a")
            .param("a", activity)
            .query(String.class)
            .single();
    long project =
        created(aStaff.postJson("/api/v1/investment-projects", projectBody("A隔离项目" + tag())));
    long problem =
        created(
            aStaff.postJson("/api/v1/rectifications", problemOnProject(project, "A隔离问题" + tag())));
    long attachment =
        created(
            aStaff.upload(
                "/api/v1/attachments",
                "纪要.pdf",
                pdf(),
                Map.of("ownerType", "activity", "ownerId", String.valueOf(activity))));
    long report = anyOf("duty_report", w.a());
    long aAccount = accountId(username(Role.STAFF));

    String activities = "/api/v1/activities/" + activity;
    String projects = "/api/v1/investment-projects/" + project;
    String problems = "/api/v1/rectifications/" + problem;
    String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put("participants", new Call(B_STAFF, h -> h.get(activities + "/participants"), 404));
    calls.put(
        "invite B's member",
        new Call(
            B_STAFF,
            h -> h.postJson(activities + "/invitations", Map.of("memberIds", List.of(w.bMember()))),
            404));
    calls.put(
        "invite B's cadres",
        new Call(
            B_STAFF, h -> h.postJson(activities + "/invitations", Map.of("cadres", true)), 404));
    calls.put(
        "mark arrived",
        new Call(
            B_STAFF,
            h ->
                h.postJson(
                    activities + "/arrived", Map.of("participationIds", List.of(participation))),
            404));
    calls.put("close", new Call(B_STAFF, h -> h.postJson(activities + "/close", Map.of()), 404));
    calls.put(
        "decide leave",
        new Call(
            B_STAFF,
            h ->
                h.postJson(
                    "/api/v1/participations/" + participation + "/leave-decision",
                    Map.of("approved", true, "countsAgainst", false)),
            404));
    calls.put(
        "check in (member)",
        new Call(B_MEMBER, h -> h.postJson(activities + "/check-in", Map.of("code", code)), 404));
    // A member of B is invited to none of A's activities: refused as for an activity that does
    // not exist.
    String none = "/api/v1/activities/" + MISSING;
    calls.put(
        "sign up (member)",
        new Call(B_MEMBER, h -> h.postJson(activities + "/sign-up", Map.of()), 409));
    calls.put(
        "sign up for no activity (member)",
        new Call(B_MEMBER, h -> h.postJson(none + "/sign-up", Map.of()), 409));
    calls.put(
        "ask leave (member)",
        new Call(B_MEMBER, h -> h.postJson(activities + "/leave", Map.of("reason", "隔离")), 409));
    calls.put(
        "ask leave of no activity (member)",
        new Call(B_MEMBER, h -> h.postJson(none + "/leave", Map.of("reason", "隔离")), 409));
    calls.put("calendar file", new Call(B_STAFF, h -> h.get(activities + "/ics"), 404));
    calls.put(
        "advance project",
        new Call(
            B_STAFF,
            h -> h.postJson(projects + "/advance", Map.of("stage", "ASSESSED", "on", today)),
            404));
    calls.put(
        "sign project",
        new Call(
            B_STAFF,
            h ->
                h.postJson(
                    projects + "/sign",
                    Map.of("amount", "1000000.00", "on", today, "viaPlatform", false)),
            404));
    calls.put(
        "suspend project",
        new Call(
            B_STAFF,
            h -> h.postJson(projects + "/suspend", Map.of("reason", "隔离", "on", today)),
            404));
    calls.put(
        "resume project",
        new Call(B_STAFF, h -> h.postJson(projects + "/resume", Map.of("on", today)), 404));
    calls.put("moves", new Call(B_STAFF, h -> h.get(projects + "/moves"), 404));
    calls.put(
        "year target",
        new Call(
            B_STAFF,
            h ->
                h.postJson(
                    projects + "/target",
                    Map.of(
                        "year",
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(),
                        "target",
                        "1000000.00")),
            404));
    calls.put(
        "ledger month",
        new Call(
            B_STAFF,
            h ->
                h.postJson(
                    projects + "/ledger",
                    Map.of(
                        "year",
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(),
                        "month",
                        1,
                        "planned",
                        "100000.00",
                        "completed",
                        "80000.00")),
            404));
    calls.put(
        "ledger",
        new Call(
            B_STAFF,
            h ->
                h.get(
                    projects
                        + "/ledger?year="
                        + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear()),
            404));
    calls.put(
        "assign problem",
        new Call(
            B_STAFF,
            h ->
                h.postJson(
                    problems + "/assign",
                    Map.of(
                        "unitId",
                        w.bUnit(),
                        "dueOn",
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                            .plusDays(30)
                            .toString())),
            404));
    calls.put(
        "acknowledge problem (unit)",
        new Call(B_UNIT, h -> h.postJson(problems + "/acknowledge", Map.of()), 404));
    calls.put(
        "resolve problem (unit)",
        new Call(B_UNIT, h -> h.postJson(problems + "/resolve", Map.of("measures", "隔离整改")), 404));
    calls.put(
        "verify problem", new Call(B_STAFF, h -> h.postJson(problems + "/verify", Map.of()), 404));
    calls.put(
        "reopen problem",
        new Call(B_STAFF, h -> h.postJson(problems + "/reopen", Map.of("reason", "隔离")), 404));
    calls.put(
        "upload to the activity",
        new Call(
            B_STAFF,
            h ->
                h.upload(
                    "/api/v1/attachments",
                    "隔离.pdf",
                    pdf(),
                    Map.of("ownerType", "activity", "ownerId", String.valueOf(activity))),
            404));
    calls.put(
        "upload to the project",
        new Call(
            B_STAFF,
            h ->
                h.upload(
                    "/api/v1/attachments",
                    "隔离.pdf",
                    pdf(),
                    Map.of("ownerType", "investment_project", "ownerId", String.valueOf(project))),
            404));
    calls.put(
        "attachments of the activity",
        new Call(
            B_STAFF,
            h -> h.get("/api/v1/attachments?ownerType=activity&ownerId=" + activity),
            404));
    calls.put(
        "download an attachment",
        new Call(B_STAFF, h -> h.get("/api/v1/attachments/" + attachment + "/content"), 404));
    calls.put(
        "delete an attachment",
        new Call(B_STAFF, h -> h.delete("/api/v1/attachments/" + attachment), 404));
    calls.put(
        "duty record of A's member",
        new Call(B_STAFF, h -> h.get("/api/v1/members/" + ownMemberId() + "/duty-record"), 404));
    calls.put(
        "confirm A's duty report",
        new Call(
            B_STAFF,
            h -> h.postJson("/api/v1/duty-reports/" + report + "/actions/confirm", Map.of()),
            404));
    calls.put(
        "reset the password of A's account",
        new Call(
            B_ADMIN,
            h -> h.postJson("/api/v1/accounts/" + aAccount + "/actions/reset-password", Map.of()),
            404));

    List<String> tables =
        List.of(
            "participation",
            "activity_outcome",
            "project_move",
            "project_ledger",
            "project_year_target",
            "rectification",
            "attachment",
            "history_entry");
    Map<String, Long> before = counts(tables);
    Map<String, Long> records =
        Map.of(
            "activity", activity,
            "participation", participation,
            "investment_project", project,
            "rectification", problem,
            "duty_report", report);
    Map<String, Integer> versions = new LinkedHashMap<>();
    records.forEach((table, id) -> versions.put(table, version(table, id)));
    String passwordHash = passwordHash(aAccount);
    // Soft: every endpoint that reaches A's records is named at once.
    SoftAssertions softly = new SoftAssertions();
    calls.forEach(
        (what, call) -> {
          Http.Response response = call.call().apply(basic(call.username()));
          softly
              .assertThat(response.status())
              .as("%s as %s: %s", what, call.username(), response)
              .isEqualTo(call.expected());
          softly
              .assertThat(response.contentType())
              .as("%s as %s", what, call.username())
              .startsWith(RoleMatrix.PROBLEM_JSON);
        });
    softly.assertAll();
    assertThat(counts(tables)).as("nothing written").isEqualTo(before);
    records.forEach(
        (table, id) ->
            assertThat(version(table, id))
                .as("%s unchanged", table)
                .isEqualTo(versions.get(table)));
    assertThat(passwordHash(aAccount)).isEqualTo(passwordHash);
    // The outcomes list of B holds none of A's.
    JsonNode outcomes =
        basic(B_STAFF).get("/api/v1/activity-outcomes?size=200").json().path("rows");
    assertThat(longs(outcomes, "id")).isSubsetOf(idsInTable("activity_outcome", w.b()));
    // A's problems on A's project are not listed to B either.
    Http.Response bySource =
        basic(B_STAFF)
            .get("/api/v1/rectifications/by-source?sourceType=project&sourceId=" + project);
    assertThat(bySource.status()).as(bySource.toString()).isEqualTo(200);
    assertThat(bySource.json().path("problems").size()).as(bySource.toString()).isZero();
    // A's own office still reaches them: the refusals were about the committee.
    assertThat(aStaff.get(activities + "/participants").status()).isEqualTo(200);
    assertThat(aStaff.get(projects + "/moves").status()).isEqualTo(200);
    assertThat(aStaff.get("/api/v1/attachments/" + attachment + "/content").status())
        .isEqualTo(200);
  }

  // ---- metrics ----

  @Test
  void metricsCountTheCommitteeOfWhoAsks() {
    World w = world();
    // Soft: every metric that counts another committee is named at once.
    SoftAssertions softly = new SoftAssertions();
    String period = "?from=2000-01-01&to=2100-12-31";
    Http bStaff = basic(B_STAFF);
    Http.Response count = bStaff.get("/api/v1/metrics/activity.count" + period);
    softly.assertThat(count.status()).as(count.toString()).isEqualTo(200);
    softly
        .assertThat(count.json().path("value").asLong())
        .as("B's activities: %s", count)
        .isEqualTo(activitiesCountedIn(w.b()));
    Http.Response aCount = as(Role.STAFF).get("/api/v1/metrics/activity.count" + period);
    softly
        .assertThat(aCount.json().path("value").asLong())
        .as("A's activities")
        .isEqualTo(activitiesCountedIn(w.a()));

    // Every metric's records behind its figure are B's own.
    Http.Response catalogue = bStaff.get("/api/v1/metrics");
    softly.assertThat(catalogue.status()).isEqualTo(200);
    List<String> leaks = new ArrayList<>();
    for (String name : strings(catalogue.json(), "name")) {
      Http.Response result = bStaff.get("/api/v1/metrics/" + name + period);
      softly.assertThat(result.status()).as("%s: %s", name, result).isEqualTo(200);
      for (JsonNode source : result.json().path("sources")) {
        String href = source.path("href").asString();
        Optional<Long> committee = committeeOfLink(href);
        softly.assertThat(committee).as("%s links a record: %s", name, href).isPresent();
        if (committee.isPresent() && committee.get() != w.b()) {
          leaks.add(name + " → " + href + " (committee " + committee.get() + ")");
        }
      }
    }
    softly.assertThat(leaks).as("metrics of B counting other committees' records").isEmpty();

    // P holds no record at all: every figure of P's office is nothing.
    Http city = basic(P_STAFF);
    for (String name : strings(catalogue.json(), "name")) {
      JsonNode result = city.get("/api/v1/metrics/" + name + period).json();
      softly
          .assertThat(result.path("value").decimalValue().signum())
          .as("%s of the empty committee P: %s", name, result)
          .isZero();
      softly.assertThat(result.path("names").size()).as("%s of P: %s", name, result).isZero();
      softly.assertThat(result.path("sources").size()).as("%s of P: %s", name, result).isZero();
    }
    Http.Response statistics =
        city.get("/api/v1/activities/statistics?from=2000-01-01&to=2100-12-31");
    softly.assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
    JsonNode figures = statistics.json();
    softly.assertThat(figures.path("activities").asLong()).as(statistics.toString()).isZero();
    softly.assertThat(figures.path("byType").size()).as(statistics.toString()).isZero();
    softly.assertThat(figures.path("byMonth").size()).as(statistics.toString()).isZero();
    softly.assertAll();
  }

  /**
   * An activity of A's office (the office decides its leave) to which the MEMBER test account is
   * invited and has asked leave.
   */
  private long officeActivityOfAWithLeave(World w, String title, String reason) {
    Http aStaff = as(Role.STAFF);
    Map<String, Object> body = activityBody(idIn("activity_type", w.a(), "调研"), null);
    body.put("organiser", "OFFICE");
    body.put("title", title + tag());
    long activity = created(aStaff.postJson("/api/v1/activities", body));
    invite(aStaff, activity, ownMemberId());
    leave(as(Role.MEMBER), activity, reason);
    return activity;
  }

  // ---- notifications ----

  @Test
  void targetsStayInTheirCommittee() {
    world();
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    long demo = demoCommitteeId();
    long target =
        jdbc.sql("select id from annual_target where committee_id = :c order by id")
            .param("c", demo)
            .query(Long.class)
            .list()
            .get(0);
    long campaign =
        jdbc.sql("select id from campaign where committee_id = :c order by id")
            .param("c", demo)
            .query(Long.class)
            .list()
            .get(0);
    Http bStaff = basic(B_STAFF);
    checkApi("B reads A's target", "GET", bStaff.get("/api/v1/targets/" + target), 404);
    checkApi(
        "B changes A's target",
        "PUT",
        bStaff.putJson(
            "/api/v1/targets/" + target,
            java.util.Map.of("version", 0, "label", "x", "unit", "个", "targetValue", "1")),
        404);
    checkApi(
        "B removes A's target",
        "DELETE",
        bStaff.delete("/api/v1/targets/" + target + "?version=0"),
        404);
    checkApi(
        "B adds a theme to A's campaign",
        "POST",
        bStaff.postJson(
            "/api/v1/targets/campaigns/" + campaign + "/themes", java.util.Map.of("name", "x")),
        404);
    assertThat(bStaff.get("/api/v1/targets?year=" + year).json().size()).isZero();
    assertThat(bStaff.get("/api/v1/targets/progress?year=" + year).json().path("targets").size())
        .isZero();
    assertThat(bStaff.get("/api/v1/targets/" + target + "/trend").status()).isEqualTo(404);
  }

  @Test
  void reportsAndTheirTemplatesStayInTheirCommittee() {
    world();
    Http aStaff = as(Role.STAFF);
    Http bStaff = basic(B_STAFF);
    long report =
        created(
            aStaff.postJson("/api/v1/reports", Map.of("from", "2026-01-01", "to", "2026-06-30")));
    assertThat(bStaff.get("/api/v1/reports/" + report).status()).isEqualTo(404);
    assertThat(bStaff.get("/api/v1/reports/" + report + "/versions/1/report.docx").status())
        .isEqualTo(404);
    assertThat(bStaff.get("/api/v1/reports/" + report + "/diff?from=1&to=1").status())
        .isEqualTo(404);
    assertThat(
            bStaff
                .postJson(
                    "/api/v1/reports/" + report + "/versions",
                    Map.of(
                        "version",
                        0,
                        "title",
                        "B",
                        "blocks",
                        List.of(Map.of("heading", false, "text", "B"))))
                .status())
        .isEqualTo(404);
    assertThat(longs(bStaff.get("/api/v1/reports").json(), "id")).doesNotContain(report);
    // B was given the standard templates of its own; A's are not B's to see or change.
    List<Long> aSections = longs(aStaff.get("/api/v1/report-templates").json(), "id");
    JsonNode bTemplates = bStaff.get("/api/v1/report-templates").json();
    assertThat(longs(bTemplates, "id")).isNotEmpty().doesNotContainAnyElementsOf(aSections);
    long aSentence =
        aStaff
            .get("/api/v1/report-templates")
            .json()
            .get(0)
            .path("sentences")
            .get(0)
            .path("id")
            .asLong();
    assertThat(
            bStaff
                .putJson(
                    "/api/v1/report-templates/sentences/" + aSentence,
                    Map.of("text", "开展{activity.count}次。", "version", 0))
                .status())
        .isEqualTo(404);
    assertThat(
            bStaff
                .delete("/api/v1/report-templates/sections/" + aSections.get(0) + "?version=0")
                .status())
        .isEqualTo(404);
    // B's report counts B's records only: its figures link to B's records.
    long bReport =
        created(
            bStaff.postJson("/api/v1/reports", Map.of("from", "2000-01-01", "to", "2100-12-31")));
    for (JsonNode figure :
        bStaff.get("/api/v1/reports/" + bReport).json().path("figures").values()) {
      Http.Response records = session(B_STAFF).get(figure.path("href").asString());
      assertThat(records.status()).isEqualTo(200);
      Matcher link = RECORD_LINK.matcher(records.text());
      while (link.find()) {
        assertThat(session(B_STAFF).get(link.group()).status()).as(link.group()).isEqualTo(200);
      }
    }
  }

  @Test
  void notificationsStayInTheirCommittee() throws InterruptedException {
    World w = world();
    // Leave asked in an office activity of A tells A's office; in B's activity, B's office.
    long aActivity = officeActivityOfAWithLeave(w, "A隔离通知活动", "隔离通知");
    Http bStaff = basic(B_STAFF);
    Map<String, Object> bBody = activityBody(w.bActivityType(), w.bEconomy());
    bBody.put("title", "B隔离通知活动" + tag());
    long bActivity = created(bStaff.postJson("/api/v1/activities", bBody));
    invite(bStaff, bActivity, w.bMember());
    leave(basic(B_MEMBER), bActivity, "隔离通知");
    awaitNotification(as(Role.STAFF), "/registry/activities/" + aActivity);
    awaitNotification(bStaff, "/registry/activities/" + bActivity);

    for (String username : List.of(B_ADMIN, B_STAFF, B_CLERK, B_MEMBER, B_UNIT, P_STAFF)) {
      for (String link : links(basic(username))) {
        committeeOfLink(link)
            .ifPresent(
                committee ->
                    assertThat(committee).as("%s was told of %s", username, link).isEqualTo(w.b()));
      }
    }
    for (Role role : List.of(Role.ADMIN, Role.STAFF, Role.MEMBER, Role.UNIT)) {
      for (String link : links(as(role))) {
        committeeOfLink(link)
            .ifPresent(
                committee ->
                    assertThat(committee).as("%s was told of %s", role, link).isNotEqualTo(w.b()));
      }
    }
  }

  // ---- viewing ----

  @Test
  void onlyAHigherCommitteeViewsBAndOnlyReads() {
    World w = world();
    String bActivities = "/api/v1/activities?size=200";
    List<Long> bIds = idsInTable("activity", w.b());

    // B is below no committee of A's: B's office may not look at A, nor A's at B.
    checkApi("B views A", "GET", basic(B_STAFF).get(bActivities, header(w.a())), 403);
    checkApi("A views B", "GET", as(Role.STAFF).get(bActivities, header(w.b())), 403);
    assertThat(longs(basic(B_STAFF).get("/api/v1/committee-views").json(), "id"))
        .containsExactly(w.b());

    // P's office looks at B and reads B's records only, and writes nothing there.
    Http city = basic(P_STAFF);
    assertThat(longs(city.get("/api/v1/committee-views").json(), "id"))
        .containsExactly(w.p(), w.b());
    Http.Response viewed = city.get(bActivities, header(w.b()));
    assertThat(viewed.status()).as(viewed.toString()).isEqualTo(200);
    assertThat(longs(viewed.json().path("rows"), "id")).containsExactlyInAnyOrderElementsOf(bIds);
    assertThat(city.get("/api/v1/activities/" + w.bActivity(), header(w.b())).status())
        .isEqualTo(200);
    assertThat(city.get(bActivities).json().path("total").asLong())
        .as("P's own activities")
        .isEqualTo(countIn("activity", w.p()));
    checkApi("P views A", "GET", city.get(bActivities, header(w.a())), 403);

    List<String> tables = List.of("activity_type", "activity", "participation", "history_entry");
    Map<String, Long> before = counts(tables);
    int version = version("activity", w.bActivity());
    JsonNode activity = admin().get("/api/v1/activities/" + w.bActivity(), header(w.b())).json();
    Map<String, Object> edit = RegisterApiScenarios.editable(activity);
    edit.put("title", "市政协改名" + tag());
    checkApi(
        "P creates in B",
        "POST",
        city.postJson(
            "/api/v1/activity-types",
            Map.of("name", "市政协类型" + tag(), "category", "OTHER"),
            header(w.b())),
        403);
    checkApi(
        "P invites in B",
        "POST",
        city.postJson(
            "/api/v1/activities/" + w.bActivity() + "/invitations",
            Map.of("cadres", true),
            header(w.b())),
        403);
    checkApi(
        "P changes B's activity",
        "PUT",
        city.putJson("/api/v1/activities/" + w.bActivity(), edit, header(w.b())),
        403);
    checkApi(
        "P deletes B's activity",
        "DELETE",
        city.delete("/api/v1/activities/" + w.bActivity() + "?version=" + version, header(w.b())),
        403);
    assertThat(counts(tables)).as("P wrote nothing in B").isEqualTo(before);
    assertThat(version("activity", w.bActivity())).isEqualTo(version);

    // The same in a browser session, through the committee switch.
    Http browser = browser(P_STAFF, PASSWORD);
    String token = browser.csrfToken("/registry/activities");
    RoleMatrix.checkPage(
        Role.STAFF,
        "switch to A",
        browser.postForm(
            "/committee/view", Map.of("committeeId", String.valueOf(w.a()), "_csrf", token)),
        403);
    Http.Response switched =
        browser.postForm(
            "/committee/view", Map.of("committeeId", String.valueOf(w.b()), "_csrf", token));
    assertThat(switched.status()).as(switched.toString()).isEqualTo(302);
    assertThat(browser.get("/registry/activities/" + w.bActivity()).status()).isEqualTo(200);
    Http.Response formWrite =
        browser.postForm(
            "/registry/activity-types",
            Map.of("name", "市政协页面类型" + tag(), "category", "OTHER", "_csrf", token));
    assertThat(formWrite.status()).as(formWrite.toString()).isEqualTo(403);
    assertThat(counts(tables)).as("P's page wrote nothing in B").isEqualTo(before);
    Http.Response back = browser.postForm("/committee/view", Map.of("_csrf", token));
    assertThat(back.status()).isEqualTo(302);
    RoleMatrix.checkPage(
        Role.STAFF,
        "B's activity back in P",
        browser.get("/registry/activities/" + w.bActivity()),
        404);

    // The super-administrator views and writes in B.
    Http admin = admin();
    Http.Response asSuper = admin.get(bActivities, header(w.b()));
    assertThat(longs(asSuper.json().path("rows"), "id")).containsExactlyInAnyOrderElementsOf(bIds);
    String name = "超管类型" + tag();
    Http.Response written =
        admin.postJson(
            "/api/v1/activity-types", Map.of("name", name, "category", "OTHER"), header(w.b()));
    assertThat(written.status()).as(written.toString()).isEqualTo(201);
    assertThat(idIn("activity_type", w.b(), name)).isEqualTo(written.json().path("id").asLong());
  }

  // ---- administration ----

  @Test
  void onlyTheSuperAdministratorAddsCommittees() {
    World w = world();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "政协越权县委员会");
    body.put("level", "COUNTY");
    body.put("parentId", null);
    body.put("adminUsername", "iso-rogue");
    body.put("adminDisplayName", "越权");
    long committees = count("committee");
    long accountRows = count("account");
    for (String username : List.of(username(Role.ADMIN), B_ADMIN, username(Role.STAFF))) {
      Http http = basic(username);
      checkApi(
          username + " adds a committee",
          "POST",
          http.postJson("/api/v1/admin/committees", body),
          403);
      checkApi(username + " lists committees", "GET", http.get("/api/v1/admin/committees"), 403);
      Http.Response register =
          http.postJson("/api/v1/committees", Map.of("name", "政协越权县委员会", "level", "COUNTY"));
      checkApi(username + " adds a committee in the register", "POST", register, 403);
    }
    assertThat(count("committee")).isEqualTo(committees);
    assertThat(count("account")).isEqualTo(accountRows);

    // What the super-administrator's form refuses.
    Map<String, Map.Entry<String, Map<String, Object>>> wrong = new LinkedHashMap<>();
    wrong.put("a name taken", Map.entry("name", with(body, "name", DEMO_COMMITTEE)));
    wrong.put(
        "a city below a county",
        Map.entry("parentId", with(with(body, "level", "CITY"), "parentId", w.a())));
    wrong.put("a county below a county", Map.entry("parentId", with(body, "parentId", w.b())));
    wrong.put("a username taken", Map.entry("adminUsername", with(body, "adminUsername", "admin")));
    wrong.forEach(
        (what, refused) -> {
          Http.Response response = admin().postJson("/api/v1/admin/committees", refused.getValue());
          assertThat(response.status()).as("%s: %s", what, response).isEqualTo(400);
          assertThat(response.fieldErrors())
              .as("%s: %s", what, response)
              .containsOnlyKeys(refused.getKey());
        });
    assertThat(count("committee")).isEqualTo(committees);
    assertThat(count("account")).isEqualTo(accountRows);
  }

  @Test
  void aCommitteeAdministratorNeitherMakesNorManagesTheSuperAdministrator() {
    world();
    Http committeeAdmin = as(Role.ADMIN);
    long accountRows = count("account");
    Http.Response made =
        committeeAdmin.postJson(
            "/api/v1/accounts",
            Map.of("username", "iso-super-" + tag(), "displayName", "越权超管", "role", "SUPER_ADMIN"));
    assertThat(made.status()).as(made.toString()).isEqualTo(400);
    assertThat(made.fieldErrors()).containsOnlyKeys("role");
    assertThat(count("account")).isEqualTo(accountRows);

    long staffAccount = accountId(username(Role.AUDITOR));
    JsonNode auditor = committeeAdmin.get("/api/v1/accounts/" + staffAccount).json();
    Map<String, Object> promote = RegisterApiScenarios.editable(auditor);
    promote.put("role", "SUPER_ADMIN");
    Http.Response promoted = committeeAdmin.putJson("/api/v1/accounts/" + staffAccount, promote);
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(400);
    assertThat(promoted.fieldErrors()).containsOnlyKeys("role");
    assertThat(roleOf(staffAccount)).isEqualTo("AUDITOR");

    long superAdmin = accountId("admin");
    String hash = passwordHash(superAdmin);
    for (String action : List.of("reset-password", "unlock", "reset-two-factor")) {
      checkApi(
          "committee admin: " + action + " of the super-administrator",
          "POST",
          committeeAdmin.postJson(
              "/api/v1/accounts/" + superAdmin + "/actions/" + action, Map.of()),
          403);
      checkApi(
          "B's admin: " + action + " of the super-administrator",
          "POST",
          basic(B_ADMIN)
              .postJson("/api/v1/accounts/" + superAdmin + "/actions/" + action, Map.of()),
          404);
    }
    assertThat(passwordHash(superAdmin)).isEqualTo(hash);
    JsonNode current = admin().get("/api/v1/accounts/" + superAdmin).json();
    Map<String, Object> rename = RegisterApiScenarios.editable(current);
    rename.put("displayName", "被改名的超管");
    Http.Response renamed = committeeAdmin.putJson("/api/v1/accounts/" + superAdmin, rename);
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(400);
    assertThat(renamed.fieldErrors()).containsOnlyKeys("role");
  }

  // ---- helpers ----

  Http basic(String username) {
    return Http.basic(port, username, PASSWORD);
  }

  private Http session(String username) {
    return SESSIONS.computeIfAbsent(port + "/" + username, k -> browser(username, PASSWORD));
  }

  private Set<String> permissions(String username) {
    return PERMISSIONS.computeIfAbsent(
        port + "/" + username,
        k -> {
          Http.Response me = basic(username).get("/api/v1/account/me");
          assertThat(me.status()).as("%s: %s", username, me).isEqualTo(200);
          Set<String> permissions = new HashSet<>();
          me.json().path("permissions").values().forEach(p -> permissions.add(p.asString()));
          return permissions;
        });
  }

  static Map<String, String> header(long committee) {
    return Map.of(CommitteeViewing.HEADER, String.valueOf(committee));
  }

  static void checkApi(String what, String call, Http.Response response, int expected) {
    assertThat(response.status()).as("%s %s: %s", what, call, response).isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.contentType())
          .as("%s %s", what, call)
          .startsWith(RoleMatrix.PROBLEM_JSON);
    }
  }

  private boolean committeeExists(String name) {
    return jdbc.sql("select count(*) from committee where name = :n")
            .param("n", name)
            .query(Long.class)
            .single()
        > 0;
  }

  private Optional<Long> parentOf(long committee) {
    List<Long> parent =
        jdbc.sql("select parent_id from committee where id = :id")
            .param("id", committee)
            .query((rs, n) -> rs.getObject(1, Long.class))
            .list();
    return Optional.ofNullable(parent.get(0));
  }

  private String levelOf(long committee) {
    return jdbc.sql("select level from committee where id = :id")
        .param("id", committee)
        .query(String.class)
        .single();
  }

  private long idIn(String table, long committee, String name) {
    return jdbc.sql(
            "select id from " + table + " where committee_id = :c and name = :n order by id")
        .param("c", committee)
        .param("n", name)
        .query(Long.class)
        .list()
        .get(0);
  }

  private long anyOf(String table, long committee) {
    return jdbc.sql("select min(id) from " + table + " where committee_id = :c")
        .param("c", committee)
        .query(Long.class)
        .single();
  }

  /** A name a record of {@code table} has in one committee and not in the other. */
  private String nameOutside(String table, long in, long notIn) {
    return jdbc.sql(
            "select name from "
                + table
                + " where committee_id = :in and name not in (select name from "
                + table
                + " where committee_id = :notIn) order by id")
        .param("in", in)
        .param("notIn", notIn)
        .query(String.class)
        .list()
        .get(0);
  }

  private String committeeColumn(RecordType type) {
    return type.table().equals("committee") ? "id" : "committee_id";
  }

  private Optional<Long> recordOf(RecordType type, long committee) {
    // min(id) of no rows is one null row, which single() refuses: ask for the first id instead.
    return jdbc.sql(
            "select id from "
                + type.table()
                + " where "
                + committeeColumn(type)
                + " = :c order by id fetch first 1 rows only")
        .param("c", committee)
        .query(Long.class)
        .optional();
  }

  private List<Long> idsIn(RecordType type, long committee) {
    // A member's draft proposal is theirs alone, even within the committee (ADR 9).
    String shown = type.table().equals("proposal") ? " and status <> 'DRAFT'" : "";
    return jdbc.sql(
            "select id from " + type.table() + " where " + committeeColumn(type) + " = :c" + shown)
        .param("c", committee)
        .query(Long.class)
        .list();
  }

  private List<Long> idsInTable(String table, long committee) {
    return jdbc.sql("select id from " + table + " where committee_id = :c")
        .param("c", committee)
        .query(Long.class)
        .list();
  }

  /** A committee's activities as the metrics count them: cancelled ones do not count. */
  private long activitiesCountedIn(long committee) {
    return jdbc.sql("select count(*) from activity where committee_id = :c and cancelled = false")
        .param("c", committee)
        .query(Long.class)
        .single();
  }

  private long countIn(String table, long committee) {
    return jdbc.sql("select count(*) from " + table + " where committee_id = :c")
        .param("c", committee)
        .query(Long.class)
        .single();
  }

  /** The titles (first field) of a committee's records of a type. */
  private Set<String> titles(RecordType type, long committee) {
    String column =
        type.fields().get(0).name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    return new HashSet<>(
        jdbc.sql(
                "select "
                    + column
                    + " from "
                    + type.table()
                    + " where "
                    + committeeColumn(type)
                    + " = :c")
            .param("c", committee)
            .query(String.class)
            .list());
  }

  /** The committee of the record a link such as {@code /registry/activities/12} names. */
  private Optional<Long> committeeOfLink(String link) {
    if (link == null) {
      return Optional.empty();
    }
    String register;
    String id;
    Matcher matcher = RECORD_LINK.matcher(link);
    Matcher page = MODULE_PAGE_LINK.matcher(link);
    if (matcher.find()) {
      register = matcher.group(1);
      id = matcher.group(2);
    } else if (page.find()) {
      // A module's own page of a record: a finding is an anchor on its visit's page.
      boolean finding = page.group(3) != null;
      register = finding ? "supervision-findings" : MODULE_PAGES.get(page.group(1));
      id = finding ? page.group(3) : page.group(2);
    } else {
      return Optional.empty();
    }
    RecordType type =
        recordTypes.stream()
            .filter(t -> t.name().equals(register))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no register " + link));
    return Optional.ofNullable(
        jdbc.sql("select " + committeeColumn(type) + " from " + type.table() + " where id = :id")
            .param("id", Long.parseLong(id))
            .query(Long.class)
            .optional()
            .orElse(null));
  }

  private Map<String, Long> counts(List<String> tables) {
    Map<String, Long> counts = new LinkedHashMap<>();
    tables.forEach(table -> counts.put(table, count(table)));
    return counts;
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private int version(String table, long id) {
    return jdbc.sql("select version from " + table + " where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private long accountId(String username) {
    return jdbc.sql("select id from account where username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  private String passwordHash(long account) {
    return jdbc.sql("select password_hash from account where id = :id")
        .param("id", account)
        .query(String.class)
        .single();
  }

  private String roleOf(long account) {
    return jdbc.sql("select role from account where id = :id")
        .param("id", account)
        .query(String.class)
        .single();
  }

  private static Set<String> cells(byte[] xlsx) {
    Set<String> cells = new HashSet<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(formatter.formatCellValue(cell));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cells;
  }

  /** The rows of the first sheet below its header. */
  private static int dataRows(byte[] xlsx) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      return workbook.getSheetAt(0).getPhysicalNumberOfRows() - 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void invite(Http http, long activity, long member) {
    Http.Response invited =
        http.postJson(
            "/api/v1/activities/" + activity + "/invitations",
            Map.of("memberIds", List.of(member)));
    assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
    assertThat(invited.json().path("count").asInt()).isEqualTo(1);
  }

  private void leave(Http member, long activity, String reason) {
    Http.Response leave =
        member.postJson("/api/v1/activities/" + activity + "/leave", Map.of("reason", reason));
    assertThat(leave.status()).as(leave.toString()).isBetween(200, 204);
  }

  private static List<String> links(Http http) {
    Http.Response list = http.get("/api/v1/notifications?limit=500");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return strings(list.json(), "link");
  }

  private static void awaitNotification(Http http, String link) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (links(http).contains(link)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no notification linking " + link);
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  private static Map<String, Object> memberBody(long term, long sector, long specialCommittee) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("name", "隔离委员" + tag());
    member.put("gender", "MALE");
    member.put("birthDate", "1976-04-05");
    member.put("party", "CPC");
    member.put("sectorId", sector);
    member.put("specialCommittees", List.of(specialCommittee));
    member.put("employer", "隔离县中学");
    member.put("post", "教师");
    member.put("mobile", mobile());
    member.put("standing", false);
    member.put("termId", term);
    return member;
  }

  /** An activity a month from now, by a special committee (or the office where none is given). */
  private static Map<String, Object> activityBody(long type, Long specialCommittee) {
    LocalDateTime start =
        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).atTime(9, 0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "隔离活动" + tag());
    body.put("typeId", type);
    body.put("startsAt", MINUTES.format(start));
    body.put("endsAt", MINUTES.format(start.plusHours(3)));
    body.put("organiser", specialCommittee == null ? "OFFICE" : "SPECIAL_COMMITTEE");
    if (specialCommittee != null) {
      body.put("specialCommitteeId", specialCommittee);
    }
    return body;
  }

  private static Map<String, Object> outcomeBody(long activity, String kind, Long unit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("content", "隔离成果" + tag());
    body.put("activityId", activity);
    body.put("kind", kind);
    if (unit != null) {
      body.put("unitId", unit);
    }
    return body;
  }

  private static Map<String, Object> projectBody(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("investor", "隔离投资方");
    body.put("leadOn", "2024-02-01");
    body.put("industry", "AGRICULTURE_FOOD");
    body.put("totalInvestment", "1000.00");
    return body;
  }

  private static byte[] pdf() {
    return "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}
