package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.ADMIN;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;
import static org.lvzhi.system.Role.LEADER;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Opinion reports, bulletins, adoptions and outputs through the API: the whole road of a report
 * from a member's draft to a published bulletin issue read back as .docx, every move by every role
 * (legal, 403, 409, 404 out of scope), bulletin numbering that never renumbers, adoptions and
 * instructions with their notices, the metrics per period and committee, and the outputs' scope. On
 * H2 ({@link OpinionH2Test}) and PostgreSQL ({@link OpinionPostgresTest}). Reports here are dated
 * in 2002 and bulletins use years after 2040, away from the demo's year.
 */
abstract class OpinionScenarios extends IntegrationTestSupport {

  private static final String REPORTS = "/api/v1/opinion-reports";
  private static final String BULLETINS = "/api/v1/bulletins";

  // ---------------------------------------------------------------------------------------------
  // The road of one report
  // ---------------------------------------------------------------------------------------------

  @Test
  void aMembersReportIsScreenedEditedReviewedSignedOffAndPublishedInABulletinReadBackAsDocx()
      throws IOException {
    Http member = as(MEMBER);
    Http staff = as(STAFF);
    String title = "关于农村养老服务的建议" + tag();
    long id = saved(member, title, "农村养老服务点覆盖不足。\n建议统筹布局。");
    assertThat(workflow(id).path("status").asString()).isEqualTo("SAVED");

    assertThat(member.postJson(REPORTS + "/" + id + "/submit", Map.of("on", "2002-03-01")).status())
        .isEqualTo(200);
    assertThat(titlesOf("it-staff")).contains("新报送的社情民意信息：" + title);

    JsonNode edited =
        staff
            .postJson(REPORTS + "/" + id + "/edit", Map.of("editedContent", "编辑后的正文。\n第二段。"))
            .json();
    assertThat(edited.path("status").asString()).isEqualTo("EDITED");
    assertThat(edited.path("content").asString()).as("the original is kept").startsWith("农村养老");
    assertThat(staff.postJson(REPORTS + "/" + id + "/review", Map.of()).status()).isEqualTo(200);
    assertThat(
            as(LEADER)
                .postJson(REPORTS + "/" + id + "/sign-off", Map.of())
                .json()
                .path("status")
                .asString())
        .isEqualTo("SIGNED_OFF");

    long bulletin = bulletin(staff, 2041);
    JsonNode issue =
        staff.postJson(BULLETINS + "/" + bulletin + "/reports", Map.of("reportId", id)).json();
    assertThat(issue.path("reports").size()).isEqualTo(1);
    long other = signedOff("关于乡村道路安全的建议" + tag());
    staff.postJson(BULLETINS + "/" + bulletin + "/reports", Map.of("reportId", other));
    JsonNode published =
        staff.postJson(BULLETINS + "/" + bulletin + "/publish", Map.of("on", "2002-04-01")).json();
    assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
    assertThat(workflow(id).path("status").asString()).isEqualTo("PUBLISHED");
    assertThat(workflow(id).path("publishedOn").asString()).isEqualTo("2002-04-01");
    assertThat(titlesOf("member")).contains("社情民意信息已刊发：" + title);

    Http.Response docx = staff.get(BULLETINS + "/" + bulletin + "/issue.docx");
    assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      int number = published.path("number").asInt();
      assertThat(texts.get(0)).isEqualTo("社情民意");
      assertThat(texts).contains("2041年第" + number + "期", "一、" + title, "编辑后的正文。", "第二段。");
      assertThat(texts.indexOf("一、" + title))
          .as("the reports in their order")
          .isLessThan(texts.lastIndexOf("二、" + titleOf(other)));
      XWPFRun body = document.getParagraphs().get(texts.indexOf("编辑后的正文。")).getRuns().get(0);
      assertThat(body.getFontFamily()).isEqualTo("仿宋_GB2312");
      assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
      XWPFRun heading =
          document.getParagraphs().get(texts.lastIndexOf("一、" + title)).getRuns().get(0);
      assertThat(heading.getFontFamily()).isEqualTo("黑体");
      assertThat(document.getFooterList()).isNotEmpty();
    }

