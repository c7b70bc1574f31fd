package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/**
 * The office's clerk generates the half-year progress report from the demo county's records,
 * follows a figure to its records, edits a paragraph, saves the second version, compares it with
 * the first, checks a template on a phone, and exports the report as Word and PDF.
 */
class ReportJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Report-Journey-2026";

  @Test
  @DisplayName("a clerk generates, edits, compares and exports the progress report")
  void aClerkGeneratesEditsAndExportsTheReport() throws Exception {
    String clerk = unique("report-clerk-");
    account(clerk, "综合科", Role.STAFF, null, PASSWORD);
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    String title = "云溪县政协上半年工作进展" + unique("");

    Page desk = desktop();
    signIn(desk, clerk, PASSWORD);
    desk.navigate("/reports");
    desk.locator("#report-from").fill(year + "-01-01");
    desk.locator("#report-to").fill(year + "-06-30");
    desk.locator("#report-title").fill(title);
    desk.locator("#report-generate button[type=submit]").click();
    assertThat(desk.locator("#report-heading")).hasText(title);
    assertThat(desk.locator("#report-editor")).containsText("党组成员带队开展招商走请活动");
    screenshot(desk, "report-editor");

    // A figure leads to the records behind it.
    String editor = desk.url();
    desk.locator(".report-figures a").first().click();
    assertThat(desk.locator("#figure-value")).isVisible();
    assertThat(desk.locator("#figure-records, #figure-names, #figure-no-records").first())
        .isVisible();
    desk.navigate(editor);

    // Edit the first paragraph and save version 2.
    var paragraph = desk.locator("#report-editor textarea").first();
    paragraph.fill(paragraph.inputValue() + "这是办公室补充的一句话。");
    desk.locator("#report-note").fill("补充一句");
    desk.locator("#report-save").click();
    assertThat(desk.locator(".alert-success")).isVisible();
    assertThat(desk.locator("#report-versions tr[data-version='2']")).containsText("补充一句");

    // Compare versions 1 and 2: the added sentence is marked.
    desk.locator("#report-compare button[type=submit]").click();
    assertThat(desk.locator("#report-diff ins").first()).isVisible();
    assertThat(desk.locator("#report-diff")).containsText("这是办公室补充的一句话。");
    desk.goBack();

    // Export: Word and PDF hold the edited text.
    desk.navigate(editor);
    Download word = desk.waitForDownload(() -> desk.locator("#report-docx").click());
    try (InputStream in = Files.newInputStream(word.path());
        XWPFDocument document = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertThat(text.getText()).contains(title).contains("这是办公室补充的一句话。").contains("一、");
    }
    if (Files.exists(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
      Download pdf = desk.waitForDownload(() -> desk.locator("#report-pdf").click());
      PdfReader reader = new PdfReader(Files.readAllBytes(pdf.path()));
      assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", ""))
          .contains(title);
      reader.close();
    }

    // On a phone the editor fits, and a template naming an unknown metric is refused.
    Page phone = phone();
    signIn(phone, clerk, PASSWORD);
    phone.navigate(editor.replaceAll("^https?://[^/]+", ""));
    assertThat(scrollWidth(phone)).as("fits 375 px").isLessThanOrEqualTo(PHONE_WIDTH);
    screenshot(phone, "report-editor-phone");
    phone.navigate("/reports/templates");
    var add = phone.locator("form.add-sentence").first();
    add.locator("textarea").fill("开展{activity.unknown}次。");
    add.locator("button[type=submit]").click();
    assertThat(phone.locator(".alert-warning")).containsText("activity.unknown");
    assertThat(scrollWidth(phone)).as("fits 375 px").isLessThanOrEqualTo(PHONE_WIDTH);
  }
}
