package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.STAFF;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * The progress report (ADR 14) end to end through the API and pages: generated from the demo
 * county's records, edited as versions, compared, exported; templates checked when saved; who may
 * do what.
 */
abstract class ReportScenarios extends IntegrationTestSupport {

  private static final String REPORTS = "/api/v1/reports";
  private static final String TEMPLATES = "/api/v1/report-templates";
  private static final Map<String, String> ENGLISH = Map.of("Cookie", "lvzhi-lang=en");

  private static final int YEAR =
      java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

  long generate(Http http) {
    return created(http.postJson(REPORTS, Map.of("from", YEAR + "-01-01", "to", YEAR + "-06-30")));
  }

  @Test
  void theClerkGeneratesEditsSavesComparesAndExportsTheReport() throws Exception {
    Http staff = as(STAFF);
    long id = generate(staff);
    JsonNode report = staff.get(REPORTS + "/" + id).json();
    assertThat(report.path("report").path("latest").asInt()).isEqualTo(1);
    assertThat(report.path("title").asString()).isEqualTo(YEAR + "年1月1日至" + YEAR + "年6月30日工作进展情况");
    List<Map<String, Object>> blocks = new ArrayList<>();
    report
        .path("blocks")
        .values()
        .forEach(
            b ->
                blocks.add(
                    new LinkedHashMap<>(
                        Map.of(
                            "heading",
                            b.path("heading").asBoolean(),
                            "text",
                            b.path("text").asString()))));
    assertThat(blocks).isNotEmpty();
    // Every figure written is in its block's text and links to the records behind it.
    JsonNode figures = report.path("figures");
    assertThat(figures.size()).isPositive();
    for (JsonNode figure : figures.values()) {
      String block = blocks.get(figure.path("block").asInt()).get("text").toString();
      assertThat(block).contains(figure.path("shown").asString());
    }
    Http.Response records = browserAs(STAFF).get(figures.get(0).path("href").asString());
    assertThat(records.status()).as(records.toString()).isEqualTo(200);
    assertThat(records.text()).contains(figures.get(0).path("metric").asString());

    // The clerk edits a paragraph and saves version 2.
    int last = blocks.size() - 1;
    blocks.get(last).put("text", blocks.get(last).get("text") + "编辑补充的一句。");
    Map<String, Object> edit = new LinkedHashMap<>();
    edit.put("version", report.path("report").path("version").asInt());
    edit.put("title", "云溪县政协上半年工作进展情况");
    edit.put("blocks", blocks);
    edit.put("note", "补充一句");
    Http.Response saved = staff.postJson(REPORTS + "/" + id + "/versions", edit);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    assertThat(saved.json().path("number").asInt()).isEqualTo(2);
    // Saving over the version read before is stale.
    assertThat(staff.postJson(REPORTS + "/" + id + "/versions", edit).status()).isEqualTo(409);

    JsonNode versions = staff.get(REPORTS + "/" + id + "/versions").json();
    assertThat(joined(versions, "number", "savedBy", "note"))
        .containsExactly("2 it-staff 补充一句", "1 it-staff ");

    JsonNode diff = staff.get(REPORTS + "/" + id + "/diff?from=1&to=2").json();
    assertThat(diff.path("unchanged").asBoolean()).isFalse();
    List<String> added = new ArrayList<>();
    diff.path("rows")
        .values()
        .forEach(
            row ->
                row.path("after")
                    .values()
                    .forEach(
                        s -> {
                          if (s.path("changed").asBoolean()) {
                            added.add(s.path("text").asString());
                          }
                        }));
    assertThat(String.join("", added)).contains("编辑补充的一句。").contains("云溪县政协上半");
    Http.Response page = browserAs(STAFF).get("/reports/" + id + "/compare?from=1&to=2");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("<ins class=\"text-success\" lang=\"zh\">");

    Http.Response docx = staff.get(REPORTS + "/" + id + "/versions/2/report.docx");
    assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertThat(text.getText()).contains("云溪县政协上半年工作进展情况").contains("编辑补充的一句。").contains("一、");
    }
    Http.Response pdf = staff.get(REPORTS + "/" + id + "/versions/2/report.pdf");
    if (Files.exists(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
      assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
      PdfReader reader = new PdfReader(pdf.body());
      StringBuilder text = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        text.append(new PdfTextExtractor(reader).getTextFromPage(p));
      }
      assertThat(text.toString().replaceAll("\\s", "")).contains("云溪县政协上半年工作进展情况");
    }

