package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;

/**
 * Issue 8's journey: the super-administrator adds a city committee and a county below it on the
 * committee administration page, each with its first account; the city's office clerk switches to
 * the county, reads its registers under a read-only banner, is refused when saving, switches back
 * and opens the roll-up, which lists both committees. On a phone the switch page does not scroll
 * sideways.
 */
class CommitteeJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Committee-Journey-2026";
  private static final Pattern ONE_TIME = Pattern.compile("初始密码：(\\S+?)（");

  @Test
  @DisplayName(
      "the super-administrator adds a city and a county; the city's clerk views the county read-only,"
          + " is refused when saving, switches back and sees both on the roll-up")
  void aCityLooksAtItsCountyReadOnlyAndRollsItUp() {
    String tag = unique("");
    String city = "政协测试" + tag + "市委员会";
    String county = "政协测试" + tag + "县委员会";

    signIn(page, ADMIN, ADMIN_PASSWORD);
    page.navigate("/admin/committees");
    assertThat(page.locator("main h1")).hasText("委员会管理");
    String cityAdminPassword = addCommittee(city, "CITY", null, "cityadmin-" + tag);
    assertThat(cityAdminPassword).hasSizeGreaterThanOrEqualTo(10);
    addCommittee(county, "COUNTY", city, "countyadmin-" + tag);
    assertThat(page.locator("#committee-tree")).containsText(city);
    assertThat(page.locator("#committee-tree")).containsText(county);

    long cityId = idOf(city);
    long countyId = idOf(county);
    String sector = "测试界别" + tag;
    jdbc.sql("insert into sector (name, committee_id, sort_order) values (:name, :committee, 1)")
        .param("name", sector)
        .param("committee", countyId)
        .update();
    String clerk = "cityclerk-" + tag;
    system.callIn(
        cityId,
        () -> accounts.create(clerk, "市政协办公室干事", Accounts.Binding.of(Role.STAFF), PASSWORD, false));

    Page office = desktop();
    signIn(office, clerk, PASSWORD);
    assertThat(office.locator("#current-committee")).hasText(city);
    office.locator("#current-committee").click();
    assertThat(office.locator("#viewable-committees")).containsText(county);
    office.locator("button[data-committee='" + countyId + "']").click();
    assertThat(office.locator("#viewing-committee")).containsText(county);
    assertThat(office.locator("#viewing-committee")).containsText("只读");

    office.navigate("/registry/sectors");
    assertThat(office.locator("main")).containsText(sector);
    office.navigate("/registry/sectors/new");
    office.locator("#f-name").fill("不应保存" + tag);
    office.locator("#save").click();
    assertThat(office.locator("main")).containsText("无权访问");
    assertThat(
            jdbc.sql("select count(*) from sector where name = :name")
                .param("name", "不应保存" + tag)
                .query(Long.class)
                .single())
        .as("nothing saved while only viewing")
        .isZero();

    office.navigate("/");
    office.locator("#back-to-own-committee").click();
    assertThat(office.locator("#viewing-committee")).hasCount(0);
    assertThat(office.locator("#current-committee")).hasText(city);
    office.navigate("/registry/sectors");
    assertThat(office.locator("main")).not().containsText(sector);

    office.navigate("/metrics/rollup");
    assertThat(office.locator("main")).containsText(city);
    assertThat(office.locator("main")).containsText(county);

    Page phone = phone();
    signIn(phone, clerk, PASSWORD);
    phone.navigate("/committee/view");
    assertThat(phone.locator("#viewable-committees")).containsText(county);
    assertThat(scrollWidth(phone)).as("the switch page fits a phone").isLessThanOrEqualTo(375);
  }

  /** Fills and sends the administration form; answers the first account's one-time password. */
  private String addCommittee(String name, String level, String parent, String username) {
    page.locator("#name").fill(name);
    page.locator("#level").selectOption(level);
    if (parent != null) {
      page.locator("#parentId").selectOption(new SelectOption().setLabel(parent));
    }
    page.locator("#adminUsername").fill(username);
    page.locator("#adminDisplayName").fill("管理员" + username);
    page.locator("#create-committee").click();
    assertThat(page.locator("main")).containsText("已建立“" + name + "”");
    Matcher password = ONE_TIME.matcher(page.locator("main").innerText());
    assertThat(password.find()).as("the one-time password is shown").isTrue();
    return password.group(1);
  }

  private long idOf(String committee) {
    return jdbc.sql("select id from committee where name = :name")
        .param("name", committee)
        .query(Long.class)
        .single();
  }
}
