package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Importing the roster from Excel: all or nothing, every problem listed by row and column. */
class ImportJourneyTest extends BrowserJourney {

  private static final List<String> HEADERS = List.of("姓名", "性别", "政治面貌", "界别", "手机号码", "届次");

  @Test
  @DisplayName(
      "a file with bad rows is refused with each problem's row and column; the corrected file is imported")
  void badRowsAreListedByRowAndColumn() throws IOException {
    String first = "导入" + unique("").substring(0, 5);
    String second = "导入" + unique("").substring(0, 5);
    String firstMobile = mobile();
    String secondMobile = mobile();
    Path bad =
        xlsx(
            "members-bad.xlsx",
            List.of(
                List.of(first, "男", "中共党员", "教育界", firstMobile, "第十届"),
                List.of(second, "女", "群众", "工会", "1381234", "第十届"),
                List.of(second + "乙", "女", "民盟盟员", "工会", mobile(), "第九届")));

    signIn(page, ADMIN, ADMIN_PASSWORD);
    page.navigate("/registry/members");
    page.locator("main").getByText("导入", new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(Pattern.compile(".*/registry/members/import$"));
    assertThat(page.locator("main h1")).hasText("导入委员");
    page.locator("#file").setInputFiles(bad);
    page.locator("#import-submit").click();

    Locator errors = page.locator("#import-errors");
    assertThat(errors).containsText("文件未导入：发现 2 处问题，请修改后重新上传。");
    Locator rows = errors.locator("tbody tr");
    assertThat(rows).hasCount(2);
    assertThat(rows.nth(0).locator("td"))
        .hasText(new String[] {"3", "手机号码", "“手机号码”应为11位手机号码，“1381234”不是有效的手机号。"});
    assertThat(rows.nth(1).locator("td").nth(0)).hasText("4");
    assertThat(rows.nth(1).locator("td").nth(1)).hasText("届次");
    assertThat(rows.nth(1).locator("td").nth(2)).containsText("第九届");
    assertThat(page.locator("#import-done")).hasCount(0);
    screenshot(page, "import-errors");

    // All or nothing: the good first row was not imported either.
    page.navigate("/registry/members?q=" + first);
    assertThat(page.locator("#result-count")).hasText("共 0 条");
    assertThat(page.locator("#register-table tbody")).containsText("没有符合条件的记录");

    Path good =
        xlsx(
            "members-good.xlsx",
            List.of(
                List.of(first, "男", "中共党员", "教育界", firstMobile, "第十届"),
                List.of(second, "女", "群众", "工会", secondMobile, "第十届")));
    page.navigate("/registry/members/import");
    page.locator("#file").setInputFiles(good);
    page.locator("#followUp").check();
    page.locator("#import-submit").click();
    assertThat(page.locator("#import-done")).hasText("已导入 2 条记录。");
    assertThat(page.locator("#import-errors")).hasCount(0);
    Locator followUp = page.locator("#follow-up");
    assertThat(followUp.locator("tbody tr")).hasCount(2);
    assertThat(followUp).containsText(first);
    assertThat(followUp).containsText(firstMobile);
    assertThat(followUp).containsText(secondMobile);

    page.navigate("/registry/members");
    page.locator("#q").fill(second);
    assertThat(page.locator("#result-count")).hasText("共 1 条");
    assertThat(page.locator("#register-table tbody")).containsText("工会");
  }

  private static String mobile() {
    return "19" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
  }

  private static Path xlsx(String name, List<List<String>> rows) throws IOException {
    Path file = Path.of("target", "browser-import", name);
    Files.createDirectories(file.getParent());
    try (var workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = workbook.createSheet("委员");
      var header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        header.createCell(c).setCellValue(HEADERS.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
    }
    return file;
  }
}