    // Final: no more versions until reopened.
    int version = staff.get(REPORTS + "/" + id).json().path("report").path("version").asInt();
    assertThat(
            staff.postJson(REPORTS + "/" + id + "/finalise", Map.of("version", version)).status())
        .isEqualTo(200);
    edit.put("version", version + 1);
    Http.Response refused = staff.postJson(REPORTS + "/" + id + "/versions", edit);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text()).contains("已定稿");
    assertThat(
            staff.postJson(REPORTS + "/" + id + "/reopen", Map.of("version", version + 1)).status())
        .isEqualTo(200);
    assertThat(
            staff
                .postJson(
                    REPORTS + "/" + id + "/versions",
                    Map.of("version", version + 2, "title", "x", "blocks", List.of()))
                .status())
        .isEqualTo(400);
  }

  @Test
  void aTemplateNamingAnUnknownMetricOrFilterOrBrokenIsRefusedInTheReadersLanguage() {
    Http staff = as(STAFF);
    long section =
        created(staff.postJson(TEMPLATES + "/sections", Map.of("heading", "校验" + tag())));
    String path = TEMPLATES + "/sections/" + section + "/sentences";
    Http.Response unknown = staff.postJson(path, Map.of("text", "开展{activity.nothing}次"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.fieldErrors().get("text")).contains("指标目录中没有指标“activity.nothing”");
    Http.Response english = staff.postJson(path, Map.of("text", "开展{activity.nothing}次"), ENGLISH);
    assertThat(english.fieldErrors().get("text")).contains("has no metric \"activity.nothing\"");
    Http.Response filter = staff.postJson(path, Map.of("text", "开展{activity.count|colour=red}次"));
    assertThat(filter.status()).isEqualTo(400);
    assertThat(filter.fieldErrors().get("text")).contains("没有筛选条件“colour”").contains("category");
    Http.Response broken = staff.postJson(path, Map.of("text", "开展{activity.count次"));
    assertThat(broken.fieldErrors().get("text")).contains("第3个字符处的花括号没有闭合");

    long sentence =
        created(staff.postJson(path, Map.of("text", "开展{activity.count|category=TRAINING}次。")));
    JsonNode sections = staff.get(TEMPLATES).json();
    JsonNode mine = null;
    for (JsonNode s : sections.values()) {
      if (s.path("id").asLong() == section) {
        mine = s;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(strings(mine.path("sentences"), "text"))
        .containsExactly("开展{activity.count|category=TRAINING}次。");
    assertThat(
            staff
                .putJson(
                    TEMPLATES + "/sentences/" + sentence,
                    Map.of("text", "开展{activity.count}次。", "version", 5))
                .status())
        .isEqualTo(409);
    assertThat(
            staff
                .putJson(
                    TEMPLATES + "/sentences/" + sentence,
                    Map.of("text", "{nope.metric}", "version", 0))
                .status())
        .isEqualTo(400);
    assertThat(staff.delete(TEMPLATES + "/sections/" + section + "?version=0").status())
        .isEqualTo(204);
    assertThat(staff.delete(TEMPLATES + "/sentences/" + sentence + "?version=0").status())
        .isEqualTo(404);
  }

  @Test
  void theStandardTemplatesNameEveryMetricOfTheCatalogueAndEachPassesTheCheck() throws Exception {
    Http staff = as(STAFF);
    String standard;
    try (var in =
        getClass().getClassLoader().getResourceAsStream("report/standard-templates.txt")) {
      standard = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> missing = new ArrayList<>();
    for (String metric : strings(staff.get("/api/v1/metrics").json(), "name")) {
      if (!standard.contains("{" + metric + "|") && !standard.contains("{" + metric + "}")) {
        missing.add(metric);
      }
    }
    assertThat(missing).as("metrics without a standard sentence").isEmpty();
    long section =
        created(staff.postJson(TEMPLATES + "/sections", Map.of("heading", "标准" + tag())));
    for (String line : standard.lines().toList()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        Http.Response added =
            staff.postJson(TEMPLATES + "/sections/" + section + "/sentences", Map.of("text", line));
        assertThat(added.status()).as("%s: %s", line, added).isEqualTo(201);
      }
    }
    staff.delete(TEMPLATES + "/sections/" + section + "?version=0");
  }

  @Test
  void aPeriodMissingOrReversedIsRefused() {
    Http staff = as(STAFF);
    assertThat(
            staff.postJson(REPORTS, Map.of("from", "2026-06-30", "to", "2026-01-01")).fieldErrors())
        .containsKey("to");
    assertThat(staff.postJson(REPORTS, Map.of("to", "2026-01-01")).fieldErrors())
        .containsKey("from");
    assertThat(staff.get(REPORTS + "/999999999").status()).isEqualTo(404);
  }

  enum Call {
    LIST,
    GENERATE,
    DETAIL,
    SAVE,
    DOCX,
    TEMPLATES,
    ADD_SECTION,
    PAGE_LIST,
    PAGE_EDITOR,
    PAGE_TEMPLATES
  }

  /** Columns: ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR. */
  private static final Map<Call, int[]> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put(Call.LIST, new int[] {200, 200, 403, 200, 403, 403, 200});
    CALLS.put(Call.GENERATE, new int[] {201, 201, 403, 403, 403, 403, 403});
    CALLS.put(Call.DETAIL, new int[] {200, 200, 403, 200, 403, 403, 200});
    CALLS.put(Call.SAVE, new int[] {201, 201, 403, 403, 403, 403, 403});
    CALLS.put(Call.DOCX, new int[] {200, 200, 403, 200, 403, 403, 200});
    CALLS.put(Call.TEMPLATES, new int[] {200, 200, 403, 200, 403, 403, 200});
    CALLS.put(Call.ADD_SECTION, new int[] {201, 201, 403, 403, 403, 403, 403});
    CALLS.put(Call.PAGE_LIST, new int[] {200, 200, 403, 200, 403, 403, 200});
    CALLS.put(Call.PAGE_EDITOR, new int[] {200, 200, 403, 200, 403, 403, 200});
    CALLS.put(Call.PAGE_TEMPLATES, new int[] {200, 200, 403, 200, 403, 403, 200});
  }

  static Stream<Arguments> calls() {
    return RoleMatrix.cases(CALLS);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("calls")
  void everyRoleMayDoOnlyWhatItsPartAllows(Role role, Call call, int expected) {
    long id = generate(as(STAFF));
    Http http = as(role);
    Http.Response response =
        switch (call) {
          case LIST -> http.get(REPORTS);
          case GENERATE -> http.postJson(REPORTS, Map.of("from", "2026-01-01", "to", "2026-03-31"));
          case DETAIL -> http.get(REPORTS + "/" + id);
          case SAVE ->
              http.postJson(
                  REPORTS + "/" + id + "/versions",
                  Map.of(
                      "version",
                      0,
                      "title",
                      "矩阵",
                      "blocks",
                      List.of(Map.of("heading", false, "text", "矩阵正文。"))));
          case DOCX -> http.get(REPORTS + "/" + id + "/versions/1/report.docx");
          case TEMPLATES -> http.get(TEMPLATES);
          case ADD_SECTION ->
              http.postJson(TEMPLATES + "/sections", Map.of("heading", "矩阵" + tag()));
          case PAGE_LIST -> browserAs(role).get("/reports");
          case PAGE_EDITOR -> browserAs(role).get("/reports/" + id);
          case PAGE_TEMPLATES -> browserAs(role).get("/reports/templates");
        };
    if (call.name().startsWith("PAGE")) {
      RoleMatrix.checkPage(role, call, response, expected);
    } else {
      RoleMatrix.checkApi(role, call, response, expected);
    }
    if (call == Call.ADD_SECTION && expected == 201) {
      http.delete(TEMPLATES + "/sections/" + response.json().path("id").asLong() + "?version=0");
    }
  }
}
