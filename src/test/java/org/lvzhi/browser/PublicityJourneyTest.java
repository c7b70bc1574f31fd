package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/**
 * The publicity journey: a member on a 375 px phone records an article of theirs in a
 * provincial outlet (the tier is never typed: the page shows it from the outlet), then the office
 * finds it in the list filtered by tier and exports what the list shows to Excel.
 */
class PublicityJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Publicity-Journey-2026";

  @Test
  @DisplayName(
      "a member on a phone records an article in a provincial outlet; the office filters the list by"
          + " tier and exports it")
  void memberRecordsAnArticleAndTheOfficeFiltersAndExportsIt() throws Exception {
    record Member(long id, String name, String mobile) {}
    Member member =
        jdbc.sql(
                "select id, name, mobile from member m where status = 'SERVING' and not exists"
                    + " (select 1 from account a where a.member_id = m.id) and m.committee_id ="
                    + " (select c.id from committee c where c.name = '政协云溪县委员会') order by id desc")
            .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .list()
            .get(0);
    account(member.mobile(), member.name(), Role.MEMBER, member.id(), PASSWORD);
    String title = "委员建言乡村振兴" + unique("");
    LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    Page phone = phone();
    signIn(phone, member.mobile(), PASSWORD);
    phone.navigate("/registry/publicity-articles");
    assertThat(phone.locator("main h1")).hasText("上稿");
    assertFits(phone, "the member's articles");
    phone.locator("#create").click();
    assertThat(phone.locator("main h1")).containsText("上稿");
    assertThat(phone.locator("#f-tier")).hasCount(0);
    phone.locator("#f-title").fill(title);
    phone.locator("#f-members-" + member.id()).check();
    phone.locator("#f-outletId").selectOption(new SelectOption().setLabel("各界导报"));
    phone.locator("#f-publishedOn").fill(yesterday.toString());
    phone.locator("#f-frontPage").check();
    phone.locator("#f-link").fill("ftp://example.cn/news");
    assertFits(phone, "the article form");
    phone.locator("#save").click();
    // A link that would not open is refused, naming the field; the rest stays as typed.
    assertThat(phone.locator("#form-errors")).isVisible();
    assertThat(phone.locator("#f-link ~ .invalid-feedback"))
        .hasText("“链接”须是以 http:// 或 https:// 开头的网址。");
    assertThat(phone.locator("#f-title")).hasValue(title);
    phone.locator("#f-link").fill("https://www.example.cn/news/1.html");
    phone.locator("#save").click();

    assertThat(phone.locator("#record-title")).hasText(title);
    assertThat(phone.locator("main")).containsText("省级");
    assertThat(phone.locator("main")).containsText("各界导报");
    assertFits(phone, "the member's article");
    screenshot(phone, "publicity-article-member");

    // The office: the list filtered by tier shows it; the export holds what the list shows.
    Page office = desktop();
    signIn(office, ADMIN, ADMIN_PASSWORD);
    office.navigate("/registry/publicity-articles");
    Locator table = office.locator("#register-table tbody");
    Locator rows = table.locator("tr");
    office.locator("select[name=f_tier]").selectOption("PROVINCIAL");
    assertThat(table).not().containsText("县级");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText(title))).hasCount(1);
    office.locator("select[name=f_tier]").selectOption("COUNTY");
    assertThat(table).containsText("县级");
    assertThat(table).not().containsText(title);
    office.locator("select[name=f_tier]").selectOption("PROVINCIAL");
    assertThat(table).not().containsText("县级");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText(title))).hasCount(1);

    Download download = office.waitForDownload(() -> office.locator("#export").click());
    List<List<String>> sheet = read(download);
    List<String> header = sheet.get(0);
    int tier = header.indexOf("媒体级别");
    int titles = header.indexOf("稿件标题");
    assertThat(sheet.subList(1, sheet.size()))
        .as("every exported article is provincial")
        .allSatisfy(line -> assertThat(line.get(tier)).isEqualTo("省级"))
        .anySatisfy(line -> assertThat(line.get(titles)).isEqualTo(title));
    assertThat(sheet.size() - 1)
        .as("the demo's 20-odd provincial articles and the member's")
        .isGreaterThan(20);
  }

  /** Every row of the first sheet, each cell by its column (blank cells as ""). */
  private static List<List<String>> read(Download download) throws Exception {
    List<List<String>> lines = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      int width = workbook.getSheetAt(0).getRow(0).getLastCellNum();
      for (Row row : workbook.getSheetAt(0)) {
        List<String> line = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          line.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        lines.add(line);
      }
    }
    return lines;
  }

  private static void assertFits(Page page, String what) {
    page.waitForLoadState();
    assertThat(scrollWidth(page))
        .as("%s at %d px scrolls sideways; too wide: %s", what, PHONE_WIDTH, overflowing(page))
        .isLessThanOrEqualTo(PHONE_WIDTH + 1);
  }
}
