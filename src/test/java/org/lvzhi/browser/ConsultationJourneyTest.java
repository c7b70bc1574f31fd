package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;

/**
 * An online consultation's whole way in the browser: the office opens one; a member comments on a
 * phone; the office closes it with a summary and one suggestion, sends the suggestion to a unit,
 * whose clerk records it adopted; the statistics count it adopted.
 */
class ConsultationJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Consult-Way-2026";
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Test
  @DisplayName(
      "a member comments on a phone, the office closes with a summary and one suggestion, the unit"
          + " adopts it and the statistics show it adopted")
  void anOnlineConsultationFromThePhoneToAnAdoptedSuggestion() {
    Person member = withoutAccount().get(0);
    String memberLogin = unique("cm");
    account(memberLogin, member.name(), Role.MEMBER, member.id(), PASSWORD);
    long unitId =
        jdbc.sql("select id from unit where committee_id = " + DEMO + " order by id")
            .query(Long.class)
            .list()
            .get(0);
    String unitLogin = unique("cunit");
    system.callIn(
        demoCommittee(),
        () ->
            accounts.create(
                unitLogin,
                "协商承办人",
                new Accounts.Binding(Role.UNIT, null, unitId, null),
                PASSWORD,
                false));
    String officeLogin = unique("coffice");
    system.callIn(
        demoCommittee(),
        () ->
            accounts.create(officeLogin, "协商干事", Accounts.Binding.of(Role.STAFF), PASSWORD, false));
    String topic = "城区背街小巷改造网络议政" + unique("");
    String suggestion = "建议分批实施背街小巷雨污分流" + unique("");

    // The office drafts and opens it at a desk.
    Page office = desktop();
    signIn(office, officeLogin, PASSWORD);
    office.navigate("/consultation");
    LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
    office.locator("#online-topic").fill(topic);
    office.locator("#online-background").fill("背街小巷共一百二十条，路面破损、排水不畅。");
    office.locator("#online-opens").fill(MINUTES.format(now.minusHours(1)));
    office.locator("#online-closes").fill(MINUTES.format(now.plusDays(2)));
    office.locator("#create-online").click();
    office.locator("#open-online").click();
    assertThat(office.locator("#online-status")).hasAttribute("data-status", "OPEN");
    String path = office.url().replaceAll("^https?://[^/]+", "");

    // The member comments on the phone.
    Page phone = phone();
    signIn(phone, memberLogin, PASSWORD);
    phone.navigate(path);
    assertThat(phone.locator("#online-background")).containsText("背街小巷");
    phone.locator("#comment-content").fill("建议先改造学校和医院周边的小巷。");
    assertInView(phone, phone.locator("#post-comment"), "post comment");
    phone.locator("#post-comment").click();
    assertThat(phone.locator("#comments")).containsText("建议先改造学校和医院周边的小巷。");
    assertThat(scrollWidth(phone))
        .as("no sideways scrolling at 375 px")
        .isLessThanOrEqualTo(PHONE_WIDTH);
    screenshot(phone, "consultation-online-comment");

    // The office closes it with a summary and one suggestion, and sends that to a unit.
    office.navigate(path);
    office.locator("#close-summary").fill("委员关注排水与出行，形成一条建议。");
    office.locator("#close-suggestion-0").fill(suggestion);
    office.locator("#close-online").click();
    assertThat(office.locator("#online-status")).hasAttribute("data-status", "CLOSED");
    office.locator("#online-suggestions a").first().click();
    office.locator("#send-unit").selectOption(String.valueOf(unitId));
    office.locator("#send").click();
    String suggestionPath = office.url().replaceAll("^https?://[^/]+", "");
    assertThat(suggestionPath).startsWith("/registry/consultation-suggestions/");

    // The unit's clerk records the answer "adopted".
    Page unit = desktop();
    signIn(unit, unitLogin, PASSWORD);
    unit.navigate(suggestionPath);
    unit.locator("#answer-outcome").selectOption("ADOPTED");
    unit.locator("#answer-text").fill("已纳入明年城市更新计划。");
    unit.locator("#record-answer").click();
    assertThat(unit.locator("body")).containsText("已纳入明年城市更新计划。");

    // The statistics count it adopted, and its figure lists it.
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    office.navigate("/consultation/statistics?from=" + today + "&to=" + today);
    int adopted = Integer.parseInt(office.locator("#stat-adopted").textContent().trim());
    assertThat(adopted).isPositive();
    office.locator("#stat-adopted").click();
    assertThat(office.locator("body")).containsText(suggestion);
  }
}
