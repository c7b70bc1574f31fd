package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.duty.DutyLine;
import org.lvzhi.duty.DutyRecordSection;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.proposal.Proposal;
import org.lvzhi.proposal.ProposalHandling;
import org.lvzhi.proposal.ProposalKind;
import org.lvzhi.proposal.ProposalText;
import org.lvzhi.proposal.Proposals;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Proposal statistics, metrics, overdue lists, home page items, duty record sections and the
 * session's compilation on a small fixture of 2016 (no demo proposal is that old): twelve proposals
 * received, two lead units, every outcome, with exact on-time and satisfaction percentages; one
 * proposal of the second county that must not count. On H2 ({@link ProposalStatisticsH2Test}) and
 * PostgreSQL ({@link ProposalStatisticsPostgresTest}).
 */
abstract class ProposalStatisticsScenarios extends IntegrationTestSupport {

  static final String TAG = "统计夹具";
  static final String SECOND_COUNTY = "政协云岭县委员会";
  static final LocalDate FROM = LocalDate.of(2016, 1, 1);
  static final LocalDate TO = LocalDate.of(2016, 12, 31);
  static final String PERIOD = "from=2016-01-01&to=2016-12-31";

  @Autowired Proposals proposals;
  @Autowired ProposalHandling handling;
  @Autowired MetricCatalogue metrics;
  @Autowired List<DutyRecordSection> dutySections;
  @Autowired Clock clock;

  long u1;
  long u2;

  @BeforeEach
  void fixture() {
    u1 = ownUnitId();
    u2 = otherUnitId();
    ensureFixture();
  }

  // ---- the figures ----

