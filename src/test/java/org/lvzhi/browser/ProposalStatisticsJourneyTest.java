package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/**
 * The proposal office on a phone (375 px): the year's figures, the overdue list by unit, and an
 * urge sent to the units from the list.
 */
class ProposalStatisticsJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Proposal-Stats-2026";

  @Test
  @DisplayName(
      "the office on a phone reads the proposal figures, opens the overdue list and urges a unit")
  void officeUrgesAnOverdueProposalFromItsPhone() {
    String clerk = unique("pstats");
    account(clerk, "提案办测试干事", Role.STAFF, null, PASSWORD);
    Page phone = phone();
    signIn(phone, clerk, PASSWORD);

    phone.navigate("/proposals/statistics");
    assertThat(phone.locator("main h1")).hasText("提案统计");
    assertThat(Integer.parseInt(phone.locator("#stat-received").textContent().trim()))
        .as("the demo year's proposals received")
        .isGreaterThan(100);
    assertThat(phone.locator("#by-unit tbody tr").first()).isVisible();
    fits(phone, "statistics");
    screenshot(phone, "proposal-statistics-phone");

    phone.locator("#stats-overdue").click();
    assertThat(phone).hasURL(Pattern.compile(".*/proposals/overdue$"));
    Locator item = phone.locator(".overdue-list .overdue-item").first();
    assertThat(item).isVisible();
    long id = Long.parseLong(item.getAttribute("data-id"));
    int before = urged(id);
    fits(phone, "overdue list");
    screenshot(phone, "proposal-overdue-phone");

    item.locator("button.urge").click();
    assertThat(phone).hasURL(Pattern.compile(".*/registry/proposals/" + id + "$"));
    assertThat(urged(id)).isEqualTo(before + 1);
  }

  private int urged(long id) {
    return jdbc.sql("select urged from proposal where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private static void fits(Page page, String what) {
    page.waitForLoadState();
    assertThat(scrollWidth(page))
        .as("%s at %d px scrolls sideways; too wide: %s", what, PHONE_WIDTH, overflowing(page))
        .isLessThanOrEqualTo(PHONE_WIDTH + 1);
  }
}
