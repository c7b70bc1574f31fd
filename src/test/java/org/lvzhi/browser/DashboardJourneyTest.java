package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/**
 * A leader on a phone: signs in and lands on the dashboard, which fits 375 px, shows the year's
 * targets by theme and the key figures; a tap on a figure opens the records behind it.
 */
class DashboardJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Dashboard-Way-2026";

  @Test
  @DisplayName("a leader opens the dashboard on a phone, taps a figure and lands on its records")
  void aLeaderFollowsAFigureToItsRecords() {
    String leader = unique("dash-leader-");
    account(leader, "副主席", Role.LEADER, null, PASSWORD);

    Page phone = phone();
    signIn(phone, leader, PASSWORD);
    assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/dashboard$"));
    assertThat(phone.locator("main h1")).containsText("领导驾驶舱");
    assertThat(phone.locator(".dashboard-theme")).hasCount(3);
    assertThat(phone.locator(".dashboard-theme").first()).containsText("项目建设年");
    assertThat(scrollWidth(phone)).as("fits 375 px").isLessThanOrEqualTo(PHONE_WIDTH);

    Locator leads = phone.locator(".dashboard-figure[data-figure='leads']");
    assertInView(phone, leads, "the leads figure");
    String value = leads.locator(".figure-value").innerText().split("\\s")[0];
    leads.click();
    assertThat(phone)
        .hasURL(
            java.util.regex.Pattern.compile(".*/metrics/records\\?metric=investment\\.leads.*"));
    assertThat(phone.locator("#records-value strong")).hasText(value);
    assertThat(phone.locator("#records-list .metric-record").first()).isVisible();
    assertThat(scrollWidth(phone)).as("the records fit 375 px").isLessThanOrEqualTo(PHONE_WIDTH);
    phone.locator("#records-list .metric-record").first().click();
    assertThat(phone)
        .hasURL(java.util.regex.Pattern.compile(".*/registry/investment-projects/\\d+"));
  }
}