  @Test
  void theStatisticsCountTheYearsProposalsWithExactPercentages() {
    JsonNode stats = statistics(as(Role.STAFF));
    JsonNode total = stats.path("total");
    assertThat(total.path("received").asLong()).isEqualTo(12);
    assertThat(total.path("accepted").asLong()).isEqualTo(8);
    assertThat(total.path("rejected").asLong()).isEqualTo(1);
    assertThat(total.path("merged").asLong()).isEqualTo(1);
    assertThat(total.path("withdrawn").asLong()).isEqualTo(1);
    assertThat(total.path("assigned").asLong()).isEqualTo(7);
    assertThat(total.path("replied").asLong()).isEqualTo(4);
    assertThat(total.path("repliedOnTime").asLong()).isEqualTo(3);
    assertThat(total.path("due").asLong()).isEqualTo(6);
    assertThat(total.path("repliedOnTimeRate").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(total.path("rated").asLong()).isEqualTo(3);
    assertThat(total.path("satisfied").asLong()).isEqualTo(2);
    assertThat(total.path("satisfactionRate").decimalValue()).isEqualByComparingTo("66.67");
    assertThat(total.path("key").asLong()).isEqualTo(1);
    assertThat(total.path("overdue").asLong()).isEqualTo(3);
  }

  @Test
  void byLeadUnitEachUnitHasItsOwnRates() {
    JsonNode stats = statistics(as(Role.LEADER));
    JsonNode first = unitRow(stats, u1);
    assertThat(first.path("assigned").asLong()).isEqualTo(5);
    assertThat(first.path("replied").asLong()).isEqualTo(3);
    assertThat(first.path("repliedOnTimeRate").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(first.path("satisfactionRate").decimalValue()).isEqualByComparingTo("100.00");
    assertThat(first.path("overdue").asLong()).isEqualTo(1);
    JsonNode second = unitRow(stats, u2);
    assertThat(second.path("assigned").asLong()).isEqualTo(2);
    assertThat(second.path("replied").asLong()).isEqualTo(1);
    assertThat(second.path("repliedOnTimeRate").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(second.path("satisfactionRate").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(second.path("overdue").asLong()).isEqualTo(2);
    long bySector = 0;
    for (JsonNode row : stats.path("bySector").values()) {
      bySector += row.path("figures").path("received").asLong();
    }
    assertThat(bySector).as("each proposal in the sector of its lead author").isEqualTo(12);
    assertThat(stats.path("bySpecialCommittee").isArray()).isTrue();
  }

  @Test
  void theNamedMetricsAgreeWithThePageAndTakeFilters() {
    long committee = demoCommitteeId();
    assertThat(metric("proposal.received", committee, Map.of())).isEqualByComparingTo("12");
    assertThat(metric("proposal.accepted", committee, Map.of())).isEqualByComparingTo("8");
    assertThat(metric("proposal.rejected", committee, Map.of())).isEqualByComparingTo("1");
    assertThat(metric("proposal.merged", committee, Map.of())).isEqualByComparingTo("1");
    assertThat(metric("proposal.key", committee, Map.of())).isEqualByComparingTo("1");
    assertThat(metric("proposal.overdue", committee, Map.of())).isEqualByComparingTo("3");
    assertThat(metric("proposal.replied-on-time-rate", committee, Map.of()))
        .isEqualByComparingTo("50.00");
    assertThat(metric("proposal.satisfaction-rate", committee, Map.of()))
        .isEqualByComparingTo("66.67");
    assertThat(metric("proposal.received", committee, Map.of("unit", String.valueOf(u2))))
        .isEqualByComparingTo("2");
    assertThat(metric("proposal.overdue", committee, Map.of("unit", u1 + "," + u2)))
        .isEqualByComparingTo("3");
    assertThat(metric("proposal.received", committee, Map.of("kind", "JOINT")))
        .isEqualByComparingTo("1");
    assertThat(metric("proposal.received", committee, Map.of("member", String.valueOf(lead()))))
        .as("the lead author of three")
        .isEqualByComparingTo("3");
    assertThat(metric("proposal.received", committee, Map.of("member", String.valueOf(cosigner()))))
        .as("the confirmed co-signer of the joint one")
        .isEqualByComparingTo("1");
    var sources =
        metrics
            .compute("proposal.overdue", new MetricQuery(committee, FROM, TO, Map.of()))
            .sources();
    assertThat(sources).extracting(s -> s.label()).allMatch(l -> l.contains(TAG));
    assertThat(sources)
        .extracting(s -> s.href())
        .allMatch(h -> h.startsWith("/registry/proposals/"));
  }

  @Test
  void anotherCommitteesProposalsDoNotCount() {
    long second = idOf("committee", SECOND_COUNTY);
    assertThat(metric("proposal.received", second, Map.of())).isEqualByComparingTo("1");
    assertThat(metric("proposal.received", demoCommitteeId(), Map.of())).isEqualByComparingTo("12");
  }

  @Test
  void onlyThoseWithThePermissionSeeTheStatistics() {
    assertThat(as(Role.MEMBER).get("/api/v1/proposals/statistics?" + PERIOD).status())
        .isEqualTo(403);
    assertThat(as(Role.UNIT).get("/api/v1/proposals/statistics?" + PERIOD).status()).isEqualTo(403);
    assertThat(as(Role.COMMITTEE_STAFF).get("/api/v1/proposals/statistics?" + PERIOD).status())
        .isEqualTo(200);
    assertThat(anonymous().get("/api/v1/proposals/statistics").status()).isEqualTo(401);
    Http.Response backwards =
        as(Role.STAFF).get("/api/v1/proposals/statistics?from=2016-05-01&to=2016-04-01");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.fieldErrors()).containsKey("to");
  }

  @Test
  void thePageAndItsWorkbookShowTheFigures() throws Exception {
    Http.Response page = browserAs(Role.STAFF).get("/proposals/statistics?" + PERIOD);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.text())
        .contains("id=\"stat-received\"")
        .contains("66.67%")
        .contains("f_units=" + u2 + "&amp;f_overdue=true")
        .contains("/proposals/compilation.docx?session=");
    Http.Response xlsx = browserAs(Role.STAFF).get("/proposals/statistics.xlsx?" + PERIOD);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(4);
      assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12);
      assertThat(book.getSheetAt(1).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(3);
    }
  }

  // ---- overdue lists ----

  @Test
  void theOfficeSeesEveryOverdueProposalByUnit() {
    JsonNode view = overdue(as(Role.STAFF));
    List<Long> ids = overdueIds(view);
    assertThat(ids).contains(id("P3"), id("P4"), id("P13")).doesNotContain(id("P1"), id("P14"));
    assertThat(view.path("dueSoon").size()).isZero();
    for (JsonNode group : view.path("overdue").values()) {
      for (JsonNode item : group.path("proposals").values()) {
        assertThat(item.path("leadUnitId").asLong()).isEqualTo(group.path("unitId").asLong());
        assertThat(item.path("mayUrge").asBoolean()).isTrue();
        assertThat(item.path("days").asLong()).isPositive();
      }
    }
  }

  @Test
  void aUnitsClerkSeesOnlyItsOwnUnitsOverdueAndDueSoon() {
    JsonNode view = overdue(as(Role.UNIT));
    assertThat(view.path("ownUnitId").asLong()).isEqualTo(u1);
    List<Long> ids = overdueIds(view);
    assertThat(ids).contains(id("P13")).doesNotContain(id("P3"), id("P4"));
    for (long id : ids) {
      assertThat(assignedTo(id)).contains(u1);
    }
    List<Long> soon = new ArrayList<>();
    view.path("dueSoon").values().forEach(i -> soon.add(i.path("id").asLong()));
    assertThat(soon).contains(id("P14"));
    assertThat(view.path("dueSoon").values())
        .allMatch(i -> !i.path("mayUrge").asBoolean() && i.path("days").asLong() <= 0);
    Http.Response page = browserAs(Role.UNIT).get("/proposals/overdue");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("data-id=\"" + id("P13") + "\"")
        .doesNotContain("class=\"btn btn-sm btn-outline-danger urge\"");
    assertThat(as(Role.MEMBER).get("/api/v1/proposals/overdue").status()).isEqualTo(403);
  }

  @Test
  void theOfficeUrgesFromTheOverdueList() {
    Http browser = browserAs(Role.STAFF);
    Http.Response page = browser.get("/proposals/overdue");
    assertThat(page.text()).contains("action=\"/proposals/" + id("P13") + "/urge\"");
    int before = urged(id("P13"));
    String token = browser.csrfToken("/proposals/overdue");
    Http.Response urge =
        browser.postForm("/proposals/" + id("P13") + "/urge", Map.of("_csrf", token));
    assertThat(urge.status()).as(urge.toString()).isEqualTo(302);
    assertThat(urged(id("P13"))).isEqualTo(before + 1);
  }

  @Test
  void aUnitsOverdueListExportsAsTheRegistersWorkbook() throws Exception {
    // The office exports one unit's overdue proposals; the unit's clerk holds no export
    // permission (proposal:export is the office's, special committees' and leaders').
    String path = "/registry/proposals/export.xlsx?f_overdue=true&f_units=" + u1;
    Http.Response xlsx = browserAs(Role.STAFF).get(path);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      String all = sheetText(book);
      assertThat(all).contains(TAG + "P13").doesNotContain(TAG + "P4", TAG + "P1|");
    }
    assertThat(browserAs(Role.UNIT).get(path).status()).isEqualTo(403);
    assertThat(browserAs(Role.UNIT).get("/proposals/overdue").text())
        .doesNotContain("id=\"overdue-xlsx\"");
    assertThat(browserAs(Role.STAFF).get("/proposals/overdue").text())
        .contains("id=\"overdue-xlsx\"");
  }

