package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.LEADER;
import static org.lvzhi.system.Role.STAFF;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.system.Role;
import org.lvzhi.target.TargetSnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Annual targets end to end through the API and pages: the demo's campaign reads its actual values
 * from the metric catalogue; the office defines a campaign and targets, refused whole on bad input;
 * a month's snapshot is kept once even when two schedulers take it at once, and reads the same
 * after the target and the records behind it change; the table exports; who may do what.
 */
abstract class TargetScenarios extends IntegrationTestSupport {

  private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @Autowired TargetSnapshots snapshots;

  @Test
  void theDemoCampaignReadsEveryActualValueFromTheMetricCatalogue() {
    JsonNode table = ok(as(STAFF).get("/api/v1/targets/progress?year=" + THIS_YEAR)).json();
    assertThat(table.path("campaign").asString()).isEqualTo("三个年");
    List<String> themes = new ArrayList<>();
    table.path("targets").forEach(t -> themes.add(t.path("theme").asString()));
    assertThat(themes.stream().distinct().toList())
        .containsExactly("项目建设年", "营商环境突破年", "干部作风能力提升年");
    assertThat(table.path("targets").size()).isGreaterThanOrEqualTo(12);
    LocalDate asOf = LocalDate.parse(table.path("asOf").asString());
    for (JsonNode target : table.path("targets")) {
      if (target.path("manual").asBoolean()) {
        continue;
      }
      StringBuilder query =
          new StringBuilder("/api/v1/metrics/" + target.path("metric").asString())
              .append("?from=")
              .append(THIS_YEAR)
              .append("-01-01&to=")
              .append(asOf);
      target
          .path("filters")
          .properties()
          .forEach(
              f ->
                  query.append('&').append(f.getKey()).append('=').append(f.getValue().asString()));
      JsonNode metric = ok(as(STAFF).get(query.toString())).json();
      java.math.BigDecimal value = metric.path("value").decimalValue();
      if ("亿元".equals(target.path("unit").asString())) {
        value = value.movePointLeft(4);
      }
      assertThat(new java.math.BigDecimal(target.path("actual").asString()))
          .as(target.path("label").asString())
          .isEqualByComparingTo(value);
    }
    JsonNode shepherded = line(table, "包抓项目完成投资");
    assertThat(shepherded.path("targetValue").asString()).isEqualTo("19000");
    assertThat(shepherded.path("recordsHref").asString())
        .startsWith("/metrics/records?metric=investment.shepherded-completed");
    assertThat(ok(browserAs(LEADER).get(shepherded.path("recordsHref").asString())).text())
        .contains("id=\"records-list\"");
  }

  @Test
  void theOfficeDefinesACampaignThemesAndTargetsAndTheTableShowsThem() {
    Http staff = as(STAFF);
    long campaign =
        created(staff.postJson("/api/v1/targets/campaigns", Map.of("year", 2011, "name", "三个年")));
    assertThat(
            staff
                .postJson("/api/v1/targets/campaigns", Map.of("year", 2011, "name", "又一个"))
                .status())
        .isEqualTo(409);
    long theme =
        created(
            staff.postJson(
                "/api/v1/targets/campaigns/" + campaign + "/themes", Map.of("name", "项目建设年")));
    Map<String, Object> body =
        target(theme, "举办专题培训", "activity.count", Map.of("category", "TRAINING"), "次", "4");
    long target =
        created(staff.postJson("/api/v1/targets/campaigns/" + campaign + "/targets", body));

    JsonNode kept = ok(staff.get("/api/v1/targets/" + target)).json();
    assertThat(kept.path("filters").path("category").asString()).isEqualTo("TRAINING");
    JsonNode table = ok(as(LEADER).get("/api/v1/targets/progress?year=2011")).json();
    JsonNode line = line(table, "举办专题培训");
    assertThat(line.path("actual").asString()).isEqualTo("0");
    assertThat(line.path("elapsed").asString())
        .as("a past year has all of it elapsed")
        .isEqualTo("100");
    assertThat(line.path("completion").asString()).isEqualTo("0");
    assertThat(line.path("flag").asString()).isEqualTo("RED");

    String page = ok(browserAs(LEADER).get("/targets?year=2011")).text();
    assertThat(page).contains("举办专题培训").contains("targets-table");
    assertThat(ok(browserAs(STAFF).get("/targets/campaign?year=2011")).text())
        .contains("target-form")
        .contains("项目建设年");

    Map<String, Object> change = new HashMap<>(body);
    change.put("version", kept.path("version").asInt() + 5);
    assertThat(staff.putJson("/api/v1/targets/" + target, change).status())
        .as("a stale version")
        .isEqualTo(409);
    change.put("version", kept.path("version").asInt());
    change.put("targetValue", "6");
    ok(staff.putJson("/api/v1/targets/" + target, change));
    assertThat(ok(staff.get("/api/v1/targets/" + target)).json().path("targetValue").asString())
        .isEqualTo("6");
  }

