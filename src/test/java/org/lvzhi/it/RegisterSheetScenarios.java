package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Excel export and all-or-nothing import of the member roster through the API, on H2 ({@link
 * RegisterSheetsH2Test}) and PostgreSQL ({@link RegisterSheetsPostgresTest}).
 */
abstract class RegisterSheetScenarios extends IntegrationTestSupport {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * The member fields' Chinese names, in field order: the export's and the template's header row.
   */
  static final List<String> MEMBER_HEADERS =
      List.of(
          "姓名", "性别", "出生日期", "政治面貌", "界别", "所属专委会", "工作单位", "职务", "手机号码", "常委", "领导职务", "党组成员",
          "届次", "状态", "离任日期");

  @BeforeEach
  void testOrganisationExists() {
    testOrganisation(); // the files below name its term, sector and special committee
  }

  @Test
  void theExportHoldsExactlyTheFilteredRows() throws IOException {
    Http staff = as(Role.STAFF);
    String tag = tag();
    String mobileA = mobile();
    created(
        staff.postJson(
            "/api/v1/members", born(member("导出甲", "女", mobileA, "导出" + tag), "1971-02-03")));
    created(
        staff.postJson(
            "/api/v1/members", born(member("导出乙", "男", mobile(), "导出" + tag), "1972-02-03")));
    created(
        staff.postJson(
            "/api/v1/members", born(member("导出丙", "女", mobile(), "导出" + tag), "1973-02-03")));

    Http.Response export =
        staff.get(
            "/api/v1/members/export.xlsx?q=" + tag + "&f_gender=FEMALE&sort=birthDate&dir=asc");
    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    assertThat(export.contentType()).isEqualTo(XLSX);
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment")
        .contains(".xlsx");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("委员");
      assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(MEMBER_HEADERS);
      assertThat(sheet.getLastRowNum()).as("header + exactly the two filtered rows").isEqualTo(2);
      Map<String, String> first = row(sheet, 1);
      assertThat(first)
          .containsEntry("姓名", "导出甲")
          .containsEntry("性别", "女")
          .containsEntry("手机号码", mobileA)
          .containsEntry("政治面貌", "中共党员")
          .containsEntry("界别", TEST_SECTOR)
          .containsEntry("所属专委会", TEST_SPECIAL_COMMITTEE)
          .containsEntry("届次", TEST_TERM)
          .containsEntry("状态", "在任");
      Cell birth = sheet.getRow(1).getCell(MEMBER_HEADERS.indexOf("出生日期"));
      assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(birth.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
          .isEqualTo(LocalDate.of(1971, 2, 3));
      assertThat(row(sheet, 2)).containsEntry("姓名", "导出丙");
    }

    Http.Response everyone = staff.get("/api/v1/members/export.xlsx?q=" + tag);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(everyone.body()))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void theTemplateFilledInImportsEveryRow() throws IOException {
    Http staff = as(Role.STAFF);
    Http.Response template = staff.get("/api/v1/members/import/template.xlsx");
    assertThat(template.status()).as(template.toString()).isEqualTo(200);
    assertThat(template.contentType()).isEqualTo(XLSX);

    String tag = tag();
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(MEMBER_HEADERS);
      assertThat(workbook.getSheet("说明")).isNotNull();
      fill(sheet, 1, goodRow("导入甲", "女", mobile(), "单位" + tag));
      fill(sheet, 2, goodRow("导入乙", "男", mobile(), "单位" + tag));
      fill(sheet, 3, goodRow("导入丙", "女", mobile(), "单位" + tag));
      file = bytes(workbook);
    }