  // ---- home page ----

  @Test
  void theHomePageTellsEachPersonWhatWaits() {
    assertThat(NextPersonScenarios.waitingKinds(as(Role.STAFF))).contains("proposal.to-assign");
    JsonNode unitOverdue = NextPersonScenarios.waiting(as(Role.UNIT), "proposal.unit-overdue");
    assertThat(unitOverdue.path("count").asLong()).isPositive();
    assertThat(unitOverdue.path("overdue").asBoolean()).isTrue();
    assertThat(NextPersonScenarios.waitingKinds(as(Role.UNIT))).contains("proposal.to-acknowledge");
    String username = "it-supervisor-" + (port % 1000);
    if (!accounts.exists(username)) {
      systemActor.runIn(
          demoCommitteeId(),
          () ->
              accounts.create(
                  username,
                  "督办领导",
                  new org.lvzhi.account.Accounts.Binding(Role.LEADER, supervisor(), null, null),
                  PASSWORD,
                  false));
    }
    JsonNode supervised =
        NextPersonScenarios.waiting(
            Http.basic(port, username, PASSWORD), "proposal.supervised-overdue");
    assertThat(supervised.path("count").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(supervised.path("href").asString()).isEqualTo("/proposals/overdue");
  }

  // ---- duty record ----

  @Test
  void theDutyRecordCountsLeadProposalsAndConfirmedCosignaturesOnly() {
    DutyRecordSection led = section("duty.proposal.lead");
    DutyRecordSection cosigned = section("duty.proposal.cosigned");
    assertThat(subjects(led, lead(), 2016)).contains(TAG + "P1", TAG + "P7");
    assertThat(led.lines(lead(), 2016))
        .filteredOn(l -> l.what().equals(TAG + "P5"))
        .extracting(DutyLine::tally)
        .containsExactly("notAccepted");
    assertThat(subjects(cosigned, cosigner(), 2016)).contains(TAG + "P7");
    // A joint proposal still waiting for a co-signer counts for nobody; once confirmed, for each.
    LocalDate today = LocalDate.now(clock);
    long joint =
        asMember(
                lead(),
                () ->
                    proposals.draft(
                        draft(
                            TAG + "联名待确认",
                            ProposalKind.JOINT,
                            lead(),
                            List.of(cosigner(), other())),
                        null))
            .id();
    asMember(lead(), () -> proposals.submit(joint, null));
    asMember(cosigner(), () -> proposals.confirm(joint));
    assertThat(subjects(cosigned, cosigner(), today.getYear())).doesNotContain(TAG + "联名待确认");
    assertThat(subjects(led, lead(), today.getYear())).doesNotContain(TAG + "联名待确认");
    asMember(other(), () -> proposals.confirm(joint));
    assertThat(subjects(cosigned, cosigner(), today.getYear())).contains(TAG + "联名待确认");
    assertThat(subjects(cosigned, other(), today.getYear())).contains(TAG + "联名待确认");
    assertThat(led.lines(lead(), today.getYear()))
        .filteredOn(l -> l.what().equals(TAG + "联名待确认"))
        .extracting(DutyLine::tally)
        .containsExactly("pending");
  }

  // ---- the compilation ----

  @Test
  void theSessionsCompilationReadsBackInNumberOrderInTheOfficialStyle() throws Exception {
    long session = session();
    Http.Response docx =
        as(Role.STAFF).get("/api/v1/proposals/compilation.docx?session=" + session);
    assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
    assertThat(docx.contentType()).contains("wordprocessingml");
    assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains("docx");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      List<XWPFParagraph> paragraphs = document.getParagraphs();
      List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
      assertThat(texts.get(0)).isEqualTo("提案汇编");
      assertThat(texts).contains("目　　录", DEMO_COMMITTEE);
      List<String> headings =
          paragraphs.stream()
              .filter(p -> "Heading1".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(headings).isNotEmpty();
      assertThat(headings.get(0)).startsWith("一、");
      List<Integer> numbers =
          headings.stream().map(h -> Integer.valueOf(h.replaceAll(".*（第(\\d+)号）$", "$1"))).toList();
      assertThat(numbers).isSorted();
      String p1 = number("P1");
      assertThat(headings).anyMatch(h -> h.endsWith(TAG + "P1（第" + p1 + "号）"));
      assertThat(headings).noneMatch(h -> h.contains(TAG + "P5") || h.contains(TAG + "P6"));
      // The table of contents lists every heading before the body does.
      int contents = texts.indexOf("目　　录");
      String firstHeading = headings.get(0);
      assertThat(texts.indexOf(firstHeading)).isGreaterThan(contents);
      assertThat(
              texts.subList(contents, texts.size()).stream().filter(firstHeading::equals).count())
          .isEqualTo(2);
      int at =
          texts.lastIndexOf(
              headings.stream().filter(h -> h.contains(TAG + "P1（")).findFirst().orElseThrow());
      List<String> section = texts.subList(at, Math.min(texts.size(), at + 14));
      assertThat(section).contains("案号：第" + p1 + "号", "（四）办理答复（A类）", "已按建议列入年度计划并实施。");
      assertThat(String.join("\n", section)).contains("承办单位：主办 " + OWN_UNIT);
      XWPFParagraph body =
          paragraphs.stream()
              .filter(p -> p.getText().equals("已按建议列入年度计划并实施。"))
              .findFirst()
              .orElseThrow();
      assertThat(body.getRuns().get(0).getFontFamily()).isEqualTo("仿宋_GB2312");
      assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
      XWPFParagraph heading = paragraphs.get(at);
      assertThat(heading.getRuns().get(0).getFontFamily()).isEqualTo("黑体");
    }
    assertThat(
            as(Role.MEMBER).get("/api/v1/proposals/compilation.docx?session=" + session).status())
        .isEqualTo(403);
    assertThat(as(Role.STAFF).get("/api/v1/proposals/compilation.docx?session=999999").status())
        .isEqualTo(400);
  }

  // ---- helpers ----

  private JsonNode statistics(Http http) {
    Http.Response response = http.get("/api/v1/proposals/statistics?" + PERIOD);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode unitRow(JsonNode stats, long unit) {
    for (JsonNode row : stats.path("byUnit").values()) {
      if (row.path("id").asLong() == unit) {
        return row.path("figures");
      }
    }
    throw new AssertionError("no row of unit " + unit + ": " + stats);
  }

  private BigDecimal metric(String name, long committee, Map<String, String> filters) {
    return metrics.compute(name, new MetricQuery(committee, FROM, TO, filters)).value();
  }

  private JsonNode overdue(Http http) {
    Http.Response response = http.get("/api/v1/proposals/overdue");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static List<Long> overdueIds(JsonNode view) {
    List<Long> ids = new ArrayList<>();
    view.path("overdue")
        .values()
        .forEach(g -> g.path("proposals").values().forEach(i -> ids.add(i.path("id").asLong())));
    return ids;
  }

  private List<Long> assignedTo(long proposal) {
    return jdbc.sql("select unit_id from proposal_unit where proposal_id = :id")
        .param("id", proposal)
        .query(Long.class)
        .list();
  }

  private int urged(long proposal) {
    return jdbc.sql("select urged from proposal where id = :id")
        .param("id", proposal)
        .query(Integer.class)
        .single();
  }

  private static String sheetText(XSSFWorkbook book) {
    StringBuilder text = new StringBuilder();
    book.getSheetAt(0)
        .forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
    return text.toString();
  }

  private DutyRecordSection section(String titleKey) {
    return dutySections.stream()
        .filter(s -> s.titleKey().equals(titleKey))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> subjects(DutyRecordSection section, long member, int year) {
    return section.lines(member, year).stream().map(DutyLine::what).toList();
  }

  long id(String name) {
    return jdbc.sql("select id from proposal where subject = :s")
        .param("s", TAG + name)
        .query(Long.class)
        .single();
  }

  String number(String name) {
    return String.valueOf(
        jdbc.sql("select number from proposal where subject = :s")
            .param("s", TAG + name)
            .query(Integer.class)
            .single());
  }

  /** Demo members the fixture's proposals come from: the MEMBER account's own leads. */
  long lead() {
    return ownMemberId();
  }

  long cosigner() {
    return demoMembers().get(1);
  }

  long other() {
    return demoMembers().get(2);
  }

  long supervisor() {
    return demoMembers().get(3);
  }

  private List<Long> demoMembers() {
    return jdbc.sql("select id from member where committee_id = :c and id <> :own order by id")
        .param("c", demoCommitteeId())
        .param("own", ownMemberId())
        .query(Long.class)
        .list();
  }

  long session() {
    return jdbc.sql(
            "select min(s.id) from plenary_session s join term t on t.id = s.term_id"
                + " where t.committee_id = :c")
        .param("c", demoCommitteeId())
        .query(Long.class)
        .single();
  }

  // ---- the fixture, made once per context through the services ----

  private synchronized void ensureFixture() {
    long made =
        jdbc.sql("select count(*) from proposal where subject like :tag")
            .param("tag", TAG + "P%")
            .query(Long.class)
            .single();
    if (made > 0) {
      return;
    }
    long committee = demoCommitteeId();
    office(committee, () -> makeFixture(committee));
    long second = idOf("committee", SECOND_COUNTY);
    long secondUnit =
        jdbc.sql("select min(id) from unit where committee_id = :c")
            .param("c", second)
            .query(Long.class)
            .single();
    office(
        second,
        () -> {
          Proposal p =
              proposals.draft(
                  draft(TAG + "外县", ProposalKind.COLLECTIVE, null, List.of()), d(1, 12));
          proposals.accept(p.id(), null, d(1, 13));
          handling.assign(p.id(), secondUnit, List.of(), d(2, 1), d(1, 14));
          return null;
        });
  }

  private Void makeFixture(long committee) {
    long session = session();
    long p1 = paper("P1", ProposalKind.INDIVIDUAL, lead(), List.of(), d(1, 10));
    long p2 = paper("P2", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 11));
    long p3 = paper("P3", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 11));
    long p4 = paper("P4", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 12));
    long p5 = paper("P5", ProposalKind.INDIVIDUAL, lead(), List.of(), d(1, 12));
    long p6 = paper("P6", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 13));
    long p7 = paper("P7", ProposalKind.JOINT, lead(), List.of(cosigner()), d(1, 13));
    long p9 = paper("P9", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 14));
    long p10 = paper("P10", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 14));
    long p12 = paper("P12", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 15));
    long p13 = paper("P13", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 15));
    long p14 = paper("P14", ProposalKind.INDIVIDUAL, other(), List.of(), d(1, 16));
    for (long p : List.of(p1, p2, p3, p4, p7, p12, p13, p14)) {
      proposals.accept(p, session, d(1, 20));
    }
    proposals.reject(p5, "ACADEMIC", "属于学术探讨", d(1, 20));
    proposals.merge(p6, p4, d(1, 20));
    proposals.withdraw(p9, "提案人书面申请撤回", d(1, 21));
    proposals.returnForRevision(p10, "请补充具体建议", d(1, 21));
    handling.assign(p1, u1, List.of(), d(3, 20), d(1, 25));
    handling.assign(p2, u1, List.of(), d(2, 20), d(1, 25));
    handling.assign(p3, u2, List.of(), d(3, 20), d(1, 25));
    handling.assign(p4, u2, List.of(), d(2, 20), d(1, 25));
    handling.assign(p12, u1, List.of(), d(3, 20), d(1, 25));
    handling.assign(p13, u1, List.of(), d(5, 1), d(1, 25));
    handling.assign(p14, u1, List.of(), LocalDate.now(clock).plusDays(7), d(6, 1));
    proposals.markKey(p4, true, supervisor());
    handle(u1, p1, d(3, 1), ReplyGrade.A, "已按建议列入年度计划并实施。");
    handle(u1, p2, d(3, 10), ReplyGrade.B, "正在研究落实。");
    handle(u2, p3, d(3, 15), ReplyGrade.B, "已制定方案。");
    handle(u1, p12, d(3, 1), ReplyGrade.A, "已解决。");
    asUnit(u2, () -> handling.acknowledge(p4, d(1, 26)));
    asUnit(u1, () -> handling.acknowledge(p13, d(1, 26)));
    for (long p : List.of(p1, p2, p3, p12)) {
      handling.passReply(p, d(3, 25));
    }
    handling.rate(p1, Rating.SATISFIED, Rating.SATISFIED, null, d(4, 1));
    handling.rate(p2, Rating.SATISFIED, Rating.BASICALLY_SATISFIED, null, d(4, 1));
    handling.rate(p3, Rating.BASICALLY_SATISFIED, Rating.DISSATISFIED, "未解决实际问题", d(4, 1));
    return null;
  }

  private void handle(long unit, long proposal, LocalDate replied, ReplyGrade grade, String text) {
    asUnit(
        unit,
        () -> {
          handling.acknowledge(proposal, d(1, 26));
          handling.recordContact(proposal, ContactManner.PHONE, "电话沟通", d(2, 1));
          return handling.reply(
              proposal,
              grade,
              text,
              "答复函.pdf",
              new ByteArrayInputStream(
                  "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                      .getBytes(StandardCharsets.US_ASCII)),
              replied);
        });
  }

  private long paper(
      String name, ProposalKind kind, Long lead, List<Long> cosigners, LocalDate submitted) {
    return proposals.draft(draft(TAG + name, kind, lead, cosigners), submitted).id();
  }

  static Proposals.Draft draft(String subject, ProposalKind kind, Long lead, List<Long> cosigners) {
    return new Proposals.Draft(
        kind,
        lead,
        cosigners,
        kind == ProposalKind.COLLECTIVE ? "九三学社云岭县支社" : null,
        null,
        null,
        true,
        null,
        new ProposalText(subject, "现状如此。", "原因在此。", "建议这样做。", null));
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2016, month, day);
  }

  private <T> T office(long committee, Supplier<T> work) {
    return systemActor.callIn(committee, work);
  }

  private <T> T asUnit(long unit, Supplier<T> work) {
    return acting(Role.UNIT, null, unit, work);
  }

  private <T> T asMember(long member, Supplier<T> work) {
    return acting(Role.MEMBER, member, null, work);
  }

  /** Runs the work as a person of the demo committee with the role's permissions. */
  private <T> T acting(Role role, Long member, Long unit, Supplier<T> work) {
    return systemActor.callAs("it-actor", role, member, unit, demoCommitteeId(), work);
  }
}
