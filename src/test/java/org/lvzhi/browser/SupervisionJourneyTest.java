package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.register.Registers;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Democratic supervision on a phone: a squad leader records a visit with two findings, the unit's
 * clerk answers one with its measures, the squad verifies it, and the statistics of the visit's
 * year show one of two rectified (50.00 %). The visit is dated in 2015, away from the demo's year.
 */
class SupervisionJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Supervision-Way-2026";

  @Autowired Registers registers;

  @Test
  @DisplayName(
      "a squad leader records a visit with two findings on a phone, the unit answers one, the"
          + " squad verifies it and the statistics show 1 of 2 rectified (50.00 %)")
  void aVisitsFindingsThroughTheLoopToTheStatistics() {
    Person leader = withoutAccount().get(0);
    String leaderLogin = unique("sq");
    account(leaderLogin, leader.name(), Role.LEADER, leader.id(), PASSWORD);
    List<Long> units =
        jdbc.sql("select id from unit where committee_id = " + DEMO + " order by id")
            .query(Long.class)
            .list();
    long ownUnit = units.get(2);
    long otherUnit = units.get(3);
    String ownName = name(ownUnit);
    String otherName = name(otherUnit);
    String unitLogin = unique("su");
    system.callIn(
        demoCommittee(),
        () ->
            accounts.create(
                unitLogin,
                "整改联络员",
                new Accounts.Binding(Role.UNIT, null, ownUnit, null),
                PASSWORD,
                false));
    String squadName = "营商环境监督小分队" + unique("");
    system.callIn(
        demoCommittee(),
        () -> {
          Map<String, List<String>> squad = new HashMap<>();
          squad.put("name", List.of(squadName));
          squad.put("leaderMemberId", List.of(Long.toString(leader.id())));
          return registers.create("supervision-squads", squad).id();
        });

    // The squad leader records the visit on the phone.
    Page phone = phone();
    signIn(phone, leaderLogin, PASSWORD);
    phone.navigate("/supervision");
    phone.locator("#supervision-new-visit").click();
    phone
        .locator("#f-squadId")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(squadName));
    String title = "走访政务服务中心" + unique("");
    phone.locator("#f-title").fill(title);
    phone.locator("#f-visitedOn").fill("2015-05-04");
    phone.locator("#mode-RANDOM").check();
    phone.locator("#manner-UNANNOUNCED").check();
    pick(phone, ownName);
    pick(phone, otherName);
    phone.locator("#f-summary").fill("暗访窗口办事情况，听取企业意见。");
    assertInView(phone, phone.locator("#visit-save"), "save the visit");
    phone.locator("#visit-save").click();
    assertThat(phone.locator("#visit-title")).hasText(title);
    assertThat(phone.locator("#visit-units")).containsText(ownName);

    addFinding(phone, "APPROVALS", ownUnit, "企业开办审批材料要求重复提交");
    addFinding(phone, "FEES", otherUnit, "企业反映收费项目未公示");
    assertThat(phone.locator("#finding-count")).hasText("2");
    assertThat(phone.locator(".finding .finding-status").first()).hasText("已交办");
    screenshot(phone, "supervision-visit");
    assertThat(scrollWidth(phone))
        .as("overflowing: %s", overflowing(phone))
        .isLessThanOrEqualTo(PHONE_WIDTH);
    String visitPath = phone.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");
    long item =
        jdbc.sql(
                "select f.rectification_id from supervision_finding f where f.unit_id = :u"
                    + " and f.description = '企业开办审批材料要求重复提交' order by f.id desc")
            .param("u", ownUnit)
            .query(Long.class)
            .list()
            .get(0);

    // The unit's clerk acknowledges and answers with the measures taken.
    Page unit = desktop();
    signIn(unit, unitLogin, PASSWORD);
    unit.navigate("/registry/rectifications/" + item);
    unit.locator("#acknowledge").click();
    assertThat(unit.locator("#rectification-status")).containsText("整改中");
    unit.locator("#resolve-measures").fill("精简申报材料，实行一次性告知");
    unit.locator("#resolve").click();
    assertThat(unit.locator("#rectification-status")).containsText("待核实");

    // The squad verifies it on the phone.
    phone.navigate(visitPath);
    Locator answered = phone.locator(".finding[data-status=RESOLVED]");
    assertThat(answered.locator(".finding-measures")).hasText("精简申报材料，实行一次性告知");
    assertInView(phone, answered.locator(".finding-verify"), "verify");
    answered.locator(".finding-verify").click();
    assertThat(phone.locator(".finding[data-status=VERIFIED] .finding-status")).hasText("已销号");

    // The statistics of 2015: one of two rectified.
    phone.navigate("/supervision/statistics");
    phone.locator("#statistics-period input[name=from]").fill("2015-01-01");
    phone.locator("#statistics-period input[name=to]").fill("2015-12-31");
    phone.locator("#statistics-period button").click();
    assertThat(phone.locator(".figure[data-metric='supervision.findings']")).hasText("2");
    assertThat(phone.locator(".figure[data-metric='supervision.rectified-rate']"))
        .hasText("50.00 %");
    assertThat(phone.locator("#rectified-of")).containsText("1 / 2");
    assertThat(phone.locator("#by-category td[data-code=FEES]")).hasText("1");
    screenshot(phone, "supervision-statistics");
  }

  private String name(long unit) {
    return jdbc.sql("select name from unit where id = :id")
        .param("id", unit)
        .query(String.class)
        .single();
  }

  private static void pick(Page phone, String unitName) {
    phone.locator("#f-unitIds-ts-control").fill(unitName);
    phone
        .locator(".ts-dropdown .option")
        .filter(new Locator.FilterOptions().setHasText(unitName))
        .first()
        .click();
  }

  private static void addFinding(Page phone, String category, long unit, String description) {
    phone.locator("#f-category").selectOption(category);
    phone.locator("#f-unitId").selectOption(String.valueOf(unit));
    phone.locator("#f-description").fill(description);
    assertInView(phone, phone.locator("#finding-save"), "save the problem");
    phone.locator("#finding-save").click();
    assertThat(phone.locator("#findings")).containsText(description);
  }
}
