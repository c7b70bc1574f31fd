package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;

/**
 * Every write is checked against the writer's data scope before anything is kept: a refused write
 * answers 403 or 404 and leaves no row and no history behind. On H2 ({@link WriteScopeH2Test}) and
 * PostgreSQL ({@link WriteScopePostgresTest}).
 */
abstract class WriteScopeScenarios extends IntegrationTestSupport {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  static final String PROPOSALS_COMMITTEE = "提案委员会";

  @Test
  void aCommitteeClerkCannotAddAnOutcomeToAnotherCommitteesActivity() {
    long other = activity(proposalsCommitteeId());
    long own = activity(economyCommitteeId());
    Http clerk = as(COMMITTEE_STAFF);
    long rowsBefore = count("activity_outcome");
    long historyBefore = history("activity_outcome");

    Http.Response refused = clerk.postJson("/api/v1/activity-outcomes", outcome(other));
    assertThat(refused.status()).as(refused.toString()).isIn(403, 404);
    assertThat(refused.contentType()).startsWith(RoleMatrix.PROBLEM_JSON);
    assertThat(count("activity_outcome")).as("no outcome kept").isEqualTo(rowsBefore);
    assertThat(history("activity_outcome")).as("no history kept").isEqualTo(historyBefore);

    // Retrying changes nothing either.
    assertThat(clerk.postJson("/api/v1/activity-outcomes", outcome(other)).status()).isIn(403, 404);
    assertThat(count("activity_outcome")).isEqualTo(rowsBefore);

    long created = created(clerk.postJson("/api/v1/activity-outcomes", outcome(own)));
    assertThat(clerk.get("/api/v1/activity-outcomes/" + created).status()).isEqualTo(200);
    assertThat(count("activity_outcome")).isEqualTo(rowsBefore + 1);
  }

  @Test
  void onlyTheOfficeAndTheKeepingCommitteesClerksWriteInvestmentRecords() {
    // The test contexts name the economy committee as keeping investment records; the proposals
    // committee does not.
    Http other = proposalsClerk();
    long project = created(admin().postJson(PROJECTS, projectBody("范围项目" + tag())));
    long problem =
        created(
            admin().postJson("/api/v1/rectifications", problemOnProject(project, "范围问题" + tag())));
    List<String> tables =
        List.of(
            "investment_project",
            "project_move",
            "project_year_target",
            "project_ledger",
            "project_milestone",
            "planned_project",
            "rectification",
            "history_entry");
    Map<String, Long> before = counts(tables);
    Map<String, Object> edit = projectBody("范围项目改名" + tag());
    edit.put("version", admin().get(PROJECTS + "/" + project).json().path("version").asInt());

    assertThat(other.get(PROJECTS + "/" + project).status()).as("reads stay").isEqualTo(200);
    Map<String, Http.Response> refused = new LinkedHashMap<>();
    refused.put("create", other.postJson(PROJECTS, projectBody("他委新建" + tag())));
    refused.put("replace", other.putJson(PROJECTS + "/" + project, edit));
    refused.put(
        "advance",
        other.postJson(
            PROJECTS + "/" + project + "/advance",
            Map.of("stage", "ASSESSED", "on", "2020-03-01")));
    refused.put(
        "ledger",
        other.postJson(
            PROJECTS + "/" + project + "/ledger",
            Map.of("year", 2020, "month", 1, "planned", "100000.00", "completed", "80000.00")));
    refused.put(
        "target",
        other.postJson(
            PROJECTS + "/" + project + "/target", Map.of("year", 2020, "target", "1000000.00")));
    refused.put(
        "milestone",
        other.postJson(
            "/api/v1/project-milestones",
            Map.of("name", "他委节点" + tag(), "projectId", project, "plannedOn", "2020-06-30")));
    refused.put(
        "planned project",
        other.postJson(
            "/api/v1/planned-projects",
            Map.of(
                "name",
                "他委谋划" + tag(),
                "planYear",
                2020,
                "totalInvestment",
                "8000",
                "industry",
                "LOGISTICS")));
    refused.put(
        "raise on project",
        other.postJson("/api/v1/rectifications", problemOnProject(project, "他委问题" + tag())));
    refused.put(
        "assign problem on project",
        other.postJson(
            "/api/v1/rectifications/" + problem + "/assign",
            Map.of(
                "unitId",
                ownUnitId(),
                "dueOn",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .plusDays(30)
                    .toString())));
    refused.put(
        "import", other.upload(PROJECTS + "/import", "项目.csv", "名称\n".getBytes(), Map.of()));
    refused.forEach(
        (what, response) -> {
          assertThat(response.status()).as("%s: %s", what, response).isEqualTo(403);
          assertThat(response.contentType()).as(what).startsWith(RoleMatrix.PROBLEM_JSON);
        });
    assertThat(counts(tables)).as("nothing written").isEqualTo(before);

    // The keeping committee's clerk does.
    Http keeper = as(COMMITTEE_STAFF);
    long kept = created(keeper.postJson(PROJECTS, projectBody("本委新建" + tag())));
    assertThat(
            keeper
                .postJson(
                    PROJECTS + "/" + kept + "/advance",
                    Map.of("stage", "ASSESSED", "on", "2020-03-01"))
                .status())
        .isEqualTo(200);

    // The page offers the proposals clerk nothing to write.
    Http page = browser(PROPOSALS_CLERK, PASSWORD);
    assertThat(page.get("/registry/investment-projects/new").status()).isEqualTo(403);
    String show = page.get("/registry/investment-projects/" + project).text();
    assertThat(show).doesNotContain("/registry/investment-projects/" + project + "/edit");
  }