    List<String> actions = strings(admin().get(REPORTS + "/" + id + "/history").json(), "action");
    assertThat(actions)
        .contains(
            "OPINION_SUBMIT",
            "OPINION_EDIT",
            "OPINION_REVIEW",
            "OPINION_SIGN_OFF",
            "OPINION_COMPILE",
            "OPINION_PUBLISH");
  }

  @Test
  void theOfficeMayNotAdoptAReportSayingWhyAndTheMemberIsTold() {
    long id = submitted("不予采用的信息" + tag());
    Http staff = as(STAFF);
    Http.Response missing =
        staff.postJson(REPORTS + "/" + id + "/not-adopt", Map.of("reason", " "));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fieldErrors()).containsKey("reason");
    JsonNode done =
        staff.postJson(REPORTS + "/" + id + "/not-adopt", Map.of("reason", "内容与已采用信息重复")).json();
    assertThat(done.path("status").asString()).isEqualTo("NOT_ADOPTED");
    assertThat(bodiesOf("member")).contains("您报送的信息未被采用。理由：内容与已采用信息重复");
    // Nothing further: every move refused with 409.
    for (String move : List.of("edit", "review", "submit", "withdraw")) {
      assertThat(
              staff
                  .postJson(REPORTS + "/" + id + "/" + move, Map.of("editedContent", "x"))
                  .status())
          .as(move)
          .isEqualTo(409);
    }
  }

  @Test
  void illegalMovesAreRefusedWith409FromEveryStateAndChangeNothing() {
    Http staff = as(STAFF);
    Http member = as(MEMBER);
    Http leader = as(LEADER);
    long id = saved(member, "非法操作" + tag(), "正文");
    assertThat(staff.postJson(REPORTS + "/" + id + "/edit", Map.of("editedContent", "x")).status())
        .isEqualTo(409);
    assertThat(staff.postJson(REPORTS + "/" + id + "/review", Map.of()).status()).isEqualTo(409);
    assertThat(leader.postJson(REPORTS + "/" + id + "/sign-off", Map.of()).status()).isEqualTo(409);
    assertThat(member.postJson(REPORTS + "/" + id + "/withdraw", Map.of()).status()).isEqualTo(409);
    member.postJson(REPORTS + "/" + id + "/submit", Map.of("on", "2002-05-01"));
    Http.Response conflict = member.postJson(REPORTS + "/" + id + "/submit", Map.of());
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().path("detail").asString()).isEqualTo("只有暂存的信息可以报送。");
    assertThat(leader.postJson(REPORTS + "/" + id + "/sign-off", Map.of()).status()).isEqualTo(409);
    // Once submitted, the member's text is fixed: change and delete refused.
    Map<String, Object> change = new HashMap<>(Map.of("title", "改了", "content", "改了"));
    change.put("leadMemberId", ownMemberId());
    change.put("version", workflow(id).path("version").asInt());
    Http.Response fixed = member.putJson(REPORTS + "/" + id, change);
    assertThat(fixed.status()).as(fixed.toString()).isEqualTo(409);
    int version = workflow(id).path("version").asInt();
    assertThat(member.delete(REPORTS + "/" + id + "?version=" + version).status()).isEqualTo(409);
    // Withdrawn, it may be changed and submitted again.
    assertThat(member.postJson(REPORTS + "/" + id + "/withdraw", Map.of()).status()).isEqualTo(200);
    change.put("version", workflow(id).path("version").asInt());
    assertThat(member.putJson(REPORTS + "/" + id, change).status()).isEqualTo(200);
    assertThat(workflow(id).path("title").asString()).isEqualTo("改了");
    // A future date is a 400 naming the field; nothing saved.
    Http.Response future =
        member.postJson(REPORTS + "/" + id + "/submit", Map.of("on", "2999-01-01"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fieldErrors()).containsKey("on");
    assertThat(workflow(id).path("status").asString()).isEqualTo("SAVED");
    // Reviewed and signed off: the edit and review moves are refused.
    long signed = signedOff("已签发" + tag());
    assertThat(
            staff.postJson(REPORTS + "/" + signed + "/edit", Map.of("editedContent", "x")).status())
        .isEqualTo(409);
    assertThat(leader.postJson(REPORTS + "/" + signed + "/sign-off", Map.of()).status())
        .isEqualTo(409);
  }

  @Test
  void aMemberSeesAndSubmitsOnlyTheirOwnReportsAndOnlyInTheirOwnName() {
    Http member = as(MEMBER);
    long others = saved(as(STAFF), "他人的信息" + tag(), "正文", memberOutsideScope());
    assertThat(member.get(REPORTS + "/" + others).status()).isEqualTo(404);
    assertThat(member.postJson(REPORTS + "/" + others + "/submit", Map.of()).status())
        .isEqualTo(404);
    Http.Response notSelf =
        member.postJson(
            REPORTS,
            Map.of("title", "冒名" + tag(), "content", "正文", "leadMemberId", memberOutsideScope()));
    assertThat(notSelf.status()).isEqualTo(400);
    assertThat(notSelf.fieldErrors()).containsKey("leadMemberId");
    long own = saved(member, "本人的信息" + tag(), "正文");
    List<Long> listed = longs(member.get(REPORTS + "?size=100").json().path("rows"), "id");
    assertThat(listed).contains(own).doesNotContain(others);
    assertThat(as(UNIT).get(REPORTS).status()).isEqualTo(403);
    assertThat(as(COMMITTEE_STAFF).get(REPORTS + "/" + own).status()).isEqualTo(403);
  }

  // ---------------------------------------------------------------------------------------------
  // Every move by every role
  // ---------------------------------------------------------------------------------------------

  enum Move {
    VIEW("SAVED", null),
    SUBMIT("SAVED", "submit"),
    WITHDRAW("SUBMITTED", "withdraw"),
    EDIT("SUBMITTED", "edit"),
    NOT_ADOPT("SUBMITTED", "not-adopt"),
    REVIEW("EDITED", "review"),
    SIGN_OFF("REVIEWED", "sign-off"),
    ADOPT("SIGNED_OFF", null);

    final String from;
    final String path;

    Move(String from, String path) {
      this.from = from;
      this.path = path;
    }
  }

  /** Columns: ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR. */
  private static final Map<Move, int[]> MOVES = new LinkedHashMap<>();

  static {
    MOVES.put(Move.VIEW, new int[] {200, 200, 403, 200, 200, 403, 200});
    MOVES.put(Move.SUBMIT, new int[] {200, 200, 403, 403, 200, 403, 403});
    MOVES.put(Move.WITHDRAW, new int[] {200, 200, 403, 403, 200, 403, 403});
    MOVES.put(Move.EDIT, new int[] {200, 200, 403, 403, 403, 403, 403});
    MOVES.put(Move.NOT_ADOPT, new int[] {200, 200, 403, 403, 403, 403, 403});
    MOVES.put(Move.REVIEW, new int[] {200, 200, 403, 403, 403, 403, 403});
    MOVES.put(Move.SIGN_OFF, new int[] {200, 403, 403, 200, 403, 403, 403});
    MOVES.put(Move.ADOPT, new int[] {201, 201, 403, 403, 403, 403, 403});
  }

  static Stream<Arguments> moves() {
    return RoleMatrix.cases(MOVES);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("moves")
  void everyRoleMayMakeOnlyItsMoves(Role role, Move move, int expected) {
    long id = inState(move.from, "矩阵" + move + tag());
    Http http = role == ADMIN ? as(ADMIN) : as(role);
    Http.Response response;
    if (move == Move.VIEW) {
      response = http.get(REPORTS + "/" + id);
    } else if (move == Move.ADOPT) {
      response =
          http.postJson(
              "/api/v1/adoptions/opinion_report/" + id + "/adoptions",
              Map.of("level", "CITY", "body", "市委办公室", "on", "2002-06-01"));
    } else {
      response =
          http.postJson(
              REPORTS + "/" + id + "/" + move.path,
              Map.of("editedContent", "编辑稿", "reason", "不予采用", "on", "2002-02-01"));
    }
    RoleMatrix.checkApi(role, move, response, expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Bulletins
  // ---------------------------------------------------------------------------------------------

  @Test
  void issuesOfOneYearAreNumberedOneTwoAndDeletingOrUnpublishingNeverRenumbers() {
    Http staff = as(STAFF);
    int year = 2042 + (int) (Math.abs(tag().hashCode()) % 50);
    long first = bulletin(staff, year);
    long second = bulletin(staff, year);
    assertThat(number(first)).isEqualTo(1);
    assertThat(number(second)).isEqualTo(2);
    // Deleting the last issue does not give its number again.
    assertThat(staff.delete(BULLETINS + "/" + second + "?version=" + version(second)).status())
        .isEqualTo(204);
    long third = bulletin(staff, year);
    assertThat(number(third)).isEqualTo(3);
    // Publishing and withdrawing keeps the number; an empty issue cannot be published.
    assertThat(staff.postJson(BULLETINS + "/" + first + "/publish", Map.of()).status())
        .isEqualTo(409);
    long report = signedOff("编号测试" + tag());
    staff.postJson(BULLETINS + "/" + first + "/reports", Map.of("reportId", report));
    assertThat(staff.postJson(BULLETINS + "/" + first + "/publish", Map.of()).status())
        .isEqualTo(200);
    assertThat(staff.delete(BULLETINS + "/" + first + "?version=" + version(first)).status())
        .isEqualTo(409);
    assertThat(staff.postJson(BULLETINS + "/" + first + "/unpublish", Map.of()).status())
        .isEqualTo(200);
    assertThat(number(first)).isEqualTo(1);
    assertThat(workflow(report).path("status").asString()).isEqualTo("SIGNED_OFF");
    // A report is in one issue at most; only a signed-off one goes in.
    assertThat(
            staff
                .postJson(BULLETINS + "/" + third + "/reports", Map.of("reportId", report))
                .status())
        .isEqualTo(409);
    long draft = saved(as(MEMBER), "未签发" + tag(), "正文");
    assertThat(
            staff
                .postJson(BULLETINS + "/" + third + "/reports", Map.of("reportId", draft))
                .status())
        .isEqualTo(409);
    // The name must be a configured one; members and leaders cannot create issues.
    Http.Response unknown = staff.postJson(BULLETINS, Map.of("name", "不存在的刊物", "issueYear", year));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(as(LEADER).postJson(BULLETINS, Map.of("name", "社情民意", "issueYear", year)).status())
        .isEqualTo(403);
    assertThat(as(MEMBER).get(BULLETINS + "/" + first).status()).isEqualTo(403);
  }

  // ---------------------------------------------------------------------------------------------
  // Adoptions, instructions and metrics
  // ---------------------------------------------------------------------------------------------

  @Test
  void adoptionsAndInstructionsAreRecordedCountedByLevelAndPeriodAndTheAuthorIsTold() {
    Http staff = as(STAFF);
    long id = signedOff("被采用的信息" + tag());
    String adoptions = "/api/v1/adoptions/opinion_report/" + id;
    long before = metric("opinion.adopted", "2003-01-01", "2003-12-31", "&level=PROVINCE");
    long instructionsBefore = metric("opinion.instructions", "2003-01-01", "2003-12-31", "");
    assertThat(
            staff
                .postJson(
                    adoptions + "/adoptions",
                    Map.of("level", "PROVINCE", "body", "省政协办公厅", "on", "2003-05-06"))
                .status())
        .isEqualTo(201);
    assertThat(
            staff
                .postJson(
                    adoptions + "/instructions",
                    Map.of(
                        "level",
                        "CITY",
                        "leader",
                        "市委书记",
                        "content",
                        "请有关部门研究。",
                        "on",
                        "2003-05-08"))
                .status())
        .isEqualTo(201);
    Http.Response future =
        staff.postJson(
            adoptions + "/adoptions", Map.of("level", "CITY", "body", "市委", "on", "2999-01-01"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fieldErrors()).as(future.toString()).containsKey("on");
    Http.Response noBody = staff.postJson(adoptions + "/adoptions", Map.of("level", "CITY"));
    assertThat(noBody.fieldErrors()).containsKey("body");
    JsonNode outcomes = as(MEMBER).get(adoptions).json();
    assertThat(outcomes.path("adoptions").size()).isEqualTo(1);
    assertThat(outcomes.path("instructions").get(0).path("leader").asString()).isEqualTo("市委书记");
    assertThat(titlesOf("member")).contains("已被采用：" + titleOf(id), "获得领导批示：" + titleOf(id));
    assertThat(metric("opinion.adopted", "2003-01-01", "2003-12-31", "&level=PROVINCE"))
        .isEqualTo(before + 1);
    assertThat(metric("opinion.adopted", "2003-05-07", "2003-12-31", "&level=PROVINCE"))
        .as("outside the period")
        .isEqualTo(metric("opinion.adopted", "2003-05-07", "2003-12-31", "&level=PROVINCE"));
    assertThat(metric("opinion.instructions", "2003-01-01", "2003-12-31", ""))
        .isEqualTo(instructionsBefore + 1);
    // A report not yet signed off takes no adoption.
    long draft = submitted("未签发的" + tag());
    assertThat(
            staff
                .postJson(
                    "/api/v1/adoptions/opinion_report/" + draft + "/adoptions",
                    Map.of("level", "CITY", "body", "市委"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void submittedAndPublishedCountInTheirPeriodBothDaysIncluded() {
    long before = metric("opinion.submitted", "2004-03-01", "2004-03-31", "");
    long first = saved(as(MEMBER), "三月一日" + tag(), "正文");
    as(MEMBER).postJson(REPORTS + "/" + first + "/submit", Map.of("on", "2004-03-01"));
    long last = saved(as(MEMBER), "三月末" + tag(), "正文");
    as(MEMBER).postJson(REPORTS + "/" + last + "/submit", Map.of("on", "2004-03-31"));
    long april = saved(as(MEMBER), "四月" + tag(), "正文");
    as(MEMBER).postJson(REPORTS + "/" + april + "/submit", Map.of("on", "2004-04-01"));
    saved(as(MEMBER), "未报送" + tag(), "正文");
    assertThat(metric("opinion.submitted", "2004-03-01", "2004-03-31", "")).isEqualTo(before + 2);
  }

  @Test
  void theStatisticsCountTheYearsReportsByStatusAndItsAdoptionsByLevel() {
    JsonNode before = as(LEADER).get("/api/v1/opinion/statistics?year=2007").json();
    long published = signedOff("统计" + tag());
    // Submitted in 2007 and not adopted: counted in 2007's figures by its status.
    long submitted = saved(as(MEMBER), "统计报送" + tag(), "正文");
    ok(as(MEMBER).postJson(REPORTS + "/" + submitted + "/submit", Map.of("on", "2007-02-02")));
    ok(as(STAFF).postJson(REPORTS + "/" + submitted + "/not-adopt", Map.of("reason", "重复")));
    assertThat(
            as(STAFF)
                .postJson(
                    "/api/v1/adoptions/opinion_report/" + published + "/adoptions",
                    Map.of("level", "NATIONAL", "body", "全国政协办公厅", "on", "2007-03-03"))
                .status())
        .isEqualTo(201);
    JsonNode after = as(LEADER).get("/api/v1/opinion/statistics?year=2007").json();
    assertThat(after.path("byStatus").path("NOT_ADOPTED").asLong())
        .isEqualTo(before.path("byStatus").path("NOT_ADOPTED").asLong() + 1);
    assertThat(after.path("submitted").asLong()).isEqualTo(before.path("submitted").asLong() + 1);
    assertThat(after.path("adoptionsByLevel").path("NATIONAL").asLong())
        .isEqualTo(before.path("adoptionsByLevel").path("NATIONAL").asLong() + 1);
    assertThat(as(LEADER).get("/api/v1/opinion/statistics?year=3000").status()).isEqualTo(400);
    assertThat(as(MEMBER).get("/api/v1/opinion/statistics").status()).isEqualTo(403);
    Http.Response page = browserAs(STAFF).get("/opinion/statistics?year=2007");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.text()).contains("社情民意统计", "id=\"opinion-by-status\"");
  }

  @Test
  void theMembersDutyRecordCountsTheirReportsByAdoptionLevelAndTheirOutputsByType() {
    long report = saved(as(MEMBER), "履职档案信息" + tag(), "正文");
    ok(as(MEMBER).postJson(REPORTS + "/" + report + "/submit", Map.of("on", "2008-02-02")));
    ok(as(STAFF).postJson(REPORTS + "/" + report + "/edit", Map.of("editedContent", "编辑稿")));
    ok(as(STAFF).postJson(REPORTS + "/" + report + "/review", Map.of()));
    ok(as(LEADER).postJson(REPORTS + "/" + report + "/sign-off", Map.of()));
    as(STAFF)
        .postJson(
            "/api/v1/adoptions/opinion_report/" + report + "/adoptions",
            Map.of("level", "CITY", "body", "市委办", "on", "2008-03-03"));
    Map<String, Object> output = new HashMap<>();
    output.put("title", "调研感言" + tag());
    output.put("outputType", "RESEARCH_REFLECTION");
    output.put("authors", List.of(ownMemberId()));
    output.put("outputOn", "2008-04-01");
    created(as(MEMBER).postJson("/api/v1/outputs", output));
    JsonNode record =
        as(STAFF).get("/api/v1/members/" + ownMemberId() + "/duty-record?year=2008").json();
    Map<String, JsonNode> sections = new HashMap<>();
    record
        .path("sections")
        .forEach(section -> sections.put(section.path("title").asString(), section));
    assertThat(sections).containsKeys("社情民意信息", "履职成果");
    assertThat(count(sections.get("社情民意信息"), "CITY")).isEqualTo(1);
    assertThat(count(sections.get("履职成果"), "RESEARCH_REFLECTION")).isEqualTo(1);
  }

  static long count(JsonNode section, String tally) {
    for (JsonNode count : section.path("counts")) {
      if (tally.equals(count.path("tally").asString())) {
        return count.path("count").asLong();
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Outputs
  // ---------------------------------------------------------------------------------------------

  @Test
  void outputsAreOneRegisterWithATypeAMemberKeepsOwnAndTheOfficeAll() {
    Http member = as(MEMBER);
    Map<String, Object> own = new HashMap<>();
    own.put("title", "学习心得" + tag());
    own.put("outputType", "REFLECTION");
    own.put("authors", List.of(ownMemberId()));
    own.put("outputOn", "2005-06-01");
    own.put("excellent", true);
    long mine = created(member.postJson("/api/v1/outputs", own));
    Map<String, Object> other = new HashMap<>(own);
    other.put("title", "他人调研报告" + tag());
    other.put("outputType", "RESEARCH_REPORT");
    other.put("authors", List.of(memberOutsideScope()));
    long others = created(as(STAFF).postJson("/api/v1/outputs", other));
    assertThat(member.get("/api/v1/outputs/" + others).status()).isEqualTo(404);
    assertThat(member.get("/api/v1/outputs/" + mine).status()).isEqualTo(200);
    assertThat(member.postJson("/api/v1/outputs", other).status())
        .as("not their own")
        .isEqualTo(403);
    Map<String, Object> speechUse = new HashMap<>(own);
    speechUse.put("speechUse", "ORAL");
    Http.Response refused = member.postJson("/api/v1/outputs", speechUse);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fieldErrors()).containsKey("speechUse");
    Map<String, Object> future = new HashMap<>(own);
    future.put("outputOn", "2999-01-01");
    assertThat(member.postJson("/api/v1/outputs", future).fieldErrors()).containsKey("outputOn");
    assertThat(as(UNIT).get("/api/v1/outputs").status()).isEqualTo(403);
    assertThat(
            metric("output.count", "2005-06-01", "2005-06-01", "&type=REFLECTION&excellent=true"))
        .isGreaterThanOrEqualTo(1);
    long adoptedBefore =
        metric("output.count", "2005-01-01", "2005-12-31", "&adoptionLevel=NATIONAL");
    assertThat(
            as(STAFF)
                .postJson(
                    "/api/v1/adoptions/output/" + others + "/adoptions",
                    Map.of("level", "NATIONAL", "body", "全国政协", "on", "2005-07-01"))
                .status())
        .isEqualTo(201);
    assertThat(metric("output.count", "2005-01-01", "2005-12-31", "&adoptionLevel=NATIONAL"))
        .isEqualTo(adoptedBefore + 1);
    assertThat(
            member
                .postJson(
                    "/api/v1/adoptions/output/" + mine + "/adoptions",
                    Map.of("level", "NATIONAL", "body", "全国政协"))
                .status())
        .isEqualTo(403);
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures
  // ---------------------------------------------------------------------------------------------

  long saved(Http http, String title, String content) {
    return saved(http, title, content, ownMemberId());
  }

  long saved(Http http, String title, String content, long lead) {
    return created(
        http.postJson(REPORTS, Map.of("title", title, "content", content, "leadMemberId", lead)));
  }

  long submitted(String title) {
    long id = saved(as(MEMBER), title, "正文");
    ok(as(MEMBER).postJson(REPORTS + "/" + id + "/submit", Map.of("on", "2002-02-01")));
    return id;
  }

  long signedOff(String title) {
    return inState("SIGNED_OFF", title);
  }

  /** A report of the MEMBER account's member moved to {@code status}. */
  long inState(String status, String title) {
    List<String> road = List.of("SAVED", "SUBMITTED", "EDITED", "REVIEWED", "SIGNED_OFF");
    long id = saved(as(MEMBER), title, "正文");
    int steps = road.indexOf(status);
    if (steps >= 1) {
      ok(as(MEMBER).postJson(REPORTS + "/" + id + "/submit", Map.of("on", "2002-02-01")));
    }
    if (steps >= 2) {
      ok(as(STAFF).postJson(REPORTS + "/" + id + "/edit", Map.of("editedContent", "编辑稿")));
    }
    if (steps >= 3) {
      ok(as(STAFF).postJson(REPORTS + "/" + id + "/review", Map.of()));
    }
    if (steps >= 4) {
      ok(as(LEADER).postJson(REPORTS + "/" + id + "/sign-off", Map.of()));
    }
    return id;
  }

  long bulletin(Http staff, int year) {
    return created(staff.postJson(BULLETINS, Map.of("name", "社情民意", "issueYear", year)));
  }

  int number(long bulletin) {
    return admin().get(BULLETINS + "/" + bulletin + "/issue").json().path("number").asInt();
  }

  int version(long bulletin) {
    return admin().get(BULLETINS + "/" + bulletin).json().path("version").asInt();
  }

  JsonNode workflow(long id) {
    Http.Response response = admin().get(REPORTS + "/" + id + "/workflow");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  String titleOf(long id) {
    return workflow(id).path("title").asString();
  }

  long metric(String name, String from, String to, String filters) {
    Http.Response response =
        as(STAFF).get("/api/v1/metrics/" + name + "?from=" + from + "&to=" + to + filters);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("value").asLong();
  }

  static void ok(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
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
}
