package org.lvzhi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

  static final List<SheetColumn> MEMBER =
      List.of(
          new SheetColumn("姓名", true), new SheetColumn("性别", false), new SheetColumn("手机", false));

  final Spreadsheets spreadsheets = new Spreadsheets();

  @Test
  void xlsxRoundTripKeepsTextNumbersDatesAndBooleans() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheets.writeXlsx(
        out,
        "委员",
        List.of("姓名", "手机", "出生日期", "在职", "备注", "得分"),
        Stream.of(
            Arrays.asList("张三", 13812345678L, LocalDate.of(1970, 5, 6), true, null, 3.5),
            Arrays.asList("李四", 13900000000L, LocalDate.of(1985, 12, 31), false, "无", 12)));

    List<SheetRow> rows =
        spreadsheets.read(
            "export.xlsx",
            new ByteArrayInputStream(out.toByteArray()),
            List.of(
                new SheetColumn("姓名", true),
                new SheetColumn("手机", true),
                new SheetColumn("出生日期", true),
                new SheetColumn("在职", false),
                new SheetColumn("备注", false),
                new SheetColumn("得分", false)));

    assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3);
    SheetRow first = rows.get(0);
    assertThat(first.get("姓名")).isEqualTo("张三");
    assertThat(first.get("手机")).isEqualTo("13812345678");
    assertThat(first.get("出生日期")).isEqualTo("1970-05-06");
    assertThat(first.get("在职")).isEqualTo("是");
    assertThat(first.get("备注")).isEmpty();
    assertThat(first.get("得分")).isEqualTo("3.5");
    assertThat(rows.get(1).get("在职")).isEqualTo("否");
    assertThat(rows.get(1).get("备注")).isEqualTo("无");
    assertThat(rows.get(1).get("得分")).isEqualTo("12");
  }

  @Test
  void exportHasBoldFrozenHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheets.writeXlsx(out, "名单", List.of("姓名"), Stream.of(List.of("张三")));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheet("名单");
      XSSFCellStyle style = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();
      assertThat(style.getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(10 * 256);
    }
  }

  @Test
  void anExportMayHoldSeveralSheetsInOrderEachWithItsOwnHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheets.writeXlsx(
        out,
        List.of(
            new Spreadsheets.Sheet("明细", List.of("事项"), Stream.of(List.of("视察"))),
            new Spreadsheets.Sheet("统计", List.of("项目", "数量"), Stream.of(List.of("出席", 3)))));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      assertThat(workbook.getSheetName(0)).isEqualTo("明细");
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("视察");
      Sheet counts = workbook.getSheetAt(1);
      assertThat(workbook.getSheetName(1)).isEqualTo("统计");
      assertThat(counts.getRow(0).getCell(1).getStringCellValue()).isEqualTo("数量");
      assertThat(counts.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
      assertThat(counts.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void exportStreamsManyRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheets.writeXlsx(
        out,
        "大表",
        List.of("序号", "姓名"),
        IntStream.rangeClosed(1, 100_000).mapToObj(i -> List.of(i, "委员" + i)));

    List<SheetRow> rows =
        new Spreadsheets(100_000)
            .read(
                "big.xlsx",
                new ByteArrayInputStream(out.toByteArray()),
                List.of(new SheetColumn("序号", true), new SheetColumn("姓名", true)));

    assertThat(rows).hasSize(100_000);
    assertThat(rows.get(99_999).get("序号")).isEqualTo("100000");
    assertThat(rows.get(99_999).rowNumber()).isEqualTo(100_001);
  }

  @Test
  void phoneTypedAsNumberReadsAsDigits() {
    byte[] file =
        xlsx(
            sheet -> {
              header(sheet, "姓名", "手机");
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue("张三");
              row.createCell(1).setCellValue(13812345678d);
              Row second = sheet.createRow(2);
              second.createCell(0).setCellValue(42d);
              second.createCell(1).setCellValue(0.1 + 0.2);
            });

    List<SheetRow> rows = read("members.xlsx", file);

    assertThat(rows.get(0).get("手机")).isEqualTo("13812345678");
    assertThat(rows.get(1).get("姓名")).isEqualTo("42");
    assertThat(rows.get(1).get("手机")).isEqualTo("0.3");
  }

  @Test
  void dateBooleanAndFormulaCellsReadAsShown() {
    byte[] file =
        xlsx(
            sheet -> {
              header(sheet, "姓名", "性别", "手机");
              var workbook = sheet.getWorkbook();
              CellStyle slashDate = workbook.createCellStyle();
              slashDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
              CellStyle chineseDate = workbook.createCellStyle();
              chineseDate.setDataFormat((short) 31); // yyyy"年"m"月"d"日" in Chinese Excel
              Row row = sheet.createRow(1);
              Cell date = row.createCell(0);
              date.setCellValue(LocalDate.of(2024, 3, 1));
              date.setCellStyle(slashDate);
              row.createCell(1).setCellValue(true);
              Cell formula = row.createCell(2);
              formula.setCellFormula("6*7");
              Row second = sheet.createRow(2);
              Cell chinese = second.createCell(0);
              chinese.setCellValue(LocalDate.of(2023, 12, 25));
              chinese.setCellStyle(chineseDate);
              second.createCell(1).setCellFormula("\"男\"");
              workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });

    List<SheetRow> rows = read("dates.xlsx", file);

    assertThat(rows.get(0).get("姓名")).isEqualTo("2024-03-01");
    assertThat(rows.get(0).get("性别")).isEqualTo("是");
    assertThat(rows.get(0).get("手机")).isEqualTo("42");
    assertThat(rows.get(1).get("姓名")).isEqualTo("2023-12-25");
    assertThat(rows.get(1).get("性别")).isEqualTo("男");
  }

  @Test
  void csvUtf8WithBom() {
    byte[] text = "姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[text.length + 3];
    file[0] = (byte) 0xEF;
    file[1] = (byte) 0xBB;
    file[2] = (byte) 0xBF;
    System.arraycopy(text, 0, file, 3, text.length);

    List<SheetRow> rows = read("members.CSV", file);

    assertThat(rows).singleElement().satisfies(row -> assertZhangSan(row, 2));
  }

  @Test
  void csvUtf8WithoutBom() {
    List<SheetRow> rows =
        read("members.csv", "姓名,性别,手机\r\n张三,男,13812345678\r\n".getBytes(StandardCharsets.UTF_8));

    assertThat(rows).singleElement().satisfies(row -> assertZhangSan(row, 2));
    assertThat(rows.get(0).get("手机")).isEqualTo("13812345678");
  }

  @Test
  void csvSavedAsGbkByChineseExcel() {
    byte[] file = "姓名,性别\r\n张三,男\r\n".getBytes(Charset.forName("GBK"));

    List<SheetRow> rows = read("members.csv", file);

    assertThat(rows).singleElement().satisfies(row -> assertZhangSan(row, 2));
  }

  @Test
  void csvQuotedFieldsAndExtraColumns() {
    byte[] file = "编号,姓名,性别\n1,\"张三\",\"男\"\n2,\"王, 五\",女\n".getBytes(StandardCharsets.UTF_8);

    List<SheetRow> rows = read("members.csv", file);

    assertThat(rows.get(0).values()).containsOnlyKeys("姓名", "性别");
    assertThat(rows.get(1).get("姓名")).isEqualTo("王, 五");
  }

  @Test
  void missingRequiredColumnsAreAllReportedOnRowOne() {
    List<SheetColumn> columns =
        List.of(
            new SheetColumn("姓名", true), new SheetColumn("界别", true), new SheetColumn("性别", false));
    byte[] file = "性别,手机\n男,1\n".getBytes(StandardCharsets.UTF_8);

    ImportRejectedException e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> spreadsheets.read("x.csv", new ByteArrayInputStream(file), columns));

    assertThat(e.errors())
        .containsExactly(new CellError(1, "姓名", "缺少必填列“姓名”"), new CellError(1, "界别", "缺少必填列“界别”"));
    assertThat(e.getMessage()).contains("缺少必填列“姓名”");
  }

  @Test
  void aColumnGivenTwiceIsRejected() {
    byte[] file = "姓名,性别,姓名*\n张三,男,李四\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read("a.csv", file))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> assertThat(e.errors()).containsExactly(new CellError(1, "姓名", "列“姓名”出现了不止一次")));
  }

  @Test
  void starredHeadersMatchTheirColumns() {
    byte[] file = " 姓名 *,性别*,手机＊\n张三,男,1\n".getBytes(StandardCharsets.UTF_8);

    List<SheetRow> rows = read("members.csv", file);

    assertThat(rows.get(0).values()).containsOnlyKeys("姓名", "性别", "手机");
    assertThat(rows.get(0).get("姓名")).isEqualTo("张三");
  }

  @Test
  void blankRowsAreSkippedAndRowNumbersAreThoseExcelShows() {
    byte[] csv = "\n姓名,性别\n张三,男\n,\n  ,\n\n李四,女\n".getBytes(StandardCharsets.UTF_8);
    byte[] xlsx =
        xlsx(
            sheet -> {
              header(sheet, "姓名", "性别");
              sheet.createRow(1).createCell(0).setCellValue("张三");
              sheet.createRow(2).createCell(0).setCellValue("   ");
              sheet.createRow(4).createCell(1).setCellValue("女");
            });

    assertThat(read("a.csv", csv)).extracting(SheetRow::rowNumber).containsExactly(3, 7);
    assertThat(read("a.xlsx", xlsx)).extracting(SheetRow::rowNumber).containsExactly(2, 5);
  }

  @Test
  void valuesAreTrimmedAndAbsentColumnsEmpty() {
    List<SheetRow> rows = read("a.csv", "姓名\n  张三  \n".getBytes(StandardCharsets.UTF_8));

    assertThat(rows.get(0).get("姓名")).isEqualTo("张三");
    assertThat(rows.get(0).get("手机")).isEmpty();
  }

  @Test
  void tooManyRowsAreRejected() {
    Spreadsheets limited = new Spreadsheets(3);
    String threeRows = "姓名\n甲\n乙\n丙\n";

    assertThat(limited.read("a.csv", stream(threeRows), MEMBER)).hasSize(3);
    ImportRejectedException e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> limited.read("a.csv", stream(threeRows + "丁\n"), MEMBER));
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.row()).isZero();
              assertThat(error.message()).contains("超过 3 行");
            });
  }

  @Test
  void tooManyXlsxRowsAreRejected() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheets.writeXlsx(
        out, "名单", List.of("姓名"), IntStream.range(0, 50).mapToObj(i -> List.of("委员" + i)));

    assertThatThrownBy(
            () ->
                new Spreadsheets(49)
                    .read("a.xlsx", new ByteArrayInputStream(out.toByteArray()), MEMBER))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("超过 49 行");
  }

  @Test
  void unsupportedExtensionsAreRejected() {
    for (String name : new String[] {"a.xls", "a.txt", "a", null}) {
      ImportRejectedException e =
          catchThrowableOfType(
              ImportRejectedException.class,
              () -> spreadsheets.read(name, stream("姓名\n张三\n"), MEMBER));
      assertThat(e.errors())
          .singleElement()
          .satisfies(
              error -> {
                assertThat(error.row()).isZero();
                assertThat(error.message()).containsAnyOf(".xlsx");
              });
    }
  }

  @Test
  void corruptXlsxIsRejectedAsUnreadable() {
    byte[] good = spreadsheets.template("名单", MEMBER, List.of());
    byte[] truncated = Arrays.copyOf(good, good.length / 2);
    byte[] garbage = "这不是一个 Excel 文件".getBytes(StandardCharsets.UTF_8);
    byte[] oldExcel = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    for (byte[] file : List.of(truncated, garbage, oldExcel, new byte[0])) {
      ImportRejectedException e =
          catchThrowableOfType(ImportRejectedException.class, () -> read("a.xlsx", file));
      assertThat(e.errors())
          .singleElement()
          .satisfies(
              error -> {
                assertThat(error.row()).isZero();
                assertThat(error.column()).isEmpty();
                assertThat(error.message()).startsWith("无法读取文件：");
              });
    }
  }

  @Test
  void emptyFileIsRejected() {
    assertThatThrownBy(() -> read("a.csv", new byte[0]))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("没有表头行");
  }

  @Test
  void templateHasTheColumnsAsHeadersAndAGuideSheet() throws IOException {
    byte[] template =
        spreadsheets.template("委员", MEMBER, List.of(List.of("张三", "男", "13812345678")));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Row header = workbook.getSheetAt(0).getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).containsExactly("姓名", "性别", "手机");
      assertThat(font(header.getCell(0)).getBold()).isTrue();
      assertThat(font(header.getCell(0)).getXSSFColor().getARGBHex()).endsWith("FF0000");
      assertThat(font(header.getCell(1)).getXSSFColor()).isNull();
      Sheet guide = workbook.getSheet("说明");
      assertThat(guide.getRow(1).getCell(0).getStringCellValue()).isEqualTo("姓名");
      assertThat(guide.getRow(1).getCell(1).getStringCellValue()).isEqualTo("是");
      assertThat(guide.getRow(2).getCell(1).getStringCellValue()).isEqualTo("否");
    }
    List<SheetRow> rows = read("template.xlsx", template);
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertZhangSan(row, 2);
              assertThat(row.get("手机")).isEqualTo("13812345678");
            });
  }

  private List<SheetRow> read(String filename, byte[] file) {
    return spreadsheets.read(filename, new ByteArrayInputStream(file), MEMBER);
  }

  private static ByteArrayInputStream stream(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertZhangSan(SheetRow row, int rowNumber) {
    assertThat(row.rowNumber()).isEqualTo(rowNumber);
    assertThat(row.get("姓名")).isEqualTo("张三");
    assertThat(row.get("性别")).isEqualTo("男");
  }

  private static org.apache.poi.xssf.usermodel.XSSFFont font(Cell cell) {
    return ((XSSFCellStyle) cell.getCellStyle()).getFont();
  }

  private static void header(Sheet sheet, String... headers) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      row.createCell(i).setCellValue(headers[i]);
    }
  }

  private static byte[] xlsx(Consumer<Sheet> fill) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill.accept(workbook.createSheet("Sheet1"));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
