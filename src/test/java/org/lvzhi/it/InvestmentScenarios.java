package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.lvzhi.system.Role.ADMIN;
import static org.lvzhi.system.Role.AUDITOR;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;
import static org.lvzhi.system.Role.LEADER;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.lvzhi.shared.CreditCode;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Investment projects through the API: the stage machine (legal and illegal moves, suspension and
 * resumption), the counting rules as the metric catalogue reads them, the seed's 50.07 %, the
 * red/amber/green flag (ledger, overdue problems through the rectification API, overdue
 * milestones), the credit-code check, the ledger import (all or nothing), the role × endpoint
 * matrix and the data scopes of members and units. On H2 ({@link InvestmentH2Test}) and PostgreSQL
 * ({@link InvestmentPostgresTest}).
 *
 * <p>The demo loads the current year; every test here works in a past year of its own, so no test's
 * records enter another's figures: 2003 list and export, 2004 planned projects, 2006 statistics,
 * 2007 ledger input, 2008 start rate, 2009–2010 landing, 2011–2013 signing, 2014–2015 flags, 2016
 * stages, 2017 validation, 2018 the seed's case, 2019 import, 2020 matrix and scopes.
 */
abstract class InvestmentScenarios extends IntegrationTestSupport {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROJECTS = "/api/v1/investment-projects";
  private static final Role[] ROLES = RoleMatrix.ROLES;
  private static final Map<String, Http> SESSIONS = new ConcurrentHashMap<>();

  /** Shepherded by the MEMBER account's member, the UNIT account's unit responsible. */
  static final String OWN_FIXTURE = "集成测试·本单位包抓项目";

  /** Shepherded by a member outside every test account's scope, another unit responsible. */
  static final String OTHER_FIXTURE = "集成测试·他单位包抓项目";

  // ---------------------------------------------------------------------------------------------
  // The stage machine
  // ---------------------------------------------------------------------------------------------

  @Test
  void theStageMachineMovesForwardRefusesIllegalMovesWithTheReasonAndRecordsEveryMove() {
    Http staff = as(STAFF);
    long id = project(staff, "阶段·食用菌加工" + tag(), "2016-03-01", Map.of());
    assertThat(get(id).path("stage").asString()).isEqualTo("LEAD");
    ok(advance(staff, id, "ASSESSED", "2016-03-10", "符合产业政策"));
    int version = get(id).path("version").asInt();

    // Illegal moves: 409, the reason in Chinese, nothing changed.
    refused(advance(staff, id, "LEAD", "2016-03-11", null), "项目只能向后推进，不能退回或停在原阶段。");
    refused(advance(staff, id, "ASSESSED", "2016-03-11", null), "项目只能向后推进，不能退回或停在原阶段。");
    refused(advance(staff, id, "SIGNED", "2016-03-11", null), "签约须登记签约金额和日期。");
    refused(advance(staff, id, "SUSPENDED", "2016-03-11", null), "暂停须写明原因。");
    refused(advance(staff, id, "REGISTERED", "2016-03-11", null), "项目尚未签约，不能推进到签约之后的阶段。");
    refused(advance(staff, id, "OPERATING", "2016-03-11", null), "项目尚未签约，不能推进到签约之后的阶段。");
    refused(increase(staff, id, "800", "2016-03-11"), "项目尚未签约，请先登记签约。");
    refused(resume(staff, id, "2016-03-11"), "项目没有暂停，无需恢复。");
    refused(sign(staff, id, "0", "2016-03-11", false), "签约金额须大于零。");
    refused(suspend(staff, id, "  ", "2016-03-11"), "暂停须写明原因。");
    refused(advance(staff, id, "NEGOTIATING", null, null), "请填写日期。");
    // Input that is not a move at all: 400 with the field.
    Http.Response words = sign(staff, id, "五百", "2016-04-01", false);
    assertThat(words.status()).as(words.toString()).isEqualTo(400);
    assertThat(words.fieldErrors())
        .containsExactly(
            entry(
                "amount",
                "“amount”应为以元计的金额字符串（最多两位小数，如 \"75990300.00\"，不超过 99999999999999.99），“五百”无效。"));
    Map<String, Object> noStage = new LinkedHashMap<>();
    noStage.put("on", "2016-04-01");
    Http.Response missing = staff.postJson(PROJECTS + "/" + id + "/advance", noStage);
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.fieldErrors()).containsExactly(entry("stage", "请选择阶段。"));
    JsonNode unchanged = get(id);
    assertThat(unchanged.path("stage").asString()).isEqualTo("ASSESSED");
    assertThat(unchanged.path("version").asInt()).isEqualTo(version);
    assertThat(unchanged.path("contractAmount").isNull()).isTrue();
    assertThat(moves(id)).hasSize(1);

    // Signing, then only an increase changes the contract.
    ok(sign(staff, id, "500", "2016-04-01", false));
    assertThat(get(id).path("stage").asString()).isEqualTo("SIGNED");
    assertThat(decimal(get(id).path("contractAmount"))).isEqualByComparingTo("5000000.00");
    refused(sign(staff, id, "600", "2016-04-02", false), "项目已签约；合同金额增加请登记为增资。");
    refused(increase(staff, id, "500", "2016-04-02"), "新的合同金额须大于原合同金额 500.00万元。");
    ok(increase(staff, id, "650.5", "2016-05-01"));
    assertThat(decimal(get(id).path("contractAmount"))).isEqualByComparingTo("6505000.00");
    assertThat(get(id).path("stage").asString()).isEqualTo("SIGNED");

    // Registering and landing on one day; never back.
    ok(advance(staff, id, "REGISTERED", "2016-06-01", null));
    ok(advance(staff, id, "LANDED", "2016-06-01", "入驻城东工业园区"));
    refused(advance(staff, id, "REGISTERED", "2016-06-02", null), "项目只能向后推进，不能退回或停在原阶段。");

    // Suspended from LANDED, with a reason; resumed where it stopped.
    ok(suspend(staff, id, "投资方资金链紧张，暂缓推进", "2016-07-01"));
    assertThat(get(id).path("stage").asString()).isEqualTo("SUSPENDED");
    refused(suspend(staff, id, "再次暂停", "2016-07-02"), "项目已经暂停。");
    refused(advance(staff, id, "OPERATING", "2016-07-02", null), "项目已暂停，请先恢复再推进。");
    refused(sign(staff, id, "100", "2016-07-02", false), "项目已暂停，请先恢复再签约。");
    ok(resume(staff, id, "2016-09-01"));
    assertThat(get(id).path("stage").asString()).isEqualTo("LANDED");
    assertThat(decimal(get(id).path("contractAmount"))).isEqualByComparingTo("6505000.00");
    ok(advance(staff, id, "OPERATING", "2016-12-01", null));
    refused(advance(staff, id, "STARTED", "2016-12-02", null), "项目只能向后推进，不能退回或停在原阶段。");
    refused(resume(staff, id, "2016-12-02"), "项目没有暂停，无需恢复。");

