package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/** Members use their phones: 375 px wide, a menu behind ☰, and only their own record in sight. */
class PhoneJourneyTest extends BrowserJourney {

  private static final String MEMBER_PASSWORD = "Phone-Journey-2026";

  record Member(long id, String name, String mobile) {}

  @Test
  @DisplayName(
      "a member on a phone opens the menu, sees only their own record, and a stranger's record is a 404")
  void memberSeesOnlyOwnRecord() {
    List<Member> members =
        jdbc.sql(
                "select id, name, mobile from member m where status = 'SERVING'"
                    + " and not exists (select 1 from account a where a.member_id = m.id) order by id")
            .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .list();
    Member own = members.get(members.size() / 2);
    Member stranger = members.get(members.size() / 2 + 1);
    account(own.mobile(), own.name(), Role.MEMBER, own.id(), MEMBER_PASSWORD);

    Page phone = phone();
    phone.navigate("/login");
    assertThat(phone.locator("#username")).isVisible();
    assertFits(phone, "login");
    screenshot(phone, "login");

    signIn(phone, own.mobile(), MEMBER_PASSWORD);
    assertThat(phone.locator("main h1")).hasText("您好，" + own.name());
    Locator sidebar = phone.locator("#sidebar");
    assertThat(sidebar).not().isVisible();
    assertFits(phone, "home");
    screenshot(phone, "home");

    Locator menu = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单"));
    assertThat(menu).hasText("☰");
    menu.click();
    assertThat(sidebar).isVisible();
    assertThat(sidebar).hasClass(Pattern.compile(".*\\bshow\\b.*"));
    Locator membersLink = sidebar.getByText("委员", new Locator.GetByTextOptions().setExact(true));
    assertThat(membersLink).isVisible();
    assertThat(sidebar.getByText("账号", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
    membersLink.click();

    assertThat(phone).hasURL(Pattern.compile(".*/registry/members$"));
    assertThat(phone.locator("main h1")).hasText("委员");
    assertThat(phone.locator("#result-count")).hasText("共 1 条");
    Locator rows = phone.locator("#register-table tbody tr");
    assertThat(rows).hasCount(1);
    assertThat(rows.first()).containsText(own.name());
    assertThat(rows.first()).containsText(own.mobile());
    assertThat(phone.locator("#create")).hasCount(0);
    assertThat(phone.locator("#export")).hasCount(0);
    assertFits(phone, "members list (member)");
    screenshot(phone, "members-list-member");

    rows.first().getByText(own.name()).click();
    assertThat(phone.locator("#record-title")).hasText(own.name());
    assertThat(phone.locator("#edit")).hasCount(0);
    assertThat(phone.locator("#delete")).hasCount(0);
    assertFits(phone, "own record");
    screenshot(phone, "member-record-member");

    phone.navigate("/registry/members/" + stranger.id());
    Locator error = phone.locator("#error-page");
    assertThat(error).hasAttribute("data-status", "404");
    assertThat(error).containsText("页面不存在");
    assertThat(error).containsText("不在您的查看范围内");
    assertThat(phone.locator("body")).not().containsText(stranger.name());
    assertThat(phone.locator("body")).not().containsText(stranger.mobile());
    assertFits(phone, "404 page");
    screenshot(phone, "error-404");
  }

  @Test
  @DisplayName("the office's member list, form with errors and record page fit a 375 px phone")
  void officePagesFitAPhone() {
    Page phone = phone();
    signIn(phone, ADMIN, ADMIN_PASSWORD);
    assertFits(phone, "home (admin)");

    phone.navigate("/registry/members");
    assertThat(phone.locator("#result-count")).hasText(Pattern.compile("共 1\\d\\d 条"));
    assertFits(phone, "members list (admin)");
    screenshot(phone, "members-list");

    // On a phone the filters fold away behind 筛选; opened, they still filter at once.
    Locator filters = phone.locator("#filters");
    assertThat(filters).not().isVisible();
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
    assertThat(filters).isVisible();
    filters.locator("select[name=f_status]").selectOption("LEFT");
    assertThat(phone.locator("#result-count")).hasText("共 1 条");
    assertThat(phone.locator("#register-table tbody tr")).containsText("已离任");
    assertFits(phone, "members list with filters open");

    phone.locator("#create").click();
    assertThat(phone.locator("main h1")).hasText("新增委员");
    phone.locator("#save").click();
    assertThat(phone.locator("#form-errors")).isVisible();
    assertThat(MemberJourneyTest.fieldError(phone, "name")).hasText("请填写“姓名”。");
    assertFits(phone, "member form with errors");
    screenshot(phone, "member-form-errors");

    phone.navigate("/registry/members");
    phone.locator("#register-table tbody tr a").first().click();
    assertThat(phone.locator("#record-title")).not().isEmpty();
    assertThat(phone.locator("#history .history-event").first()).containsText("新增");
    assertFits(phone, "member record (admin)");
    screenshot(phone, "member-record");
  }

  @Test
  @DisplayName("the committees' roll-up fits a 375 px phone, its table scrolling within its frame")
  void rollupFitsAPhone() {
    Page phone = phone();
    signIn(phone, ADMIN, ADMIN_PASSWORD);
    phone.navigate("/metrics/rollup");
    assertThat(phone.locator("#rollup-table")).isVisible();
    assertThat(phone.locator("#rollup-table thead")).containsText("合计");
    assertThat(phone.locator("#rollup-table tbody")).containsText("活动次数（次）");
    assertFits(phone, "roll-up");
    screenshot(phone, "rollup");

    phone.locator("input[name=from]").fill("2024-02-01");
    phone.locator("input[name=to]").fill("2024-01-31");
    phone.locator("#rollup-period button[type=submit]").click();
    assertThat(phone.locator("#rollup-error")).containsText("结束日期不能早于开始日期");
    assertThat(phone.locator("#rollup-table")).hasCount(0);
    assertFits(phone, "roll-up with a refused period");
  }

  /** No sideways scrolling: the page is no wider than the phone (one pixel for rounding). */
  private static void assertFits(Page page, String what) {
    page.waitForLoadState();
    assertThat(scrollWidth(page))
        .as("%s at %d px scrolls sideways; too wide: %s", what, PHONE_WIDTH, overflowing(page))
        .isLessThanOrEqualTo(PHONE_WIDTH + 1);
  }
}