    Http.Response imported = staff.upload("/api/v1/members/import", "委员.xlsx", file, Map.of());
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("imported").asInt()).isEqualTo(3);
    assertThat(imported.json().path("followUpRows").size()).isZero();

    JsonNode rows = staff.get("/api/v1/members?q=" + tag + "&sort=name").json().path("rows");
    assertThat(strings(rows, "name")).containsExactlyInAnyOrder("导入甲", "导入乙", "导入丙");
    JsonNode one =
        rows.values().stream()
            .filter(r -> r.path("name").asString().equals("导入甲"))
            .findFirst()
            .orElseThrow();
    assertThat(one.path("gender").asString()).isEqualTo("FEMALE");
    assertThat(one.path("party").asString()).isEqualTo("CNDCA");
    assertThat(one.path("termId").asLong()).isEqualTo(testOrganisation().termId());
    assertThat(one.path("sectorId").asLong()).isEqualTo(testOrganisation().sectorId());
    assertThat(longArray(one.path("specialCommittees")))
        .containsExactly(testOrganisation().specialCommitteeId());
    assertThat(one.path("standing").asBoolean()).isTrue();
    JsonNode full = staff.get("/api/v1/members/" + one.path("id").asLong()).json();
    assertThat(full.path("birthDate").asString()).isEqualTo("1968-09-10");
    assertThat(
            strings(
                staff.get("/api/v1/members/" + one.path("id").asLong() + "/history").json(),
                "action"))
        .containsExactly("CREATE");
  }

  @Test
  void aFileWithTwoBadRowsListsEachAndSavesNothing() throws IOException {
    Http staff = as(Role.STAFF);
    String tag = tag();
    long before = jdbc.sql("select count(*) from member").query(Long.class).single();
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("委员");
      fill(sheet, 0, MEMBER_HEADERS);
      fill(sheet, 1, goodRow("好甲", "女", mobile(), "单位" + tag)); // Excel row 2
      List<String> badMobile = goodRow("坏乙", "男", "1234", "单位" + tag); // Excel row 3
      fill(sheet, 2, badMobile);
      fill(sheet, 3, goodRow("好丙", "男", mobile(), "单位" + tag)); // Excel row 4
      fill(sheet, 4, goodRow("坏丁", "未知", mobile(), "单位" + tag)); // Excel row 5
      fill(sheet, 5, goodRow("好戊", "女", mobile(), "单位" + tag)); // Excel row 6
      file = bytes(workbook);
    }

    Http.Response refused = staff.upload("/api/v1/members/import", "members.xlsx", file, Map.of());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("title").asString()).isEqualTo("导入失败");
    assertThat(refused.json().path("detail").asString()).isEqualTo("文件未导入：发现 2 处问题，请修改后重新上传。");
    List<String> errors = new ArrayList<>();
    refused
        .json()
        .path("errors")
        .values()
        .forEach(
            e ->
                errors.add(
                    e.path("row").asInt()
                        + "|"
                        + e.path("column").asString()
                        + "|"
                        + e.path("message").asString()));
    assertThat(errors)
        .containsExactly("3|手机号码|“手机号码”应为11位手机号码，“1234”不是有效的手机号。", "5|性别|“性别”不能是“未知”，可选：男、女。");

    assertThat(total("members", "q=" + tag)).isZero();
    assertThat(jdbc.sql("select count(*) from member").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void theSameMemberTwiceInOneFileIsRefused() throws IOException {
    Http staff = as(Role.STAFF);
    String tag = tag();
    String mobile = mobile();
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("委员");
      fill(sheet, 0, MEMBER_HEADERS);
      fill(sheet, 1, goodRow("重复者", "男", mobile, "单位" + tag));
      fill(sheet, 2, goodRow("重复者", "男", mobile, "单位" + tag));
      file = bytes(workbook);
    }
    Http.Response refused = staff.upload("/api/v1/members/import", "members.xlsx", file, Map.of());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    JsonNode error = refused.json().path("errors").get(0);
    assertThat(refused.json().path("errors").size()).isEqualTo(1);
    assertThat(error.path("row").asInt()).isEqualTo(3);
    assertThat(error.path("column").asString()).isEqualTo("手机号码");
    assertThat(error.path("message").asString())
        .isEqualTo("本届已有同名且手机号相同的委员（重复者，" + mobile + "），不能重复登记。");
    assertThat(total("members", "q=" + tag)).isZero();
  }

  @Test
  void aCsvFileInGbkImportsCorrectly() {
    Http staff = as(Role.STAFF);
    String tag = tag();
    String csv =
        "姓名,性别,政治面貌,手机号码,届次,工作单位,界别,所属专委会,职务\r\n"
            + "欧阳秀兰,女,九三学社社员,"
            + mobile()
            + ","
            + TEST_TERM
            + ",云溪县人民医院"
            + tag
            + ","
            + TEST_SECTOR
            + ","
            + TEST_SPECIAL_COMMITTEE
            + ",主任医师\r\n"
            + "龚德明,男,无党派人士,"
            + mobile()
            + ","
            + TEST_TERM
            + ",云溪县职业教育中心"
            + tag
            + ",,,高级讲师\r\n";
    byte[] gbk = csv.getBytes(Charset.forName("GBK"));
    assertThat(gbk)
        .as("the file really is GBK, not UTF-8")
        .isNotEqualTo(csv.getBytes(StandardCharsets.UTF_8));

    Http.Response imported =
        staff.upload("/api/v1/members/import", "members-gbk.csv", gbk, Map.of());
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("imported").asInt()).isEqualTo(2);

    JsonNode rows = staff.get("/api/v1/members?q=" + tag).json().path("rows");
    assertThat(strings(rows, "name")).containsExactlyInAnyOrder("欧阳秀兰", "龚德明");
    assertThat(strings(rows, "post")).containsExactlyInAnyOrder("主任医师", "高级讲师");
    JsonNode ouyang =
        rows.values().stream()
            .filter(r -> r.path("name").asString().equals("欧阳秀兰"))
            .findFirst()
            .orElseThrow();
    assertThat(ouyang.path("party").asString()).isEqualTo("JIUSAN");
    assertThat(ouyang.path("display").path("party").asString()).isEqualTo("九三学社社员");
    assertThat(ouyang.path("display").path("sectorId").asString()).isEqualTo(TEST_SECTOR);
  }

  @Test
  void anOldExcelFileIsRefusedWithAClearMessage() {
    Http.Response refused =
        as(Role.STAFF)
            .upload("/api/v1/members/import", "members.xls", new byte[] {1, 2, 3}, Map.of());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors").get(0).path("message").asString()).contains(".xlsx");
  }

  @Test
  void followUpCreatesMemberAccountsThatMustChangeTheirPasswordFirst() throws IOException {
    Http staff = as(Role.STAFF);
    String tag = tag();
    String mobile = mobile();
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("委员");
      fill(sheet, 0, MEMBER_HEADERS);
      fill(sheet, 1, goodRow("冯春生", "男", mobile, "单位" + tag));
      fill(sheet, 2, goodRow("冯玉兰", "女", mobile(), "单位" + tag));
      file = bytes(workbook);
    }

    Http.Response imported =
        staff.upload("/api/v1/members/import", "members.xlsx", file, Map.of("followUp", "true"));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    JsonNode result = imported.json();
    assertThat(result.path("imported").asInt()).isEqualTo(2);
    assertThat(result.path("followUpHeaders").values())
        .extracting(JsonNode::asString)
        .containsExactly("姓名", "用户名", "初始密码");
    assertThat(result.path("followUpRows").size()).isEqualTo(2);
    JsonNode issued =
        result.path("followUpRows").values().stream()
            .filter(r -> r.get(0).asString().equals("冯春生"))
            .findFirst()
            .orElseThrow();
    assertThat(issued.get(1).asString()).isEqualTo(mobile);
    String oneTime = issued.get(2).asString();
    assertThat(oneTime).hasSize(14);

    long memberId =
        staff.get("/api/v1/members?q=" + mobile).json().path("rows").get(0).path("id").asLong();
    assertThat(
            jdbc.sql("select must_change_password from account where username = :u")
                .param("u", mobile)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            jdbc.sql("select member_id from account where username = :u")
                .param("u", mobile)
                .query(Long.class)
                .single())
        .isEqualTo(memberId);

    Http firstSignIn = Http.basic(port, mobile, oneTime);
    for (String path :
        List.of("/api/v1/members", "/api/v1/account/me", "/api/v1/members/" + memberId)) {
      Http.Response blocked = firstSignIn.get(path);
      assertThat(blocked.status()).as(path + ": " + blocked).isEqualTo(403);
      assertThat(blocked.contentType()).startsWith("application/problem+json");
      assertThat(blocked.json().path("title").asString()).isEqualTo("请先修改初始密码");
    }

    String chosen = "Weiyuan-Lvzhi-2026";
    Http.Response changed =
        firstSignIn.postJson(
            "/api/v1/account/password", Map.of("currentPassword", oneTime, "newPassword", chosen));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

    Http member = Http.basic(port, mobile, chosen);
    JsonNode me = member.get("/api/v1/account/me").json();
    assertThat(me.path("mustChangePassword").asBoolean()).isFalse();
    assertThat(me.path("role").asString()).isEqualTo("MEMBER");
    assertThat(me.path("memberId").asLong()).isEqualTo(memberId);
    JsonNode own = member.get("/api/v1/members").json();
    assertThat(own.path("total").asLong()).isEqualTo(1);
    assertThat(own.path("rows").get(0).path("id").asLong()).isEqualTo(memberId);
    assertThat(Http.basic(port, mobile, oneTime).get("/api/v1/account/me").status()).isEqualTo(401);
  }

  // ---- helpers ----

  /** A valid row in {@link #MEMBER_HEADERS} order, as a clerk types it (labels, not codes). */
  static List<String> goodRow(String name, String gender, String mobile, String employer) {
    Map<String, String> row = new LinkedHashMap<>();
    MEMBER_HEADERS.forEach(h -> row.put(h, ""));
    row.put("姓名", name);
    row.put("性别", gender);
    row.put("出生日期", "1968-09-10");
    row.put("政治面貌", "民建会员");
    row.put("界别", TEST_SECTOR);
    row.put("所属专委会", TEST_SPECIAL_COMMITTEE);
    row.put("工作单位", employer);
    row.put("职务", "总经理");
    row.put("手机号码", mobile);
    row.put("常委", "是");
    row.put("届次", TEST_TERM);
    return new ArrayList<>(row.values());
  }

  static void fill(Sheet sheet, int rowIndex, List<String> values) {
    Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
    for (int i = 0; i < values.size(); i++) {
      row.createCell(i).setCellValue(values.get(i));
    }
  }

  static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      texts.add(formatter.formatCellValue(row.getCell(i)));
    }
    return texts;
  }

  /** A data row by header, cells as Excel shows them. */
  static Map<String, String> row(Sheet sheet, int index) {
    List<String> cells = texts(sheet.getRow(index));
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < MEMBER_HEADERS.size(); i++) {
      row.put(MEMBER_HEADERS.get(i), i < cells.size() ? cells.get(i) : "");
    }
    return row;
  }

  private static Map<String, Object> born(Map<String, Object> member, String birthDate) {
    member.put("birthDate", birthDate);
    return member;
  }
}