    // Every move, dated by the clerk and recorded with who made it.
    List<String> lines = new ArrayList<>();
    moves(id)
        .forEach(
            m ->
                lines.add(
                    m.path("from").asString()
                        + "→"
                        + m.path("to").asString()
                        + " "
                        + m.path("on").asString()
                        + " "
                        + text(m.path("note"))
                        + " "
                        + text(m.path("countedYuan"))
                        + " "
                        + text(m.path("firstSigning"))
                        + " "
                        + m.path("recordedBy").asString()));
    assertThat(lines)
        .containsExactly(
            "LEAD→ASSESSED 2016-03-10 符合产业政策 - - it-staff",
            "ASSESSED→SIGNED 2016-04-01 - 5000000.00 true it-staff",
            "SIGNED→SIGNED 2016-05-01 增资 150.50万元 1505000.00 false it-staff",
            "SIGNED→REGISTERED 2016-06-01 - - - it-staff",
            "REGISTERED→LANDED 2016-06-01 入驻城东工业园区 - - it-staff",
            "LANDED→SUSPENDED 2016-07-01 投资方资金链紧张，暂缓推进 - - it-staff",
            "SUSPENDED→LANDED 2016-09-01 - - - it-staff",
            "LANDED→OPERATING 2016-12-01 - - - it-staff");
    List<String> actions = strings(admin().get(PROJECTS + "/" + id + "/history").json(), "action");
    assertThat(actions).contains("ADVANCE", "SIGN", "INCREASE", "SUSPEND", "RESUME");
  }

  @Test
  void aLeadSuspendedBeforeSigningResumesAsALeadAndCanStillBeSigned() {
    Http staff = as(STAFF);
    long id = project(staff, "阶段·暂停的线索" + tag(), "2016-02-01", Map.of());
    ok(suspend(staff, id, "对方暂无投资意向", "2016-02-10"));
    ok(resume(staff, id, "2016-03-10"));
    assertThat(get(id).path("stage").asString()).isEqualTo("LEAD");
    ok(sign(staff, id, "120", "2016-04-10", false));
    assertThat(get(id).path("stage").asString()).isEqualTo("SIGNED");
  }

  @Test
  void theRegisterNeitherSetsTheStageNorTheContract() {
    Map<String, Object> body = projectBody("阶段·表单不能改阶段" + tag(), "2016-01-15");
    body.put("stage", "OPERATING");
    body.put("contractAmount", "999");
    JsonNode created = admin().postJson(PROJECTS, body).json();
    assertThat(created.path("stage").asString()).isEqualTo("LEAD");
    assertThat(created.path("contractAmount").isNull()).isTrue();
    assertThat(moves(created.path("id").asLong())).isEmpty();
  }

  @Test
  void editingAProjectKeepsItsStageAndContract() {
    Http staff = as(STAFF);
    long id = project(staff, "阶段·编辑后仍已签约" + tag(), "2016-01-20", Map.of());
    ok(sign(staff, id, "300", "2016-02-20", false));
    JsonNode before = get(id);
    Map<String, Object> edit = projectBody(before.path("name").asString(), "2016-01-20");
    edit.put("follower", "县招商服务中心");
    edit.put("version", before.path("version").asInt());
    Http.Response saved = staff.putJson(PROJECTS + "/" + id, edit);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    JsonNode after = get(id);
    assertThat(after.path("follower").asString()).isEqualTo("县招商服务中心");
    assertThat(after.path("stage").asString()).isEqualTo("SIGNED");
    assertThat(decimal(after.path("contractAmount"))).isEqualByComparingTo("3000000.00");
    // And the next move still sees the contract.
    refused(sign(staff, id, "300", "2016-03-01", false), "项目已签约；合同金额增加请登记为增资。");
  }

  @Test
  void theHistoryOfAnEditRecordsOnlyWhatChanged() {
    Http staff = as(STAFF);
    long id = project(staff, "阶段·编辑记录" + tag(), "2016-01-21", Map.of());
    ok(sign(staff, id, "300", "2016-02-21", false));
    JsonNode before = get(id);
    Map<String, Object> edit = projectBody(before.path("name").asString(), "2016-01-21");
    edit.put("follower", "县招商服务中心");
    edit.put("version", before.path("version").asInt());
    assertThat(staff.putJson(PROJECTS + "/" + id, edit).status()).isEqualTo(200);
    JsonNode update = admin().get(PROJECTS + "/" + id + "/history").json().get(0);
    assertThat(update.path("action").asString()).isEqualTo("UPDATE");
    assertThat(strings(update.path("changes"), "field")).containsExactly("project.follower");
  }

  @Test
  void aSuspendedProjectsContractIsNotIncreased() {
    Http staff = as(STAFF);
    long id = project(staff, "阶段·暂停后增资" + tag(), "2016-05-01", Map.of());
    ok(sign(staff, id, "100", "2016-05-10", false));
    ok(suspend(staff, id, "手续暂停", "2016-06-10"));
    refused(increase(staff, id, "200", "2016-07-10"), "项目已暂停，请先恢复再增资。");
    assertThat(decimal(get(id).path("contractAmount"))).isEqualByComparingTo("1000000.00");
  }

  @Test
  void movesAreDatedNeitherInTheFutureNorBeforeThePreviousMove() {
    Http staff = as(STAFF);
    long id = project(staff, "阶段·日期顺序" + tag(), "2016-08-01", Map.of());
    ok(advance(staff, id, "NEGOTIATING", "2016-08-10", null));
    String tomorrow = LocalDate.now(SHANGHAI).plusDays(1).toString();
    assertThat(sign(staff, id, "100", tomorrow, false).status()).isIn(400, 409);
    assertThat(sign(staff, id, "100", "2016-08-09", false).status()).isIn(400, 409);
    assertThat(get(id).path("stage").asString()).isEqualTo("NEGOTIATING");
  }

  /** A year beyond 1900–2100 is refused wherever a year is asked for (it was a 500). */
  @Test
  void aYearOutOfRangeIsRefusedWhereverAYearIsAsked() {
    for (String path :
        List.of(
            "/api/v1/investment/statistics?year=-2147483648",
            "/api/v1/investment/statistics?year=2101",
            "/api/v1/members/" + ownMemberId() + "/duty-record?year=1899")) {
      Http.Response refused = admin().get(path);
      assertThat(refused.status()).as(path + ": " + refused).isEqualTo(400);
      assertThat(refused.fieldErrors()).as(path).containsOnlyKeys("year");
    }
    assertThat(admin().get("/api/v1/investment/statistics?year=2020").status()).isEqualTo(200);
  }

  /** Text beyond what a move keeps is a 400 naming the field, before the database is reached. */
  @Test
  void aMovesTextBeyondItsColumnIsRefusedNamingTheField() {
    Http staff = as(STAFF);
    long id = project(staff, "阶段·超长说明" + tag(), "2016-08-01", Map.of());
    String tooLong = "说".repeat(501);
    Http.Response advanced = advance(staff, id, "NEGOTIATING", "2016-08-10", tooLong);
    assertThat(advanced.status()).as(advanced.toString()).isEqualTo(400);
    assertThat(advanced.fieldErrors()).containsOnlyKeys("note");
    ok(advance(staff, id, "NEGOTIATING", "2016-08-10", "说".repeat(500)));
    Http.Response suspended = suspend(staff, id, tooLong, "2016-08-20");
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(400);
    assertThat(suspended.fieldErrors()).containsOnlyKeys("reason");
    assertThat(get(id).path("stage").asString()).isEqualTo("NEGOTIATING");
  }

  /**
   * Investment completed in a month that has not come is refused (a plan for it is taken); a
   * milestone is not done in the future.
   */
  @Test
  void neitherCompletedInvestmentNorADoneMilestoneIsDatedInTheFuture() {
    Http staff = as(STAFF);
    long id = project(staff, "包抓·未来月份" + tag(), "2016-08-01", Map.of());
    java.time.YearMonth next = java.time.YearMonth.now(SHANGHAI).plusMonths(1);
    Http.Response completed =
        ledgerMonth(staff, id, next.getYear(), next.getMonthValue(), "10", "10");
    assertThat(completed.status()).as(completed.toString()).isEqualTo(400);
    assertThat(completed.fieldErrors()).containsOnlyKeys("completed");
    ok(ledgerMonth(staff, id, next.getYear(), next.getMonthValue(), "10", "0"));

    Map<String, Object> milestone = new LinkedHashMap<>();
    milestone.put("name", "开工" + tag());
    milestone.put("projectId", id);
    milestone.put("plannedOn", "2016-09-01");
    milestone.put("doneOn", LocalDate.now(SHANGHAI).plusDays(1).toString());
    Http.Response future = staff.postJson("/api/v1/project-milestones", milestone);
    assertThat(future.status()).as(future.toString()).isEqualTo(400);
    assertThat(future.fieldErrors()).containsOnlyKeys("doneOn");
    milestone.put("doneOn", LocalDate.now(SHANGHAI).toString());
    assertThat(staff.postJson("/api/v1/project-milestones", milestone).status()).isEqualTo(201);
  }

  // ---------------------------------------------------------------------------------------------
  // Counting
  // ---------------------------------------------------------------------------------------------

  @Test
  void
      aProjectCountsOnceAtItsFirstSigningAnIncreaseOnlyByTheIncreaseAndASuspensionKeepsWhatItCounted() {
    String t = tag();
    Http staff = as(STAFF);
    long trip = idOfTrip();
    String a = "计数·甲" + t;
    String b = "计数·乙" + t;
    String c = "计数·丙" + t;
    long pa = project(staff, a, "2012-01-05", Map.of("sourceActivityId", trip));
    long pb = project(staff, b, "2011-10-01", Map.of());
    long pc = project(staff, c, "2012-02-01", Map.of());
    project(staff, "计数·丁" + t, "2012-04-01", Map.of());
    long pe = project(staff, "计数·戊" + t, "2012-04-02", Map.of());

    ok(sign(staff, pa, "1000", "2012-03-01", true));
    ok(increase(staff, pa, "1500", "2012-06-01"));
    ok(sign(staff, pb, "800", "2011-12-20", false));
    ok(increase(staff, pb, "1000", "2012-02-01"));
    ok(sign(staff, pc, "300", "2012-05-05", true));
    ok(sign(staff, pe, "999", "2013-01-10", false));

    // 2012: A 1500 (signed and increased in the year), B only its increase of 200, C 300.
    assertThat(metric("investment.signed-amount", 2012, "")).isEqualByComparingTo("2000.00");
    assertThat(metric("investment.signed-amount", 2012, "&viaPlatform=true"))
        .isEqualByComparingTo("1800.00");
    assertThat(metric("investment.signed-count", 2012, "")).isEqualByComparingTo("2");
    assertThat(metric("investment.signed-count", 2012, "&viaPlatform=true"))
        .isEqualByComparingTo("2");
    assertThat(
            strings(
                metricJson("investment.signed-count", "2012-01-01", "2012-12-31", "")
                    .path("sources"),
                "label"))
        .containsExactly(a, c);
    assertThat(metric("investment.signed-amount", 2011, "")).isEqualByComparingTo("800.00");
    assertThat(metric("investment.signed-count", 2011, "")).isEqualByComparingTo("1");
    assertThat(metric("investment.signed-amount", 2013, "")).isEqualByComparingTo("999.00");
    // A quarter: A's first 1000 and B's increase.
    assertThat(
            decimal(
                metricJson("investment.signed-amount", "2012-01-01", "2012-03-31", "")
                    .path("value")))
        .isEqualByComparingTo("1200.00");
    assertThat(metric("investment.leads", 2012, "")).isEqualByComparingTo("4");
    assertThat(metric("investment.leads", 2012, "&fromActivity=true")).isEqualByComparingTo("1");

    // Suspended: it keeps what it counted; resumed: it is not counted again.
    ok(suspend(staff, pc, "环评未通过", "2012-07-01"));
    assertThat(metric("investment.signed-amount", 2012, "")).isEqualByComparingTo("2000.00");
    assertThat(metric("investment.signed-count", 2012, "")).isEqualByComparingTo("2");
    ok(resume(staff, pc, "2012-08-01"));
    assertThat(get(pc).path("stage").asString()).isEqualTo("SIGNED");
    assertThat(metric("investment.signed-amount", 2012, "")).isEqualByComparingTo("2000.00");
    assertThat(metric("investment.signed-count", 2012, "")).isEqualByComparingTo("2");

    // The increase is recorded as such on the project.
    JsonNode increaseOfB = moves(pb).get(1);
    assertThat(increaseOfB.path("countedYuan").asString()).isEqualTo("2000000.00");
    assertThat(increaseOfB.path("firstSigning").asBoolean()).isFalse();
    assertThat(increaseOfB.path("note").asString()).isEqualTo("增资 200.00万元");
  }

  @Test
  void aProjectLandsInTheYearOfItsLandingMove() {
    Http staff = as(STAFF);
    long id = project(staff, "落地·砂浆生产线" + tag(), "2009-01-10", Map.of("landedAmount", wan("80")));
    ok(sign(staff, id, "100", "2009-02-01", false));
    ok(advance(staff, id, "REGISTERED", "2009-03-01", null));
    assertThat(metric("investment.landed", 2009, "")).isEqualByComparingTo("0");
    ok(advance(staff, id, "LANDED", "2009-04-01", null));
    assertThat(metric("investment.landed", 2009, "")).isEqualByComparingTo("1");
    assertThat(metric("investment.landed-amount", 2009, "")).isEqualByComparingTo("80.00");
  }

  @Test
  void aProjectCountsAsLandedOnceInTheYearItLanded() {
    Http staff = as(STAFF);
    long landed =
        project(staff, "落地·已落地后增资" + tag(), "2009-05-10", Map.of("landedAmount", wan("60")));
    ok(sign(staff, landed, "60", "2009-06-01", false));
    ok(advance(staff, landed, "LANDED", "2009-07-01", null));
    ok(increase(staff, landed, "90", "2010-02-01"));
    ok(suspend(staff, landed, "停工整顿", "2010-03-01"));
    ok(resume(staff, landed, "2010-04-01"));
    long started =
        project(staff, "落地·直接开工" + tag(), "2010-01-05", Map.of("landedAmount", wan("40")));
    ok(sign(staff, started, "40", "2010-01-20", false));
    ok(advance(staff, started, "STARTED", "2010-02-20", null));

    String startedName = get(started).path("name").asString();
    assertThat(
            strings(
                metricJson("investment.landed", "2010-01-01", "2010-12-31", "").path("sources"),
                "label"))
        .as("landed in 2010: only the project that went from signed to started")
        .containsExactly(startedName);
    assertThat(metric("investment.landed-amount", 2010, "")).isEqualByComparingTo("40.00");
  }

  @Test
  void theStartAndCapitalArrivalRatesAreThoseOfThePeriod() {
    Http staff = as(STAFF);
    long started =
        project(
            staff,
            "开工·饮品项目" + tag(),
            "2008-01-01",
            Map.of("capitalCommitted", wan("100"), "capitalArrived", wan("40")));
    ok(sign(staff, started, "100", "2008-02-01", false));
    ok(advance(staff, started, "STARTED", "2008-05-01", null));
    long dropped = project(staff, "开工·搁置的线索" + tag(), "2008-01-02", Map.of());
    ok(suspend(staff, dropped, "对方撤回", "2008-03-01"));

    assertThat(metric("investment.start-rate", 2008, "")).isEqualByComparingTo("100.00");
    assertThat(metric("investment.capital-arrival-rate", 2008, "")).isEqualByComparingTo("40.00");
  }

  @Test
  void plannedKeyProjectsCountForTheirPlanYear() {
    Http staff = as(STAFF);
    String t = tag();
    for (String[] planned :
        new String[][] {{"县域冷链物流园", "9000"}, {"汉江生态文旅综合体", "10000"}, {"农产品精深加工产业园", "5000"}}) {
      created(
          staff.postJson(
              "/api/v1/planned-projects",
              Map.of(
                  "name",
                  "谋划·" + planned[0] + t,
                  "planYear",
                  2004,
                  "totalInvestment",
                  wan(planned[1]),
                  "industry",
                  "OTHER")));
    }
    created(
        staff.postJson(
            "/api/v1/planned-projects",
            Map.of(
                "name",
                "谋划·次年" + t,
                "planYear",
                2005,
                "totalInvestment",
                wan("700"),
                "industry",
                "OTHER")));
    assertThat(metric("investment.planned-projects", 2004, "")).isEqualByComparingTo("3");
    assertThat(metric("investment.planned-investment", 2004, "")).isEqualByComparingTo("24000.00");
    JsonNode figures = staff.get("/api/v1/investment/statistics?year=2004").json().path("figures");
    assertThat(figures.path("谋划项目").asString()).isEqualTo("3 个");
    assertThat(figures.path("谋划项目总投资").asString()).isEqualTo("2.40亿元");
  }

  @Test
  void anAmountUnderAHeadingInWanShowsInWanEvenFromOneYiOn() {
    String name = "谋划·大项目" + tag();
    long id =
        created(
            as(STAFF)
                .postJson(
                    "/api/v1/planned-projects",
                    Map.of(
                        "name",
                        name,
                        "planYear",
                        2006,
                        "totalInvestment",
                        wan("10000"),
                        "industry",
                        "OTHER")));
    String list = session(STAFF).get("/registry/planned-projects?q=" + name).text();
    assertThat(list)
        .contains("总投资（万元）")
        .containsPattern("<td[^>]*>10,000.00</td>")
        .doesNotContain("亿元");
    String shown = session(STAFF).get("/registry/planned-projects/" + id).text();
    assertThat(shown).containsPattern("总投资（万元）</dt>\\s*<dd[^>]*>10,000.00</dd>");
  }

  @Test
  void theListFiltersByStageAndExportsWhatItShowsInWan() throws IOException {
    Http staff = as(STAFF);
    String t = tag();
    long signed = project(staff, "导出·已签约" + t, "2003-03-01", Map.of());
    project(staff, "导出·线索" + t, "2003-03-02", Map.of());
    ok(sign(staff, signed, "6500", "2003-05-01", true));
    JsonNode list = staff.get(PROJECTS + "?q=" + t + "&f_stage=SIGNED").json();
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(list.path("rows").get(0).path("id").asLong()).isEqualTo(signed);
    assertThat(
            staff
                .get(PROJECTS + "?q=" + t + "&f_signedViaPlatform=true")
                .json()
                .path("total")
                .asLong())
        .isEqualTo(1);

    Http.Response export = staff.get(PROJECTS + "/export.xlsx?q=" + t + "&f_stage=SIGNED");
    assertThat(export.status()).isEqualTo(200);
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new java.io.ByteArrayInputStream(export.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).as("a header and one project").isEqualTo(1);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      var row = sheet.getRow(1);
      assertThat(row.getCell(header.indexOf("项目名称")).getStringCellValue()).isEqualTo("导出·已签约" + t);
      assertThat(row.getCell(header.indexOf("阶段")).getStringCellValue()).isEqualTo("已签约");
      assertThat(row.getCell(header.indexOf("总投资（万元）")).getNumericCellValue()).isEqualTo(1000.0);
      assertThat(row.getCell(header.indexOf("合同金额（万元）")).getNumericCellValue()).isEqualTo(6500.0);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shepherding: the seed's 50.07 %, the ledger, the flag
  // ---------------------------------------------------------------------------------------------

  @Test
  void theSeedsShepherdedProjectsComplete9513point54WanOf19000That5007Percent() {
    String t = tag();
    Http staff = as(STAFF);
    String grainName = "包抓·农副产品购销" + t;
    String graniteName = "包抓·花岗岩板材" + t;
    long grain =
        project(
            staff,
            grainName,
            "2017-10-08",
            Map.of(
                "shepherds",
                List.of(ownMemberId()),
                "responsibleUnitId",
                ownUnitId(),
                "keyProject",
                true));
    long granite =
        project(
            staff,
            graniteName,
            "2017-10-08",
            Map.of(
                "shepherds",
                List.of(memberOutsideScope()),
                "responsibleUnitId",
                ownUnitId(),
                "keyProject",
                true));
    ok(sign(staff, grain, "25000", "2017-12-01", false));
    ok(sign(staff, granite, "15000", "2017-12-01", false));
    ok(target(staff, grain, 2018, "12000"));
    ok(target(staff, granite, 2018, "7000"));
    String[] grainMonths = {"1200.50", "1398.53", "1500", "1700", "1800"};
    String[] graniteMonths = {"300.51", "400", "414", "400", "400"};
    for (int m = 1; m <= 5; m++) {
      ok(ledgerMonth(staff, grain, 2018, m, "1500", grainMonths[m - 1]));
      ok(ledgerMonth(staff, granite, 2018, m, "1500", graniteMonths[m - 1]));
    }

    // The project's ledger: yuan as strings, cumulative months derived.
    JsonNode ledger = ledger(admin(), grain, 2018);
    assertThat(ledger.path("target").asString()).isEqualTo("120000000.00");
    assertThat(ledger.path("completed").asString()).isEqualTo("75990300.00");
    assertThat(ledger.path("completion").asString()).isEqualTo("63.33%");
    // A past year has fully elapsed: 63.33 % is 36.67 points behind.
    assertThat(ledger.path("flag").asString()).isEqualTo("RED");
    List<String> months = new ArrayList<>();
    ledger
        .path("months")
        .values()
        .forEach(
            r ->
                months.add(
                    r.path("month").asInt()
                        + " "
                        + r.path("planned").asString()
                        + " "
                        + r.path("completed").asString()
                        + " "
                        + r.path("plannedToDate").asString()
                        + " "
                        + r.path("completedToDate").asString()
                        + " "
                        + r.path("ofTarget").asString()));
    assertThat(months)
        .containsExactly(
            "1 15000000.00 12005000.00 15000000.00 12005000.00 10.00%",
            "2 15000000.00 13985300.00 30000000.00 25990300.00 21.66%",
            "3 15000000.00 15000000.00 45000000.00 40990300.00 34.16%",
            "4 15000000.00 17000000.00 60000000.00 57990300.00 48.33%",
            "5 15000000.00 18000000.00 75000000.00 75990300.00 63.33%");
    JsonNode graniteLedger = ledger(admin(), granite, 2018);
    assertThat(graniteLedger.path("completed").asString()).isEqualTo("19145100.00");
    assertThat(graniteLedger.path("completion").asString()).isEqualTo("27.35%");
    // Another year of the same project is empty.
    JsonNode other = ledger(admin(), grain, 2017);
    assertThat(other.path("target").isNull()).isTrue();
    assertThat(other.path("months").size()).isZero();
    assertThat(other.path("completed").asString()).isEqualTo("0.00");

    // The statistics of the year: 9,513.54万元 / 1.90亿元 = 50.07%.
    Http.Response statistics = staff.get("/api/v1/investment/statistics?year=2018");
    assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
    JsonNode figures = statistics.json();
    assertThat(figures.path("combined").asString()).isEqualTo("9,513.54万元 / 1.90亿元 = 50.07%");
    assertThat(figures.path("figures").path("包抓项目完成投资").asString()).isEqualTo("9,513.54万元");
    assertThat(figures.path("figures").path("包抓项目年度目标").asString()).isEqualTo("1.90亿元");
    Map<String, String> lines = new LinkedHashMap<>();
    figures
        .path("shepherded")
        .values()
        .forEach(
            line ->
                lines.put(
                    line.path("name").asString(),
                    line.path("target").asString()
                        + " "
                        + line.path("completed").asString()
                        + " "
                        + line.path("completion").asString()
                        + " "
                        + line.path("flag").asString()));
    assertThat(lines)
        .contains(
            entry(grainName, "1.20亿元 7,599.03万元 63.33% RED"),
            entry(graniteName, "7,000.00万元 1,914.51万元 27.35% RED"));
    // The same as named metrics, for the year and for two months of it.
    assertThat(metric("investment.shepherded-completed", 2018, "")).isEqualByComparingTo("9513.54");
    assertThat(metric("investment.shepherded-target", 2018, "")).isEqualByComparingTo("19000.00");
    assertThat(
            decimal(
                metricJson("investment.shepherded-completed", "2018-01-01", "2018-02-28", "")
                    .path("value")))
        .isEqualByComparingTo("3299.54");

    // And on the page.
    Http.Response page = session(STAFF).get("/investment/statistics?year=2018");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("9,513.54万元 / 1.90亿元 = 50.07%");
  }

  @Test
  void theShepherdedListOfAYearHoldsOnlyProjectsWithATargetOrLedgerInIt() {
    JsonNode statistics = as(STAFF).get("/api/v1/investment/statistics?year=2005").json();
    assertThat(statistics.path("shepherded").size()).as(statistics.toString()).isZero();
  }

  @Test
  void theStatisticsFigureOfCompletedInvestmentAgreesWithTheCombinedLine() {
    Http staff = as(STAFF);
    String t = tag();
    long shepherded = project(staff, "统计·有目标" + t, "2006-01-05", Map.of());
    ok(target(staff, shepherded, 2006, "100"));
    ok(ledgerMonth(staff, shepherded, 2006, 3, "50", "40"));
    long unset = project(staff, "统计·未设目标" + t, "2006-01-06", Map.of());
    ok(ledgerMonth(staff, unset, 2006, 3, "20", "10"));
    JsonNode statistics = staff.get("/api/v1/investment/statistics?year=2006").json();
    assertThat(statistics.path("combined").asString()).isEqualTo("40.00万元 / 100.00万元 = 40.00%");
    assertThat(statistics.path("figures").path("包抓项目完成投资").asString()).isEqualTo("40.00万元");
  }

  @Test
  void theLedgerRefusesWhatIsNotAMonthOrAnAmount() {
    Http staff = as(STAFF);
    long id = project(staff, "台账·校验" + tag(), "2007-01-03", Map.of());
    Http.Response month = ledgerMonth(staff, id, 2007, 13, "10", "10");
    assertThat(month.status()).as(month.toString()).isEqualTo(400);
    assertThat(month.fieldErrors()).containsExactly(entry("month", "月份应为1到12。"));
    Http.Response negative = ledgerMonth(staff, id, 2007, 1, "-10", "10");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.fieldErrors())
        .containsExactly(
            entry(
                "planned",
                "“planned”应为以元计的金额字符串（最多两位小数，如 \"75990300.00\"，不超过 99999999999999.99），“-100000.00”无效。"));
    Map<String, Object> noYear = new LinkedHashMap<>();
    noYear.put("month", 1);
    noYear.put("planned", "1");
    noYear.put("completed", "1");
    Http.Response year = staff.postJson(PROJECTS + "/" + id + "/ledger", noYear);
    assertThat(year.status()).isEqualTo(400);
    assertThat(year.fieldErrors()).containsExactly(entry("year", "请填写年度。"));
    Http.Response zero = target(staff, id, 2007, "0");
    assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
    assertThat(zero.fieldErrors()).containsValue("年度投资目标须大于零。");
    assertThat(ledger(admin(), id, 2007).path("months").size()).isZero();
    assertThat(ledger(admin(), id, 2007).path("target").isNull()).isTrue();

    // A month recorded again replaces what it had.
    ok(ledgerMonth(staff, id, 2007, 3, "10", "8"));
    ok(ledgerMonth(staff, id, 2007, 3, "12", "9.5"));
    JsonNode ledger = ledger(admin(), id, 2007);
    assertThat(ledger.path("months").size()).isEqualTo(1);
    assertThat(ledger.path("completed").asString()).isEqualTo("95000.00");
  }

  @Test
  void aRefusedTargetNamesTheRequestsField() {
    Http staff = as(STAFF);
    long id = project(staff, "台账·目标字段" + tag(), "2007-01-04", Map.of());
    assertThat(target(staff, id, 2007, "0").fieldErrors())
        .containsExactly(entry("target", "年度投资目标须大于零。"));
  }

  /** The workflow endpoints read amounts as they answer them: exact strings in yuan. */
  @Test
  void workflowAmountsTravelInYuanBothWays() {
    Http staff = as(STAFF);
    long id = project(staff, "往返·元" + tag(), "2001-01-05", Map.of());
    Http.Response signed =
        staff.postJson(
            PROJECTS + "/" + id + "/sign",
            Map.of("amount", "75990300.00", "on", "2001-02-01", "viaPlatform", false));
    ok(signed);
    JsonNode project = get(id);
    assertThat(project.path("contractAmount").asString()).isEqualTo("75990300.00");
    assertThat(project.path("totalInvestment").asString()).isEqualTo("10000000.00");
    ok(
        staff.postJson(
            PROJECTS + "/" + id + "/increase",
            Map.of("newTotal", "75990300.01", "on", "2001-03-01")));
    assertThat(get(id).path("contractAmount").asString()).isEqualTo("75990300.01");

    ok(
        staff.postJson(
            PROJECTS + "/" + id + "/target", Map.of("year", 2001, "target", "190000000.00")));
    ok(
        staff.postJson(
            PROJECTS + "/" + id + "/ledger",
            Map.of("year", 2001, "month", 1, "planned", "1234.56", "completed", "1000.01")));
    for (int round = 1; round <= 2; round++) {
      JsonNode ledger = ledger(admin(), id, 2001);
      assertThat(ledger.path("target").asString()).isEqualTo("190000000.00");
      JsonNode january = ledger.path("months").get(0);
      assertThat(january.path("planned").asString()).isEqualTo("1234.56");
      assertThat(january.path("completed").asString()).isEqualTo("1000.01");
      // What the ledger answered is sent back as it is.
      ok(
          staff.postJson(
              PROJECTS + "/" + id + "/target",
              Map.of("year", 2001, "target", ledger.path("target").asString())));
      ok(
          staff.postJson(
              PROJECTS + "/" + id + "/ledger",
              Map.of(
                  "year",
                  2001,
                  "month",
                  1,
                  "planned",
                  january.path("planned").asString(),
                  "completed",
                  january.path("completed").asString())));
    }
    // A number, 万元 with a separator, three decimals or more than the column holds: 400.
    for (Object wrong : List.of(12.5, "7,599.03", "1.001", "100000000000000.00")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("year", 2001);
      body.put("target", wrong);
      Http.Response refused = staff.postJson(PROJECTS + "/" + id + "/target", body);
      assertThat(refused.status()).as(wrong + ": " + refused).isEqualTo(400);
      assertThat(refused.fieldErrors()).containsOnlyKeys("target");
    }
    for (int year : new int[] {-2147483648, 1899, 2101}) {
      Http.Response read = admin().get(PROJECTS + "/" + id + "/ledger?year=" + year);
      assertThat(read.status()).as(year + ": " + read).isEqualTo(400);
      Http.Response target =
          staff.postJson(PROJECTS + "/" + id + "/target", Map.of("year", year, "target", "1.00"));
      assertThat(target.status()).as(year + ": " + target).isEqualTo(400);
    }
    assertThat(admin().get(PROJECTS + "/" + id + "/ledger?year=abc").status()).isEqualTo(400);
  }

  @Test
  void theFlagComparesCompletionWithTheYearElapsed() {
    // 2014 has fully elapsed: behind by more than 5 points is amber, by more than 15 red.
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("1000", "GREEN");
    expected.put("950", "GREEN");
    expected.put("949", "AMBER");
    expected.put("850", "AMBER");
    expected.put("849", "RED");
    expected.put("100", "RED");
    Http staff = as(STAFF);
    String t = tag();
    Map<String, String> flags = new LinkedHashMap<>();
    for (String completed : expected.keySet()) {
      long id = project(staff, "红黄绿·完成" + completed + "·" + t, "2014-01-02", Map.of());
      ok(target(staff, id, 2014, "1000"));
      ok(ledgerMonth(staff, id, 2014, 6, "1000", completed));
      flags.put(completed, ledger(admin(), id, 2014).path("flag").asString());
    }
    assertThat(flags).containsExactlyEntriesOf(expected);

    // Without a target there is nothing to be behind.
    long none = project(staff, "红黄绿·无目标" + t, "2014-01-02", Map.of());
    ok(ledgerMonth(staff, none, 2014, 6, "10", "1"));
    JsonNode ledger = ledger(admin(), none, 2014);
    assertThat(ledger.path("completion").isNull()).isTrue();
    assertThat(ledger.path("flag").asString()).isEqualTo("GREEN");
  }

  @Test
  void overdueMilestonesAndProblemsRaiseTheFlag() {
    Http staff = as(STAFF);
    long id =
        project(
            staff,
            "红黄绿·问题与节点" + tag(),
            "2015-01-02",
            Map.of("responsibleUnitId", ownUnitId(), "shepherds", List.of(ownMemberId())));
    ok(target(staff, id, 2015, "1000"));
    ok(ledgerMonth(staff, id, 2015, 12, "1000", "1000"));
    assertThat(flag(id, 2015)).isEqualTo("GREEN");

    // A milestone planned in the year and never done: amber; done: green again.
    Map<String, Object> milestone = new LinkedHashMap<>();
    milestone.put("name", "生产线设备安装完成");
    milestone.put("projectId", id);
    milestone.put("plannedOn", "2015-09-30");
    long milestoneId = created(staff.postJson("/api/v1/project-milestones", milestone));
    assertThat(flag(id, 2015)).isEqualTo("AMBER");
    milestone.put("doneOn", "2015-10-08");
    milestone.put("version", 0);
    assertThat(staff.putJson("/api/v1/project-milestones/" + milestoneId, milestone).status())
        .isEqualTo(200);
    assertThat(flag(id, 2015)).isEqualTo("GREEN");

    // Problems through the rectification API: assigned, then past their due date.
    long first = raise(staff, id, "用地手续未办结");
    assign(staff, first, LocalDate.now(SHANGHAI));
    assertThat(flag(id, 2015)).as("due today is not overdue").isEqualTo("GREEN");
    dueYesterday(first);
    assertThat(flag(id, 2015)).as("one overdue problem").isEqualTo("AMBER");
    JsonNode bySource =
        staff.get("/api/v1/rectifications/by-source?sourceType=project&sourceId=" + id).json();
    assertThat(bySource.path("overdue").asLong()).isEqualTo(1);
    long second = raise(staff, id, "施工用电未接入");
    assign(staff, second, LocalDate.now(SHANGHAI));
    dueYesterday(second);
    assertThat(flag(id, 2015)).as("two overdue problems").isEqualTo("RED");
    assertThat(
            as(STAFF)
                .get("/api/v1/investment/statistics?year=2015")
                .json()
                .path("shepherded")
                .values())
        .anySatisfy(
            line -> {
              assertThat(line.path("id").asLong()).isEqualTo(id);
              assertThat(line.path("flag").asString()).isEqualTo("RED");
            });

    // The unit resolves one: amber; and the other: green.
    Http unit = as(UNIT);
    assertThat(
            unit.postJson("/api/v1/rectifications/" + second + "/acknowledge", Map.of()).status())
        .isEqualTo(200);
    assertThat(
            unit.postJson(
                    "/api/v1/rectifications/" + second + "/resolve",
                    Map.of("measures", "已协调供电公司接入"))
                .status())
        .isEqualTo(200);
    assertThat(flag(id, 2015)).isEqualTo("AMBER");
    assertThat(unit.postJson("/api/v1/rectifications/" + first + "/acknowledge", Map.of()).status())
        .isEqualTo(200);
    assertThat(
            unit.postJson(
                    "/api/v1/rectifications/" + first + "/resolve", Map.of("measures", "已办结用地手续"))
                .status())
        .isEqualTo(200);
    assertThat(flag(id, 2015)).isEqualTo("GREEN");
  }

  // ---------------------------------------------------------------------------------------------
  // Validation
  // ---------------------------------------------------------------------------------------------

  @Test
  void theCreditCodeIsCheckedByItsCheckCharacterAndUnique() {
    Http staff = as(STAFF);
    String first17 =
        String.format("91610723MA%07d", (Math.abs(tag().hashCode()) % 9_000_000) + 1_000_000);
    char check = CreditCode.checkCharacter(first17);
    String valid = first17 + check;
    String wrong = first17 + (check == '0' ? '1' : '0');

    String name = "校验·信用代码" + tag();
    Http.Response refused =
        staff.postJson(PROJECTS, withCode(projectBody(name, "2017-03-01"), wrong));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.fieldErrors())
        .containsExactly(
            entry("creditCode", "“统一社会信用代码”“" + wrong + "”不是有效的统一社会信用代码（18位，末位为校验码）。"));
    Http.Response short17 =
        staff.postJson(PROJECTS, withCode(projectBody(name, "2017-03-01"), first17));
    assertThat(short17.status()).isEqualTo(400);
    assertThat(short17.fieldErrors()).containsOnlyKeys("creditCode");
    assertThat(total("investment-projects", "q=" + name)).isZero();

    // Accepted in lower case, kept in upper case; a second project may not carry it.
    JsonNode saved =
        staff
            .postJson(PROJECTS, withCode(projectBody(name, "2017-03-01"), valid.toLowerCase()))
            .json();
    assertThat(saved.path("creditCode").asString()).isEqualTo(valid);
    Http.Response twice =
        staff.postJson(PROJECTS, withCode(projectBody(name + "乙", "2017-03-02"), valid));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.fieldErrors())
        .containsExactly(entry("creditCode", "统一社会信用代码“" + valid + "”已被其他项目使用。"));
  }

  @Test
  void aLeadIsDatedNotInTheFutureAndAmountsAreKeptInYuan() {
    Http staff = as(STAFF);
    String tomorrow = LocalDate.now(SHANGHAI).plusDays(1).toString();
    Http.Response future = staff.postJson(PROJECTS, projectBody("校验·未来线索" + tag(), tomorrow));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fieldErrors()).containsOnlyKeys("leadOn");
    assertThat(future.fieldErrors().get("leadOn")).contains("不能晚于今天");
    Map<String, Object> noDate = projectBody("校验·无日期" + tag(), "2017-01-01");
    noDate.remove("leadOn");
    assertThat(staff.postJson(PROJECTS, noDate).fieldErrors()).containsOnlyKeys("leadOn");

    Map<String, Object> body = projectBody("校验·金额" + tag(), "2017-02-01");
    body.put("totalInvestment", "75990300.00");
    JsonNode saved = staff.postJson(PROJECTS, body).json();
    assertThat(decimal(saved.path("totalInvestment"))).isEqualByComparingTo("75990300.00");
    assertThat(saved.path("display").path("totalInvestment").asString()).isEqualTo("7,599.03万元");
    body.put("name", "校验·金额负数" + tag());
    body.put("totalInvestment", "-1");
    assertThat(staff.postJson(PROJECTS, body).fieldErrors()).containsOnlyKeys("totalInvestment");
  }

  // ---------------------------------------------------------------------------------------------
  // Ledger import
  // ---------------------------------------------------------------------------------------------

  @Test
  void theLedgerImportIsAllOrNothing() {
    String t = tag();
    String first = "台账导入·甲" + t;
    String second = "台账导入·乙" + t;
    Http staff = as(STAFF);
    long p1 = project(staff, first, "2019-01-02", Map.of());
    long p2 = project(staff, second, "2019-01-03", Map.of());

    List<List<Object>> bad =
        List.of(
            List.of(first, 2019, 1, 100, 90),
            List.of("查无此项目" + t, 2019, 2, 100, 90),
            List.of(second, 2019, 13, 100, "九十"),
            List.of(second, 2019, 1, 50, 40));
    Http.Response refused =
        staff.upload("/api/v1/investment/ledger-import", "投资台账.xlsx", ledgerXlsx(bad), Map.of());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    List<String> errors = new ArrayList<>();
    refused
        .json()
        .path("errors")
        .values()
        .forEach(
            e ->
                errors.add(
                    e.path("row").asInt()
                        + " "
                        + e.path("column").asString()
                        + " "
                        + e.path("message").asString()));
    assertThat(errors)
        .containsExactly(
            "3 项目名称 找不到项目“查无此项目" + t + "”，请先在招商项目中登记。",
            "4 月份 “13”应为1到12之间的整数。",
            "4 完成投资（万元） “九十”不是以万元计的有效金额（如 7599.03）。");
    assertThat(ledgerRows(p1, p2)).isZero();

    // A good file: numbers as Excel keeps them, amounts with separators as typed.
    List<List<Object>> good =
        List.of(
            List.of(first, 2019, 1, 100, 90),
            List.of(first, 2019, 2, "1,200.50", "1,000.25"),
            List.of(second, 2019, 1, 50, 40.5));
    Http.Response imported =
        staff.upload("/api/v1/investment/ledger-import", "投资台账.xlsx", ledgerXlsx(good), Map.of());
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("imported").asInt()).isEqualTo(3);
    JsonNode ledger = ledger(admin(), p1, 2019);
    assertThat(ledger.path("months").size()).isEqualTo(2);
    JsonNode february = ledger.path("months").get(1);
    assertThat(february.path("month").asInt()).isEqualTo(2);
    assertThat(february.path("completed").asString()).isEqualTo("10002500.00");
    assertThat(february.path("completedToDate").asString()).isEqualTo("10902500.00");
    assertThat(february.path("plannedToDate").asString()).isEqualTo("13005000.00");
    assertThat(ledger(admin(), p2, 2019).path("completed").asString()).isEqualTo("405000.00");

    // A month imported again replaces what it had; a month twice in one file refuses the file.
    Http.Response again =
        staff.upload(
            "/api/v1/investment/ledger-import",
            "投资台账.xlsx",
            ledgerXlsx(List.of(List.of(first, 2019, 2, 1300, 1100))),
            Map.of());
    assertThat(again.status()).isEqualTo(200);
    assertThat(ledger(admin(), p1, 2019).path("months").size()).isEqualTo(2);
    assertThat(ledger(admin(), p1, 2019).path("completed").asString()).isEqualTo("11900000.00");
    Http.Response twice =
        staff.upload(
            "/api/v1/investment/ledger-import",
            "投资台账.xlsx",
            ledgerXlsx(List.of(List.of(second, 2019, 3, 10, 10), List.of(second, 2019, 3, 20, 20))),
            Map.of());
    assertThat(twice.status()).isEqualTo(400);
    assertThat(strings(twice.json().path("errors"), "message"))
        .containsExactly("同一项目的2019年3月出现了不止一次。");
    assertThat(ledger(admin(), p2, 2019).path("months").size()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------
  // The role × endpoint matrix
  // ---------------------------------------------------------------------------------------------

  /** An API call on investment records, made through a role's client. */
  enum ApiCall {
    LIST((t, http) -> http.get(PROJECTS)),
    SCHEMA((t, http) -> http.get(PROJECTS + "/schema")),
    EXPORT((t, http) -> http.get(PROJECTS + "/export.xlsx")),
    GET_OWN_PROJECT((t, http) -> http.get(PROJECTS + "/" + t.ownFixture())),
    GET_OTHER_PROJECT((t, http) -> http.get(PROJECTS + "/" + t.otherFixture())),
    HISTORY_OF_OTHER_PROJECT((t, http) -> http.get(PROJECTS + "/" + t.otherFixture() + "/history")),
    MOVES_OF_OWN_PROJECT((t, http) -> http.get(PROJECTS + "/" + t.ownFixture() + "/moves")),
    MOVES_OF_OTHER_PROJECT((t, http) -> http.get(PROJECTS + "/" + t.otherFixture() + "/moves")),
    LEDGER_OF_OWN_PROJECT(
        (t, http) -> http.get(PROJECTS + "/" + t.ownFixture() + "/ledger?year=2020")),
    LEDGER_OF_OTHER_PROJECT(
        (t, http) -> http.get(PROJECTS + "/" + t.otherFixture() + "/ledger?year=2020")),
    CREATE((t, http) -> http.postJson(PROJECTS, t.projectBody("矩阵·新建" + tag(), "2020-02-01"))),
    UPDATE(
        (t, http) -> {
          long id = t.freshProject();
          Map<String, Object> body = t.projectBody(t.get(id).path("name").asString(), "2020-02-02");
          body.put("version", 0);
          return http.putJson(PROJECTS + "/" + id, body);
        }),
    DELETE((t, http) -> http.delete(PROJECTS + "/" + t.freshProject() + "?version=0")),
    ADVANCE((t, http) -> advance(http, t.freshProject(), "ASSESSED", "2020-03-01", null)),
    ADVANCE_ILLEGALLY((t, http) -> advance(http, t.ownFixture(), "LEAD", "2020-03-01", null)),
    SIGN((t, http) -> sign(http, t.freshProject(), "100", "2020-03-01", false)),
    INCREASE(
        (t, http) -> {
          long id = t.freshProject();
          ok(sign(t.admin(), id, "100", "2020-03-01", false));
          return increase(http, id, "120", "2020-04-01");
        }),
    SUSPEND((t, http) -> suspend(http, t.freshProject(), "矩阵暂停", "2020-03-01")),
    RESUME(
        (t, http) -> {
          long id = t.freshProject();
          ok(suspend(t.admin(), id, "矩阵暂停", "2020-03-01"));
          return resume(http, id, "2020-04-01");
        }),
    TARGET((t, http) -> target(http, t.freshProject(), 2020, "100")),
    LEDGER_MONTH((t, http) -> ledgerMonth(http, t.freshProject(), 2020, 1, "10", "8")),
    LEDGER_IMPORT_WITHOUT_ROWS(
        (t, http) ->
            http.upload(
                "/api/v1/investment/ledger-import", "台账.xlsx", ledgerXlsx(List.of()), Map.of())),
    BOARD((t, http) -> http.get("/api/v1/investment/board")),
    STATISTICS((t, http) -> http.get("/api/v1/investment/statistics?year=2020")),
    METRIC_SIGNED_AMOUNT(
        (t, http) ->
            http.get("/api/v1/metrics/investment.signed-amount?from=2020-01-01&to=2020-12-31")),
    LIST_PLANNED_PROJECTS((t, http) -> http.get("/api/v1/planned-projects")),
    CREATE_PLANNED_PROJECT(
        (t, http) ->
            http.postJson(
                "/api/v1/planned-projects",
                Map.of(
                    "name",
                    "矩阵·谋划" + tag(),
                    "planYear",
                    2020,
                    "totalInvestment",
                    wan("8000"),
                    "industry",
                    "LOGISTICS"))),
    LIST_MILESTONES((t, http) -> http.get("/api/v1/project-milestones")),
    CREATE_MILESTONE_OF_OWN_PROJECT(
        (t, http) ->
            http.postJson(
                "/api/v1/project-milestones",
                Map.of(
                    "name",
                    "矩阵·节点" + tag(),
                    "projectId",
                    t.ownFixture(),
                    "plannedOn",
                    "2020-06-30"))),
    RAISE_PROBLEM_ON_OWN_PROJECT(
        (t, http) ->
            http.postJson(
                "/api/v1/rectifications",
                Map.of(
                    "sourceType",
                    "project",
                    "sourceId",
                    t.ownFixture(),
                    "sourceRegister",
                    "investment-projects",
                    "title",
                    "矩阵·问题" + tag()))),
    PROBLEMS_OF_OWN_PROJECT(
        (t, http) ->
            http.get(
                "/api/v1/rectifications/by-source?sourceType=project&sourceId=" + t.ownFixture()));

    final BiFunction<InvestmentScenarios, Http, Http.Response> call;

    ApiCall(BiFunction<InvestmentScenarios, Http, Http.Response> call) {
      this.call = call;
    }
  }

  /**
   * Expected statuses in the order ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR.
   */
  private static final Map<ApiCall, int[]> API =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(ApiCall.LIST, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(ApiCall.SCHEMA, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(ApiCall.EXPORT, new int[] {200, 200, 200, 200, 403, 403, 200}),
              Map.entry(ApiCall.GET_OWN_PROJECT, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(ApiCall.GET_OTHER_PROJECT, new int[] {200, 200, 200, 200, 404, 404, 200}),
              Map.entry(
                  ApiCall.HISTORY_OF_OTHER_PROJECT, new int[] {200, 200, 200, 200, 404, 404, 200}),
              Map.entry(
                  ApiCall.MOVES_OF_OWN_PROJECT, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(
                  ApiCall.MOVES_OF_OTHER_PROJECT, new int[] {200, 200, 200, 200, 404, 404, 200}),
              Map.entry(
                  ApiCall.LEDGER_OF_OWN_PROJECT, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(
                  ApiCall.LEDGER_OF_OTHER_PROJECT, new int[] {200, 200, 200, 200, 404, 404, 200}),
              Map.entry(ApiCall.CREATE, new int[] {201, 201, 201, 403, 403, 403, 403}),
              Map.entry(ApiCall.UPDATE, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(ApiCall.DELETE, new int[] {204, 204, 403, 403, 403, 403, 403}),
              Map.entry(ApiCall.ADVANCE, new int[] {200, 200, 200, 403, 403, 403, 403}),
              // A move the stage forbids: the reason for those who may move, 403 for everyone else.
              Map.entry(ApiCall.ADVANCE_ILLEGALLY, new int[] {409, 409, 409, 403, 403, 403, 403}),
              Map.entry(ApiCall.SIGN, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(ApiCall.INCREASE, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(ApiCall.SUSPEND, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(ApiCall.RESUME, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(ApiCall.TARGET, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(ApiCall.LEDGER_MONTH, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(
                  ApiCall.LEDGER_IMPORT_WITHOUT_ROWS,
                  new int[] {400, 400, 400, 403, 403, 403, 403}),
              Map.entry(ApiCall.BOARD, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(ApiCall.STATISTICS, new int[] {200, 200, 200, 200, 403, 403, 200}),
              // The metric catalogue is the office's and the leaders' (metric:view).
              Map.entry(
                  ApiCall.METRIC_SIGNED_AMOUNT, new int[] {200, 200, 403, 200, 403, 403, 200}),
              Map.entry(
                  ApiCall.LIST_PLANNED_PROJECTS, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(
                  ApiCall.CREATE_PLANNED_PROJECT, new int[] {201, 201, 201, 403, 403, 403, 403}),
              Map.entry(ApiCall.LIST_MILESTONES, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(
                  ApiCall.CREATE_MILESTONE_OF_OWN_PROJECT,
                  new int[] {201, 201, 201, 403, 403, 403, 403}),
              Map.entry(
                  ApiCall.RAISE_PROBLEM_ON_OWN_PROJECT,
                  new int[] {201, 201, 201, 403, 403, 403, 403}),
              // Members see no problems (rectification:view).
              Map.entry(
                  ApiCall.PROBLEMS_OF_OWN_PROJECT, new int[] {200, 200, 200, 200, 403, 200, 200})));

  /** A page about investment, opened in a signed-in browser. */
  enum Page {
    BOARD(t -> "/investment/board"),
    PROJECT_LIST(t -> "/registry/investment-projects"),
    NEW_PROJECT_FORM(t -> "/registry/investment-projects/new"),
    OWN_PROJECT(t -> "/registry/investment-projects/" + t.ownFixture()),
    OTHER_PROJECT(t -> "/registry/investment-projects/" + t.otherFixture()),
    EDIT_OWN_PROJECT(t -> "/registry/investment-projects/" + t.ownFixture() + "/edit"),
    STATISTICS(t -> "/investment/statistics?year=2020"),
    LEDGER_IMPORT(t -> "/investment/ledger-import"),
    LEDGER_IMPORT_TEMPLATE(t -> "/investment/ledger-import/template.xlsx"),
    PLANNED_PROJECTS(t -> "/registry/planned-projects");

    final java.util.function.Function<InvestmentScenarios, String> path;

    Page(java.util.function.Function<InvestmentScenarios, String> path) {
      this.path = path;
    }
  }

  private static final Map<Page, int[]> PAGES =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(Page.BOARD, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(Page.PROJECT_LIST, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(Page.NEW_PROJECT_FORM, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(Page.OWN_PROJECT, new int[] {200, 200, 200, 200, 200, 200, 200}),
              Map.entry(Page.OTHER_PROJECT, new int[] {200, 200, 200, 200, 404, 404, 200}),
              Map.entry(Page.EDIT_OWN_PROJECT, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(Page.STATISTICS, new int[] {200, 200, 200, 200, 403, 403, 200}),
              Map.entry(Page.LEDGER_IMPORT, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(Page.LEDGER_IMPORT_TEMPLATE, new int[] {200, 200, 200, 403, 403, 403, 403}),
              Map.entry(Page.PLANNED_PROJECTS, new int[] {200, 200, 200, 200, 200, 200, 200})));

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

  @Test
  void theProjectPageShowsMoveAndLedgerFormsOnlyToThoseWhoMayUseThem() {
    long own = ownFixture();
    for (Role role : ROLES) {
      String html = session(role).get("/registry/investment-projects/" + own).text();
      boolean mover = role == ADMIN || role == STAFF || role == COMMITTEE_STAFF;
      assertThat(html)
          .as("%s sees the stage panel", role)
          .contains("id=\"stages\"", "id=\"shepherding\"");
      assertThat(html.contains("id=\"advance-form\"")).as("%s advance form", role).isEqualTo(mover);
      assertThat(html.contains("id=\"ledger-form\"")).as("%s ledger form", role).isEqualTo(mover);
    }
    // A browser session posting the page's form without the right is refused.
    Http member = session(MEMBER);
    String token = member.csrfToken("/registry/investment-projects/" + own);
    Http.Response forged =
        member.postForm(
            "/investment/projects/" + own + "/advance",
            Map.of("stage", "ASSESSED", "on", "2020-05-01", "_csrf", token));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(get(own).path("stage").asString()).isEqualTo("LEAD");
  }

  // ---------------------------------------------------------------------------------------------
  // Data scopes
  // ---------------------------------------------------------------------------------------------

  @Test
  void aUnitSeesOnlyTheProjectsItIsResponsibleFor() {
    long own = ownFixture();
    long other = otherFixture();
    long expected =
        jdbc.sql("select count(*) from investment_project where responsible_unit_id = :u")
            .param("u", ownUnitId())
            .query(Long.class)
            .single();
    JsonNode list = as(UNIT).get(PROJECTS + "?size=200").json();
    assertThat(list.path("total").asLong()).isEqualTo(expected);
    list.path("rows")
        .values()
        .forEach(
            row ->
                assertThat(row.path("responsibleUnitId").asLong())
                    .as(row.path("name").asString())
                    .isEqualTo(ownUnitId()));
    assertThat(longs(list.path("rows"), "id")).contains(own).doesNotContain(other);
    assertThat(boardIds(as(UNIT))).isEqualTo(new HashSet<>(longs(list.path("rows"), "id")));
    assertThat(as(UNIT).get(PROJECTS + "?q=" + OTHER_FIXTURE).json().path("total").asLong())
        .isZero();
    // Nothing of the other project reaches the unit.
    assertThat(as(UNIT).get(PROJECTS + "/" + other + "/ledger?year=2020").status()).isEqualTo(404);
    assertThat(as(UNIT).get(PROJECTS + "/" + other + "/moves").status()).isEqualTo(404);
  }

  @Test
  void aMemberSeesOnlyTheProjectsTheyShepherd() {
    long own = ownFixture();
    long other = otherFixture();
    long expected =
        jdbc.sql("select count(*) from project_shepherd where member_id = :m")
            .param("m", ownMemberId())
            .query(Long.class)
            .single();
    JsonNode list = as(MEMBER).get(PROJECTS + "?size=200").json();
    assertThat(list.path("total").asLong()).isEqualTo(expected);
    list.path("rows")
        .values()
        .forEach(
            row ->
                assertThat(longArray(row.path("shepherds")))
                    .as(row.path("name").asString())
                    .contains(ownMemberId()));
    assertThat(longs(list.path("rows"), "id")).contains(own).doesNotContain(other);
    assertThat(boardIds(as(MEMBER))).isEqualTo(new HashSet<>(longs(list.path("rows"), "id")));
    assertThat(as(MEMBER).get(PROJECTS + "/" + other + "/ledger?year=2020").status())
        .isEqualTo(404);
    // Their own project's ledger, read-only.
    assertThat(
            as(MEMBER).get(PROJECTS + "/" + own + "/ledger?year=2020").json().path("year").asInt())
        .isEqualTo(2020);
    assertThat(ledgerMonth(as(MEMBER), own, 2020, 1, "1", "1").status()).isEqualTo(403);
  }

  @Test
  void committeeClerksLeadersAndAuditorsSeeEveryProject() {
    ownFixture();
    otherFixture();
    // Every project of their committee (the demo's first county), none of the second county's.
    long all =
        jdbc.sql("select count(*) from investment_project where committee_id = :c")
            .param("c", demoCommitteeId())
            .query(Long.class)
            .single();
    for (Role role : List.of(STAFF, COMMITTEE_STAFF, LEADER, AUDITOR)) {
      assertThat(as(role).get(PROJECTS + "?size=1").json().path("total").asLong())
          .as("%s", role)
          .isEqualTo(all);
    }
  }

  @Test
  void aMemberListsTheMilestonesOfTheProjectsTheyShepherd() {
    long own = ownFixture();
    long milestone =
        created(
            admin()
                .postJson(
                    "/api/v1/project-milestones",
                    Map.of("name", "范围·节点" + tag(), "projectId", own, "plannedOn", "2020-08-31")));
    assertThat(as(MEMBER).get("/api/v1/project-milestones/" + milestone).status()).isEqualTo(200);
    assertThat(
            longs(
                as(MEMBER).get("/api/v1/project-milestones?f_projectId=" + own).json().path("rows"),
                "id"))
        .contains(milestone);
  }

  @Test
  void theBoardPutsEachProjectInTheColumnOfItsStage() {
    String t = tag();
    Http staff = as(STAFF);
    long lead = project(staff, "看板·线索" + t, "2020-05-01", Map.of());
    long signed = project(staff, "看板·签约" + t, "2020-05-02", Map.of());
    long suspended = project(staff, "看板·暂停" + t, "2020-05-03", Map.of());
    ok(sign(staff, signed, "500", "2020-06-01", false));
    ok(suspend(staff, suspended, "待定", "2020-06-02"));
    JsonNode board = staff.get("/api/v1/investment/board?q=" + t).json();
    Map<String, List<Long>> columns = new LinkedHashMap<>();
    board
        .path("columns")
        .values()
        .forEach(c -> columns.put(c.path("stage").asString(), longs(c.path("cards"), "id")));
    assertThat(columns.keySet())
        .containsExactly(
            "LEAD",
            "ASSESSED",
            "NEGOTIATING",
            "SIGNED",
            "REGISTERED",
            "LANDED",
            "STARTED",
            "OPERATING",
            "SUSPENDED");
    assertThat(columns.get("LEAD")).containsExactly(lead);
    assertThat(columns.get("SIGNED")).containsExactly(signed);
    assertThat(columns.get("SUSPENDED")).containsExactly(suspended);
    board
        .path("columns")
        .values()
        .forEach(
            c ->
                c.path("cards")
                    .values()
                    .forEach(
                        card -> {
                          if (card.path("id").asLong() == signed) {
                            assertThat(card.path("amount").asString()).isEqualTo("500.00万元");
                            assertThat(card.path("amountLabel").asString()).isEqualTo("合同金额");
                            assertThat(card.path("flag").asString())
                                .as("not shepherded: no flag")
                                .isEmpty();
                          }
                        }));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  Map<String, Object> projectBody(String name, String leadOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("investor", "集成测试投资方");
    body.put("leadOn", leadOn);
    body.put("industry", "AGRICULTURE_FOOD");
    body.put("totalInvestment", wan("1000"));
    return body;
  }

  long project(Http http, String name, String leadOn, Map<String, Object> extra) {
    Map<String, Object> body = projectBody(name, leadOn);
    body.putAll(extra);
    return created(http.postJson(PROJECTS, body));
  }

  JsonNode get(long id) {
    Http.Response response = admin().get(PROJECTS + "/" + id);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  List<JsonNode> moves(long id) {
    Http.Response response = admin().get(PROJECTS + "/" + id + "/moves");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> moves = new ArrayList<>();
    response.json().values().forEach(moves::add);
    return moves;
  }

  static Http.Response advance(Http http, long id, String stage, String on, String note) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("stage", stage);
    body.put("on", on);
    body.put("note", note);
    return http.postJson(PROJECTS + "/" + id + "/advance", body);
  }

  /**
   * An amount the test states in 万元, as the API takes it: yuan as an exact decimal string; what is
   * no number goes as it is (to be refused).
   */
  static String wan(String wan) {
    try {
      return new java.math.BigDecimal(wan.replace(",", ""))
          .movePointRight(4)
          .setScale(2, java.math.RoundingMode.UNNECESSARY)
          .toPlainString();
    } catch (NumberFormatException | ArithmeticException e) {
      return wan;
    }
  }

  static Http.Response sign(Http http, long id, String amountWan, String on, boolean viaPlatform) {
    return http.postJson(
        PROJECTS + "/" + id + "/sign",
        Map.of("amount", wan(amountWan), "on", on, "viaPlatform", viaPlatform));
  }

  static Http.Response increase(Http http, long id, String newTotalWan, String on) {
    return http.postJson(
        PROJECTS + "/" + id + "/increase", Map.of("newTotal", wan(newTotalWan), "on", on));
  }

  static Http.Response suspend(Http http, long id, String reason, String on) {
    return http.postJson(PROJECTS + "/" + id + "/suspend", Map.of("reason", reason, "on", on));
  }

  static Http.Response resume(Http http, long id, String on) {
    return http.postJson(PROJECTS + "/" + id + "/resume", Map.of("on", on));
  }

  static Http.Response target(Http http, long id, int year, String targetWan) {
    return http.postJson(
        PROJECTS + "/" + id + "/target", Map.of("year", year, "target", wan(targetWan)));
  }

  static Http.Response ledgerMonth(
      Http http, long id, int year, int month, String plannedWan, String completedWan) {
    return http.postJson(
        PROJECTS + "/" + id + "/ledger",
        Map.of(
            "year",
            year,
            "month",
            month,
            "planned",
            wan(plannedWan),
            "completed",
            wan(completedWan)));
  }

  JsonNode ledger(Http http, long id, int year) {
    Http.Response response = http.get(PROJECTS + "/" + id + "/ledger?year=" + year);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  String flag(long id, int year) {
    return ledger(admin(), id, year).path("flag").asString();
  }

  static void ok(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  /** 409 with the reason as the problem's detail. */
  static void refused(Http.Response response, String reason) {
    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.json().path("detail").asString()).isEqualTo(reason);
  }

  JsonNode metricJson(String name, String from, String to, String extra) {
    Http.Response response =
        admin().get("/api/v1/metrics/" + name + "?from=" + from + "&to=" + to + extra);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  BigDecimal metric(String name, int year, String extra) {
    return decimal(metricJson(name, year + "-01-01", year + "-12-31", extra).path("value"));
  }

  static BigDecimal decimal(JsonNode node) {
    return new BigDecimal(node.asString());
  }

  /** A node's text, or "-" for null. */
  static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? "-" : node.asString();
  }

  static Map<String, Object> withCode(Map<String, Object> body, String code) {
    body.put("creditCode", code);
    return body;
  }

  long idOfTrip() {
    return jdbc.sql(
            "select a.id from activity a join activity_type t on t.id = a.type_id"
                + " where t.name = '招商引资（走出去）' order by a.id")
        .query(Long.class)
        .list()
        .get(0);
  }

  long raise(Http http, long projectId, String title) {
    return created(
        http.postJson(
            "/api/v1/rectifications",
            Map.of(
                "sourceType",
                "project",
                "sourceId",
                projectId,
                "sourceRegister",
                "investment-projects",
                "title",
                title)));
  }

  void assign(Http http, long problem, LocalDate due) {
    Http.Response assigned =
        http.postJson(
            "/api/v1/rectifications/" + problem + "/assign",
            Map.of("unitId", ownUnitId(), "dueOn", due.toString()));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
  }

  /** Time passes: the due date (which the API takes only from today on) is now behind us. */
  void dueYesterday(long problem) {
    jdbc.sql("update rectification set due_on = :d where id = :id")
        .param("d", LocalDate.now(SHANGHAI).minusDays(1))
        .param("id", problem)
        .update();
  }

  long ledgerRows(long... projects) {
    long rows = 0;
    for (long project : projects) {
      rows +=
          jdbc.sql("select count(*) from project_ledger where project_id = :p")
              .param("p", project)
              .query(Long.class)
              .single();
    }
    return rows;
  }

  Set<Long> boardIds(Http http) {
    Http.Response response = http.get("/api/v1/investment/board");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    Set<Long> ids = new HashSet<>();
    response.json().path("columns").values().forEach(c -> ids.addAll(longs(c.path("cards"), "id")));
    return ids;
  }

  /** A ledger workbook; numbers become numeric cells, as Excel keeps them. */
  static byte[] ledgerXlsx(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("投资台账");
      List<String> header = List.of("项目名称", "年度", "月份", "计划投资（万元）", "完成投资（万元）");
      var first = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        first.createCell(c).setCellValue(header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(value));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized long ownFixture() {
    return fixture(
        OWN_FIXTURE,
        () ->
            project(
                admin(),
                OWN_FIXTURE,
                "2020-01-10",
                Map.of("shepherds", List.of(ownMemberId()), "responsibleUnitId", ownUnitId())));
  }

  synchronized long otherFixture() {
    return fixture(
        OTHER_FIXTURE,
        () ->
            project(
                admin(),
                OTHER_FIXTURE,
                "2020-01-11",
                Map.of(
                    "shepherds",
                    List.of(memberOutsideScope()),
                    "responsibleUnitId",
                    otherUnitId())));
  }

  long freshProject() {
    return project(admin(), "矩阵·新项目" + tag(), "2020-02-02", Map.of());
  }

  private long fixture(String name, java.util.function.LongSupplier create) {
    List<Long> ids =
        jdbc.sql("select id from investment_project where name = :n order by id")
            .param("n", name)
            .query(Long.class)
            .list();
    return ids.isEmpty() ? create.getAsLong() : ids.get(0);
  }

  private Http client(Role role) {
    return as(role);
  }

  Http session(Role role) {
    return SESSIONS.computeIfAbsent(port + "/" + role, key -> browserAs(role));
  }
}