  @Test
  void aTargetIsRefusedWholeWithEveryProblemNamed() {
    Http staff = as(STAFF);
    long campaign =
        created(staff.postJson("/api/v1/targets/campaigns", Map.of("year", 2012, "name", "测试")));
    String targets = "/api/v1/targets/campaigns/" + campaign + "/targets";

    Http.Response unknown =
        staff.postJson(targets, target(null, "x", "no.such-metric", Map.of(), "次", "1"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("metric");

    Http.Response filter =
        staff.postJson(
            targets, target(null, "x", "activity.count", Map.of("colour", "red"), "个", "-1"));
    assertThat(filter.status()).isEqualTo(400);
    assertThat(filter.text()).contains("filters").contains("unit").contains("targetValue");

    Http.Response stage =
        staff.postJson(
            targets,
            target(null, "x", "investment.reached-stage", Map.of("stage", "FLYING"), "个", "1"));
    assertThat(stage.status()).as("a filter value the metric refuses").isEqualTo(400);

    Map<String, Object> manual = target(null, "轮训", null, Map.of(), "人次", "10");
    manual.put("manual", true);
    Http.Response noNote = staff.postJson(targets, manual);
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.text()).contains("manualValue").contains("manualNote").contains("manualOn");

    assertThat(ok(staff.get("/api/v1/targets?year=2012")).json().size())
        .as("nothing saved")
        .isZero();
    assertThat(staff.putRawJson("/api/v1/targets/999999999", "{\"version\": 0}").status())
        .isIn(400, 404);
    assertThat(staff.get("/api/v1/targets/999999999").status()).isEqualTo(404);
  }

  @Test
  void aMonthsSnapshotIsKeptOnceAndReadsTheSameAfterLaterEdits() throws Exception {
    Http staff = as(STAFF);
    long campaign =
        created(staff.postJson("/api/v1/targets/campaigns", Map.of("year", 2005, "name", "快照年")));
    Map<String, Object> body =
        target(null, "履职建言", "output.count", Map.of("type", "SUGGESTION"), "个", "4");
    long counted =
        created(staff.postJson("/api/v1/targets/campaigns/" + campaign + "/targets", body));
    Map<String, Object> manual = target(null, "机关轮训", null, Map.of(), "人次", "10");
    manual.put("manual", true);
    manual.put("manualValue", "5");
    manual.put("manualNote", "据台账");
    manual.put("manualOn", "2005-03-15");
    long typed =
        created(staff.postJson("/api/v1/targets/campaigns/" + campaign + "/targets", manual));
    suggestion(staff, "2005-03-10");
    suggestion(staff, "2005-04-02");

    // Two nodes' schedulers take March at the same moment: each target's month is kept once.
    CyclicBarrier together = new CyclicBarrier(2);
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> takeMarch(together));
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> takeMarch(together));
    int written = one.get() + two.get();
    assertThat(snapshotRows(counted)).isEqualTo(1);
    assertThat(snapshotRows(typed)).isEqualTo(1);
    assertThat(written).as("rows written by both nodes together").isEqualTo(rowsOf2005());
    assertThat(snapshots.take(YearMonth.of(2005, 3))).as("taken again: nothing new").isZero();

    JsonNode march = ok(as(LEADER).get("/api/v1/targets/progress?year=2005&month=3")).json();
    assertThat(march.path("snapshot").asBoolean()).isTrue();
    JsonNode kept = line(march, "履职建言");
    assertThat(kept.path("actual").asString()).isEqualTo("1");
    assertThat(kept.path("completion").asString()).isEqualTo("25");
    assertThat(kept.path("elapsed").asString()).as("90 of 365 days").isEqualTo("24.66");
    assertThat(line(march, "机关轮训").path("actual").asString()).isEqualTo("5");

    // Afterwards the target is changed and another record is entered, dated in March.
    Map<String, Object> change = new HashMap<>(body);
    change.put("label", "履职建言（调整）");
    change.put("targetValue", "8");
    change.put("filters", Map.of());
    change.put(
        "version", ok(staff.get("/api/v1/targets/" + counted)).json().path("version").asInt());
    ok(staff.putJson("/api/v1/targets/" + counted, change));
    suggestion(staff, "2005-03-20");
    ok(staff.delete("/api/v1/targets/" + typed + "?version=0"));

