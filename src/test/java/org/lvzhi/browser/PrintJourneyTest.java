package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/** What an office prints: a meeting's sign-in sheet, and any list as it is filtered. */
class PrintJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Print-Journey-2026";
  private static final String DEMO = "(select id from committee where name = '政协云溪县委员会')";

  @Test
  @DisplayName("staff print a meeting's sign-in sheet: every invitee, a blank column to sign")
  void theSignInSheetListsEveryInviteeWithABlankSignature() {
    long activity =
        jdbc.sql(
                "select a.id from activity a join participation p on p.activity_id = a.id"
                    + " where a.committee_id = "
                    + DEMO
                    + " and a.organiser = 'OFFICE' and a.cancelled = false"
                    + " group by a.id having count(*) >= 3 and sum(case when p.state in"
                    + " ('LEAVE_APPROVED', 'EXCUSED') then 1 else 0 end) >= 1 order by a.id")
            .query(Long.class)
            .list()
            .get(0);
    long invitees =
        jdbc.sql("select count(*) from participation where activity_id = :a")
            .param("a", activity)
            .query(Long.class)
            .single();
    String staff = unique("print-office");
    account(staff, "打印测试", Role.STAFF, null, PASSWORD);
    signIn(page, staff, PASSWORD);

    page.navigate("/registry/activities/" + activity);
    page.locator("#sign-in-sheet-link").click();
    assertThat(page).hasURL(Pattern.compile(".*/activities/" + activity + "/sign-in-sheet$"));
    assertThat(page.locator("#print-now")).isVisible();
    assertThat(page.locator("#sign-in-sheet tbody tr")).hasCount((int) invitees);
    assertThat(page.locator("#sign-in-sheet thead")).containsText("签名");
    // Leave granted is marked where the signature would go; everyone else signs on a blank line.
    assertThat(
            page.locator(
                    "#sign-in-sheet tr[data-state=LEAVE_APPROVED] td.signature, "
                        + "#sign-in-sheet tr[data-state=EXCUSED] td.signature")
                .first())
        .not()
        .isEmpty();
    assertThat(
            page.locator(
                    "#sign-in-sheet tr[data-state=INVITED] td.signature, "
                        + "#sign-in-sheet tr[data-state=CHECKED_IN] td.signature, "
                        + "#sign-in-sheet tr[data-state=SIGNED_UP] td.signature, "
                        + "#sign-in-sheet tr[data-state=PRESENT] td.signature, "
                        + "#sign-in-sheet tr[data-state=ABSENT] td.signature")
                .first())
        .isEmpty();
  }

  @Test
  @DisplayName("a list prints as it is filtered, every row of it")
  void aListPrintsAsFiltered() {
    long women =
        jdbc.sql("select count(*) from member where gender = 'FEMALE' and committee_id = " + DEMO)
            .query(Long.class)
            .single();
    assertThat(women).isBetween(21L, 1000L);
    String staff = unique("print-list");
    account(staff, "打印测试", Role.STAFF, null, PASSWORD);
    signIn(page, staff, PASSWORD);

    page.navigate("/registry/members");
    page.locator("select[name=f_gender]").selectOption("FEMALE");
    assertThat(page).hasURL(Pattern.compile(".*f_gender=FEMALE.*"));
    page.locator("#print-list").click();
    assertThat(page).hasURL(Pattern.compile(".*/registry/members/print\\?.*f_gender=FEMALE.*"));
    assertThat(page.locator("#print-summary")).containsText("共 " + women + " 条");
    assertThat(page.locator("#print-table tbody tr")).hasCount((int) women);
  }
}
