package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The office keeps the member roster: create, find, open, edit, and read what changed. */
class MemberJourneyTest extends BrowserJourney {

  @Test
  @DisplayName(
      "admin creates a member, finds it by search, edits it and sees CREATE and UPDATE in its history")
  void createFindEditAndReadHistory() {
    page.navigate("/");
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
    assertThat(page.locator("h1")).hasText("登录履职平台");
    screenshot(page, "login");

    signIn(page, ADMIN, ADMIN_PASSWORD);
    assertThat(page.locator("main h1")).containsText("您好");
    screenshot(page, "home");

    page.locator("#sidebar").getByText("委员", new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(Pattern.compile(".*/registry/members$"));
    assertThat(page.locator("main h1")).hasText("委员");
    assertThat(page.locator("#result-count")).hasText(Pattern.compile("共 1\\d\\d 条"));
    screenshot(page, "members-list");

    page.locator("#create").click();
    assertThat(page.locator("main h1")).hasText("新增委员");
    String name = "测试" + unique("").substring(0, 6);
    String mobile = "1" + (3_000_000_000L + Math.abs(name.hashCode() % 999_999_999L));
    page.locator("#f-name").fill(name);
    page.locator("#f-gender").selectOption("FEMALE");
    page.locator("#f-birthDate").fill("1978-03-14");
    page.locator("#f-party").selectOption("CPC");
    page.locator("#f-sectorId").selectOption(new SelectOption().setLabel("教育界"));
    page.locator("#f-specialCommittees").getByLabel("教科卫体委员会").check();
    page.locator("#f-employer").fill("云溪县第一中学");
    page.locator("#f-post").fill("副校长");
    page.locator("#f-mobile").fill(mobile);
    page.locator("#f-standing").check();
    page.locator("#f-termId").selectOption(new SelectOption().setLabel("第十届"));
    page.locator("#save").click();

    assertThat(page.locator("#record-title")).hasText(name);
    assertThat(page.locator("main .alert-success")).containsText("已保存");
    Locator details = page.locator("main dl");
    assertThat(details).containsText("女");
    assertThat(details).containsText("中共党员");
    assertThat(details).containsText("教育界");
    assertThat(details).containsText("教科卫体委员会");
    assertThat(details).containsText("副校长");
    assertThat(details).containsText(mobile);
    assertThat(details).containsText("第十届");

    // Find it again from the list, by typing (htmx updates the table) — no button press.
    page.navigate("/registry/members");
    page.locator("#q").fill(name);
    assertThat(page.locator("#result-count")).hasText("共 1 条");
    Locator rows = page.locator("#register-table tbody tr");
    assertThat(rows).hasCount(1);
    assertThat(rows.first()).containsText(mobile);
    assertThat(page).hasURL(Pattern.compile(".*[?&]q=.*"));
    rows.first().getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
    assertThat(page.locator("#record-title")).hasText(name);

    page.locator("#edit").click();
    assertThat(page.locator("main h1")).hasText("修改委员");
    assertThat(page.locator("#f-mobile")).hasValue(mobile);
    String newMobile =
        mobile.substring(0, 10) + (mobile.charAt(10) == '9' ? '0' : (char) (mobile.charAt(10) + 1));
    page.locator("#f-mobile").fill(newMobile);
    page.locator("#f-post").fill("校长");
    page.locator("#save").click();

    assertThat(page.locator("#record-title")).hasText(name);
    assertThat(page.locator("main .alert-success")).containsText("已保存");
    assertThat(details).containsText(newMobile);
    assertThat(details).not().containsText(mobile);

    Locator events = page.locator("#history .history-event");
    assertThat(events).hasCount(2);
    Locator created = events.filter(new Locator.FilterOptions().setHasText("新增"));
    Locator updated = events.filter(new Locator.FilterOptions().setHasText("修改"));
    assertThat(created).hasCount(1);
    assertThat(updated).hasCount(1);
    assertThat(created).containsText("admin");
    assertThat(created).containsText(name);
    assertThat(updated).containsText("admin");
    assertThat(
            updated
                .locator(".history-change li")
                .filter(new Locator.FilterOptions().setHasText("手机号码")))
        .hasText("手机号码：" + mobile + " → " + newMobile);
    assertThat(
            updated
                .locator(".history-change li")
                .filter(new Locator.FilterOptions().setHasText("职务")))
        .hasText("职务：副校长 → 校长");
    assertThat(updated.locator(".history-change li")).hasCount(2);
    screenshot(page, "member-record");
  }

  @Test
  @DisplayName("an empty member form is refused with Chinese field errors and creates nothing")
  void emptyFormShowsFieldErrors() {
    signIn(page, ADMIN, ADMIN_PASSWORD);
    long before = members();
    page.navigate("/registry/members/new");
    page.locator("#save").click();

    assertThat(page.locator("#form-errors")).hasText("保存失败：请按红色提示修改后重新提交，未保存任何内容。");
    assertThat(page.locator("main h1")).hasText("新增委员");
    assertThat(fieldError(page, "name")).hasText("请填写“姓名”。");
    assertThat(fieldError(page, "gender")).hasText("请填写“性别”。");
    assertThat(fieldError(page, "party")).hasText("请填写“政治面貌”。");
    assertThat(fieldError(page, "mobile")).hasText("请填写“手机号码”。");
    assertThat(page.locator("#f-termId option:checked")).hasText("第十届");
    assertThat(page.locator("#f-name")).hasClass(Pattern.compile(".*\\bis-invalid\\b.*"));
    assertThat(fieldError(page, "employer")).hasCount(0);
    assertThat(page.locator("#record-title")).hasCount(0);
    screenshot(page, "member-form-errors");

    // A wrong value is explained, and what was typed stays in the form.
    page.locator("#f-name").fill("王小明");
    page.locator("#f-mobile").fill("12345");
    page.locator("#save").click();
    assertThat(fieldError(page, "mobile")).hasText("“手机号码”应为11位手机号码，“12345”不是有效的手机号。");
    assertThat(page.locator("#f-name")).hasValue("王小明");
    assertThat(fieldError(page, "name")).hasCount(0);
    assertThat(members()).isEqualTo(before);
  }

  @Test
  @DisplayName("the member list filters as a select changes, sorts by a column header and pages")
  void listFiltersSortsAndPages() {
    signIn(page, ADMIN, ADMIN_PASSWORD);
    page.navigate("/registry/members");
    Locator count = page.locator("#result-count");
    assertThat(count).hasText(Pattern.compile("共 1\\d\\d 条"));
    String all = count.innerText();

    // A filter applies as soon as it changes (htmx), and the address keeps it.
    page.locator("select[name=f_gender]").selectOption("FEMALE");
    assertThat(count).not().hasText(all);
    assertThat(page).hasURL(Pattern.compile(".*[?&]f_gender=FEMALE.*"));
    Locator genders = page.locator("#register-table tbody tr td:nth-child(2)");
    assertThat(genders.first()).hasText("女");
    assertThat(genders.filter(new Locator.FilterOptions().setHasNotText("女"))).hasCount(0);
    page.locator("select[name=f_gender]").selectOption("");
    assertThat(count).hasText(all);

    Locator nameHeader = page.locator("#register-table thead th").first();
    Locator firstName = page.locator("#register-table tbody tr td a").first();
    nameHeader.locator("a").click();
    assertThat(nameHeader).hasText("姓名 ▲");
    String ascending = firstName.innerText();
    nameHeader.locator("a").click();
    assertThat(nameHeader).hasText("姓名 ▼");
    assertThat(firstName).not().hasText(ascending);

    Locator pager = page.locator("main .pagination");
    assertThat(pager.locator(".page-item.active")).hasText("1");
    String firstOfPageOne = firstName.innerText();
    pager.getByText("2", new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(pager.locator(".page-item.active")).hasText("2");
    assertThat(page).hasURL(Pattern.compile(".*[?&]page=2.*"));
    assertThat(page).hasURL(Pattern.compile(".*[?&]dir=desc.*"));
    assertThat(firstName).not().hasText(firstOfPageOne);
    assertThat(nameHeader).hasText("姓名 ▼");
  }

  static Locator fieldError(Page page, String field) {
    return page.locator("#f-" + field + " ~ .invalid-feedback");
  }

  private long members() {
    return jdbc.sql("select count(*) from member").query(Long.class).single();
  }
}