    JsonNode again = ok(as(LEADER).get("/api/v1/targets/progress?year=2005&month=3")).json();
    assertThat(again.toString()).isEqualTo(march.toString());
    JsonNode now = ok(as(LEADER).get("/api/v1/targets/progress?year=2005")).json();
    JsonNode changed = line(now, "履职建言（调整）");
    assertThat(changed.path("targetValue").asString()).isEqualTo("8");
    assertThat(new java.math.BigDecimal(changed.path("actual").asString()))
        .isGreaterThanOrEqualTo(new java.math.BigDecimal("3"));
    assertThat(ok(as(LEADER).get("/api/v1/targets/" + counted + "/trend")).json().size())
        .isEqualTo(1);
    assertThat(ok(browserAs(LEADER).get("/targets?year=2005&month=3")).text())
        .contains("履职建言")
        .doesNotContain("履职建言（调整）");
  }

  @Test
  void theTargetTableExportsAsASpreadsheet() throws Exception {
    Http.Response sheet = ok(browserAs(LEADER).get("/targets.xlsx?year=" + THIS_YEAR));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
      var rows = book.getSheetAt(0);
      assertThat(rows.getRow(0).getCell(1).getStringCellValue()).isEqualTo("指标");
      assertThat(rows.getLastRowNum()).isGreaterThanOrEqualTo(12);
      List<String> labels = new ArrayList<>();
      for (int i = 1; i <= rows.getLastRowNum(); i++) {
        labels.add(rows.getRow(i).getCell(1).getStringCellValue());
      }
      assertThat(labels).contains("包抓项目完成投资", "掌握项目线索");
    }
  }

  @Test
  void aLeaderLandsOnTheDashboardWhoseFiguresLinkToTheirRecords() {
    Http leader = anonymous();
    Http.Response login = leader.formLogin(username(LEADER), PASSWORD);
    assertThat(login.location()).endsWith("/dashboard");
    String page = ok(leader.get("/dashboard")).text();
    assertThat(page).contains("dashboard-figures").contains("/metrics/records?metric=");
    JsonNode api = ok(as(LEADER).get("/api/v1/dashboard?year=" + THIS_YEAR)).json();
    assertThat(api.path("charts").size()).isEqualTo(3);
    assertThat(api.path("charts").get(0).path("bars").size()).isEqualTo(12);
    assertThat(as(LEADER).get("/api/v1/dashboard?year=" + THIS_YEAR + "&from=2001-01-01").status())
        .isEqualTo(400);
    Http staff = anonymous();
    assertThat(staff.formLogin(username(STAFF), PASSWORD).location()).doesNotEndWith("/dashboard");
  }

  static Stream<Arguments> roles() {
    Map<String, int[]> table = new LinkedHashMap<>();
    // ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR
    table.put("/targets", new int[] {200, 200, 200, 200, 403, 403, 200});
    table.put("/targets/campaign", new int[] {200, 200, 403, 403, 403, 403, 403});
    table.put("/dashboard", new int[] {200, 200, 403, 200, 403, 403, 200});
    table.put("/targets.xlsx", new int[] {200, 200, 403, 200, 403, 403, 200});
    table.put(
        "/metrics/records?metric=activity.count&from=2020-01-01&to=2020-12-31",
        new int[] {200, 200, 403, 200, 403, 403, 200});
    return RoleMatrix.cases(table);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("roles")
  void whoOpensWhichPage(Role role, String page, int expected) {
    RoleMatrix.checkPage(role, page, browserAs(role).get(page), expected);
  }

  static Stream<Arguments> apiRoles() {
    Map<String, int[]> table = new LinkedHashMap<>();
    table.put(
        "GET /api/v1/targets/progress?year=2020", new int[] {200, 200, 200, 200, 403, 403, 200});
    table.put("GET /api/v1/dashboard", new int[] {200, 200, 403, 200, 403, 403, 200});
    table.put("POST /api/v1/targets/campaigns", new int[] {400, 400, 403, 403, 403, 403, 403});
    return RoleMatrix.cases(table);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("apiRoles")
  void whoCallsWhichEndpoint(Role role, String call, int expected) {
    Http http = as(role);
    String path = call.substring(call.indexOf(' ') + 1);
    Http.Response response =
        call.startsWith("GET")
            ? http.get(path)
            // a year out of range: the office is refused for its input, the others for want of
            // right
            : http.postJson(path, Map.of("year", 1900, "name", "x"));
    RoleMatrix.checkApi(role, call, response, expected);
  }

  private int takeMarch(CyclicBarrier together) {
    try {
      together.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return snapshots.take(YearMonth.of(2005, 3));
  }

  private int snapshotRows(long target) {
    return jdbc.sql(
            "select count(*) from target_snapshot where target_id = :t and snapshot_month = 200503")
        .param("t", target)
        .query(Integer.class)
        .single();
  }

  private int rowsOf2005() {
    return jdbc.sql("select count(*) from target_snapshot where snapshot_month = 200503")
        .query(Integer.class)
        .single();
  }

  private void suggestion(Http staff, String on) {
    Map<String, Object> output = new HashMap<>();
    output.put("title", "建言" + tag());
    output.put("outputType", "SUGGESTION");
    output.put("authors", List.of(ownMemberId()));
    output.put("outputOn", on);
    Http.Response response = staff.postJson("/api/v1/outputs", output);
    assertThat(response.status()).as(response.toString()).isIn(200, 201);
  }

  static Map<String, Object> target(
      Long theme,
      String label,
      String metric,
      Map<String, String> filters,
      String unit,
      String value) {
    Map<String, Object> body = new HashMap<>();
    body.put("themeId", theme);
    body.put("label", label);
    body.put("metric", metric);
    body.put("filters", filters);
    body.put("unit", unit);
    body.put("targetValue", value);
    return body;
  }

  static JsonNode line(JsonNode table, String label) {
    for (JsonNode target : table.path("targets")) {
      if (label.equals(target.path("label").asString())) {
        return target;
      }
    }
    throw new AssertionError("no target " + label + " in " + table);
  }

  static Http.Response ok(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response;
  }

  static long created(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().path("id").asLong();
  }
}