  @Test
  void aMemberReadsNoOtherMembersLeaveReasonThroughTheApiAsOnThePage() {
    long other = memberOutsideScope();
    String otherUser = "it-other-member";
    synchronized (WriteScopeScenarios.class) {
      if (!accounts.exists(otherUser)) {
        systemActor.run(
            () ->
                accounts.create(
                    otherUser,
                    "另一委员",
                    new Accounts.Binding(Role.MEMBER, other, null, null),
                    PASSWORD,
                    false));
      }
    }
    LocalDateTime start = LocalDateTime.of(2018, 6, 1, 9, 0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "请假理由" + tag());
    body.put("typeId", idOf("activity_type", "调研"));
    body.put("startsAt", MINUTES.format(start));
    body.put("endsAt", MINUTES.format(start.plusHours(2)));
    body.put("organiser", "OFFICE");
    long activity = created(admin().postJson("/api/v1/activities", body));
    Http.Response invited =
        admin()
            .postJson(
                "/api/v1/activities/" + activity + "/invitations",
                Map.of("memberIds", List.of(ownMemberId(), other)));
    assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
    String secret = "家中私事" + tag();
    Http.Response leave =
        Http.basic(port, otherUser, PASSWORD)
            .postJson("/api/v1/activities/" + activity + "/leave", Map.of("reason", secret));
    assertThat(leave.status()).as(leave.toString()).isBetween(200, 204);

    Http.Response asMember = as(MEMBER).get("/api/v1/activities/" + activity + "/participants");
    assertThat(asMember.status()).isEqualTo(200);
    assertThat(asMember.text()).doesNotContain(secret);
    assertThat(browserAs(MEMBER).get("/registry/activities/" + activity).text())
        .doesNotContain(secret);
    // Whoever organises reads it in both.
    assertThat(browserAs(STAFF).get("/registry/activities/" + activity).text()).contains(secret);
    assertThat(as(STAFF).get("/api/v1/activities/" + activity + "/participants").text())
        .contains(secret);
    // The one who asked reads their own.
    assertThat(
            Http.basic(port, otherUser, PASSWORD)
                .get("/api/v1/activities/" + activity + "/participants")
                .text())
        .contains(secret);
  }

  // ---- fixtures ----

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  static final String PROJECTS = "/api/v1/investment-projects";
  static final String PROPOSALS_CLERK = "it-proposals-clerk";

  /** A clerk of the proposals committee, which does not keep investment records. */
  Http proposalsClerk() {
    synchronized (WriteScopeScenarios.class) {
      if (!accounts.exists(PROPOSALS_CLERK)) {
        long committee = proposalsCommitteeId();
        systemActor.run(
            () ->
                accounts.create(
                    PROPOSALS_CLERK,
                    "提案委干事",
                    new Accounts.Binding(Role.COMMITTEE_STAFF, null, null, committee),
                    PASSWORD,
                    false));
      }
    }
    return Http.basic(port, PROPOSALS_CLERK, PASSWORD);
  }

  Map<String, Long> counts(List<String> tables) {
    Map<String, Long> counts = new LinkedHashMap<>();
    tables.forEach(table -> counts.put(table, count(table)));
    return counts;
  }

  Map<String, Object> projectBody(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("investor", "集成测试投资方");
    body.put("leadOn", "2020-02-01");
    body.put("industry", "AGRICULTURE_FOOD");
    body.put("totalInvestment", "1000");
    return body;
  }

  long history(String recordType) {
    return jdbc.sql("select count(*) from history_entry where record_type = :t")
        .param("t", recordType)
        .query(Long.class)
        .single();
  }

  Map<String, Object> outcome(long activityId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("content", "范围成果" + tag());
    body.put("activityId", activityId);
    body.put("kind", "OTHER");
    return body;
  }

  long activity(long specialCommitteeId) {
    LocalDateTime start = LocalDateTime.of(2021, 6, 1, 9, 0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "范围活动" + tag());
    body.put("typeId", idOf("activity_type", "调研"));
    body.put("startsAt", MINUTES.format(start));
    body.put("endsAt", MINUTES.format(start.plusHours(2)));
    body.put("organiser", "SPECIAL_COMMITTEE");
    body.put("specialCommitteeId", specialCommitteeId);
    return created(admin().postJson("/api/v1/activities", body));
  }

  long proposalsCommitteeId() {
    return jdbc.sql(
            "select s.id from special_committee s join committee c on c.id = s.committee_id"
                + " where s.name = :name and c.name = :committee")
        .param("name", PROPOSALS_COMMITTEE)
        .param("committee", DEMO_COMMITTEE)
        .query(Long.class)
        .single();
  }
}
