package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/**
 * An opinion report goes into a bulletin: a member writes and submits it on a 375 px phone; the
 * office edits and reviews it; a leader signs it off; the office compiles it into a new issue of
 * 《社情民意》, publishes the issue and downloads it as Word.
 */
class OpinionJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Opinion-Journey-2026";

  @Test
  @DisplayName("a member's report on a phone goes through the office and a leader into a bulletin")
  void aReportGoesIntoABulletin() throws IOException {
    long memberId =
        jdbc.sql(
                "select id from member m where status = 'SERVING' and party_group = false"
                    + " and not exists (select 1 from account a where a.member_id = m.id)"
                    + " and m.committee_id = (select committee_id from account where username = 'office')"
                    + " order by id desc")
            .query(Long.class)
            .list()
            .get(0);
    String member = unique("opinion-member-");
    String office = unique("opinion-office-");
    String leader = unique("opinion-leader-");
    account(member, "委员", Role.MEMBER, memberId, PASSWORD);
    account(office, "信息科", Role.STAFF, null, PASSWORD);
    account(leader, "秘书长", Role.LEADER, null, PASSWORD);
    String title = "关于改善乡村客运的建议" + unique("");

    // The member, on a phone: write, save, submit.
    Page phone = phone();
    signIn(phone, member, PASSWORD);
    phone.navigate("/registry/opinion-reports/new");
    phone.locator("#f-title").fill(title);
    phone.locator("#f-content").fill("乡村客运班次少。\n建议增开早晚班次。");
    phone.locator("#f-leadMemberId").selectOption(Long.toString(memberId));
    phone.locator("#save").click();
    assertThat(phone.locator("#record-title")).hasText(title);
    assertThat(phone.locator("#opinion-status")).hasText("暂存");
    assertThat(scrollWidth(phone)).as("fits 375 px").isLessThanOrEqualTo(PHONE_WIDTH);
    screenshot(phone, "opinion-saved-phone");
    phone.locator("#submit-report").click();
    assertThat(phone.locator("#opinion-status")).hasText("已报送");
    assertThat(phone.locator("#edit-form")).hasCount(0);
    String path = phone.url().replaceAll("^https?://[^/]+", "");

    // The office edits and reviews.
    Page desk = desktop();
    signIn(desk, office, PASSWORD);
    desk.navigate(path);
    desk.locator("#edit-content").fill("乡村客运班次偏少，群众出行不便。\n建议增开早晚班次。");
    desk.locator("#edit-report").click();
    assertThat(desk.locator("#opinion-status")).hasText("已编辑");
    assertThat(desk.locator("#opinion-original")).containsText("乡村客运班次少。");
    desk.locator("#review-report").click();
    assertThat(desk.locator("#opinion-status")).hasText("已审核");
    assertThat(desk.locator("#sign-off-report")).hasCount(0);

    // A leader signs it off.
    Page chair = desktop();
    signIn(chair, leader, PASSWORD);
    chair.navigate(path);
    chair.locator("#sign-off-report").click();
    assertThat(chair.locator("#opinion-status")).hasText("已签发");

    // The office compiles it into a new issue, publishes it and downloads the Word file.
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    desk.navigate("/registry/bulletins/new");
    desk.locator("#f-name").fill("社情民意");
    desk.locator("#f-issueYear").fill(Integer.toString(year));
    desk.locator("#save").click();
    assertThat(desk.locator("#bulletin-status")).hasText("编辑中");
    desk.locator("#compile-report").selectOption(new SelectOption().setLabel(title));
    desk.locator("#compile").click();
    assertThat(desk.locator("#bulletin-reports")).containsText(title);
    desk.locator("#publish").click();
    assertThat(desk.locator("#bulletin-status")).hasText("已刊发");
    assertThat(desk.locator("#bulletin-reports")).containsText("已刊发");
    screenshot(desk, "opinion-bulletin-published");
    Download download = desk.waitForDownload(() -> desk.locator("#bulletin-docx").click());
    assertThat(download.suggestedFilename()).endsWith(".docx");
    try (InputStream in = Files.newInputStream(download.path());
        XWPFDocument document = new XWPFDocument(in)) {
      List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts).contains("社情民意", "一、" + title, "乡村客运班次偏少，群众出行不便。");
    }

    // The member sees it published.
    phone.reload();
    assertThat(phone.locator("#opinion-status")).hasText("已刊发");
    assertThat(phone).hasURL(Pattern.compile(".*/registry/opinion-reports/\\d+$"));
  }
}
