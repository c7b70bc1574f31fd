package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.register.Registers;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey: an office clerk records a lead gathered on an outbound investment trip
 * through the form, moves it to signed with an amount on the project's page, sets the year's target
 * and two months of the ledger, and sees the completion and the flag on the page (with the ECharts
 * chart) and on the pipeline board, where the card sits in the 已签约 column. On a phone (375 px) the
 * pages do not scroll sideways; only the board's and the tables' own boxes do.
 *
 * <p>The project page keeps the ledger of the current year, so the flag expected is worked out here
 * from today's share of the year (Asia/Shanghai) with the configured 5 / 15 points.
 */
class InvestmentJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Investment-Journey-2026";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final String UNIT = "云溪县发展和改革局";

  @Autowired Registers registers;

  @Test
  @DisplayName(
      "a clerk records a lead from a trip, signs it on the project page, sets a target and two months of"
          + " ledger, and sees completion and flag on the page and on the board")
  void leadFromATripToSignedWithLedgerCompletionAndFlag() {
    String clerk = unique("invest");
    account(clerk, "招商测试干事", Role.STAFF, null, PASSWORD);
    LocalDate today = LocalDate.now(SHANGHAI);
    String trip = "赴江苏招商推介" + unique("");
    tripActivity(trip, today.minusDays(1).atTime(9, 0));
    long shepherd =
        jdbc.sql("select id from member where party_group = true order by id")
            .query(Long.class)
            .list()
            .get(0);
    String name = "预制菜中央厨房项目" + unique("");

    signIn(page, clerk, PASSWORD);
    page.navigate("/investment/board");
    assertThat(page.locator("main h1")).hasText("项目看板");
    page.locator("main a[href='/registry/investment-projects/new']").click();

    // The lead, through the form.
    assertThat(page.locator("main h1")).containsText("招商项目");
    page.locator("#f-name").fill(name);
    page.locator("#f-investor").fill("江苏苏食餐饮管理有限公司");
    page.locator("#f-leadOn").fill(today.toString());
    page.locator("#f-industry").selectOption("AGRICULTURE_FOOD");
    page.locator("#f-totalInvestment").fill("8000");
    page.locator("#f-sourceActivityId").selectOption(new SelectOption().setLabel(trip));
    page.locator("#f-follower").fill("县招商服务中心");
    page.locator("#f-location").fill("云溪县城东工业园区");
    // 包抓领导 is a searchable picker over ~150 members: the party group first, found by the
    // pinyin initials of the name.
    String shepherdName =
        jdbc.sql("select name from member where id = :id")
            .param("id", shepherd)
            .query(String.class)
            .single();
    Locator picker = page.locator("#f-shepherds-ts-control");
    picker.click();
    picker.fill(org.lvzhi.shared.Pinyin.initials(shepherdName));
    page.locator(
            "#f-shepherds-ts-dropdown .option", new Page.LocatorOptions().setHasText(shepherdName))
        .first()
        .click();
    assertThat(page.locator("#f-shepherds-ts-control").locator("xpath=..").locator(".item"))
        .containsText(new String[] {shepherdName});
    page.locator("#f-responsibleUnitId").selectOption(new SelectOption().setLabel(UNIT));
    page.locator("#f-keyProject").check();
    page.locator("#save").click();

    assertThat(page.locator("#record-title")).hasText(name);
    assertThat(page.locator("main .alert-success")).containsText("已保存");
    long id = recordId(page);
    Locator details = page.locator("main dl").first();
    assertThat(details).containsText(trip);
    // Under the heading 总投资（万元） the figure alone, in 万元.
    assertThat(details).containsText("总投资（万元）");
    assertThat(details).containsText("8,000.00");
    assertThat(details).not().containsText("8,000.00万元");
    assertThat(details).containsText(UNIT);
    assertThat(details).containsText(shepherdName);
    assertThat(page.locator("#current-stage")).hasAttribute("data-stage", "LEAD");
    assertThat(page.locator("#current-stage")).hasText("线索");
    assertThat(page.locator("#stage-timeline")).containsText("尚无进度记录");

    // Talks, then the signing with its amount.
    page.locator("#advance-stage").selectOption("NEGOTIATING");
    page.locator("#advance-form input[name=note]").fill("赴江苏考察后多轮洽谈");
    page.locator("#advance").click();
    assertThat(page.locator("main .alert-success")).containsText("已保存");
    assertThat(page.locator("#current-stage")).hasAttribute("data-stage", "NEGOTIATING");
    assertThat(page.locator("#sign-form")).isVisible();
    page.locator("#sign-amount").fill("6500");
    page.locator("#via-platform").check();
    page.locator("#sign").click();
    assertThat(page.locator("#current-stage")).hasAttribute("data-stage", "SIGNED");
    assertThat(page.locator("#current-stage")).hasText("已签约");
    assertThat(page.locator("#contract-amount")).hasText("6,500.00万元");
    Locator timeline = page.locator("#stage-timeline li");
    assertThat(timeline).hasCount(2);
    assertThat(timeline.nth(0)).containsText(today + " 线索 → 洽谈中 · 赴江苏考察后多轮洽谈");
    assertThat(timeline.nth(1)).containsText(today + " 洽谈中 → 已签约 · 6,500.00万元");
    assertThat(timeline.nth(1)).containsText(clerk);
    // Signed once: the form to sign again gives way to the one for an increase.
    assertThat(page.locator("#sign-form")).hasCount(0);
    assertThat(page.locator("#increase-form")).isVisible();

    // The year's target and two months of the ledger.
    page.locator("#target-wan").fill("10000");
    page.locator("#set-target").click();
    assertThat(page.locator("main .alert-success")).containsText("已保存");
    assertThat(page.locator("#ledger-target")).hasText("1.00亿元");
    recordMonth(1, "800", "650.5");
    recordMonth(2, "900", "1,200");

    // 1 850.50 of 10 000 万元: 18.505 % rounds half-up to 18.51 %.
    assertThat(page.locator("#ledger-completed")).hasText("1,850.50万元");
    assertThat(page.locator("#ledger-completion")).hasText("18.51%");
    String flag = expectedFlag(new BigDecimal("18.51"), today);
    assertThat(page.locator("#rag-flag")).hasAttribute("data-flag", flag);
    assertThat(page.locator("#rag-flag")).hasText(label(flag));
    Locator rows = page.locator("#ledger-table tbody tr");
    assertThat(rows).hasCount(2);
    assertThat(rows.nth(0).locator("td"))
        .hasText(new String[] {"1", "800.00", "650.50", "800.00", "650.50", "6.51%"});
    assertThat(rows.nth(1).locator("td"))
        .hasText(new String[] {"2", "900.00", "1,200.00", "1,700.00", "1,850.50", "18.51%"});
    // ECharts drew the cumulative figures into the chart's box.
    assertThat(page.locator(".ledger-chart canvas").first()).isVisible();
    screenshot(page, "investment-project");

    // The board: the card in the 已签约 column, with its flag.
    page.navigate("/investment/board");
    Locator card =
        page.locator(".board-column[data-stage=SIGNED] .board-card[data-project='" + id + "']");
    assertThat(card).isVisible();
    assertThat(card).containsText(name);
    assertThat(card.locator(".board-amount")).hasText("合同金额 6,500.00万元");
    assertThat(card.locator(".rag-" + flag)).hasText(label(flag));
    assertThat(page.locator(".board-card[data-project='" + id + "']")).hasCount(1);
    // At 1280 px every stage is in the window, with its count, and so are the stage buttons.
    Locator columns = page.locator("#board .board-column");
    assertThat(columns).hasCount(9);
    Locator stages = page.locator("#board-stages .board-stage");
    assertThat(stages).hasCount(9);
    for (int i = 0; i < 9; i++) {
      Locator column = columns.nth(i);
      int cards = column.locator(".board-card").count();
      assertThat(column.locator(".board-count")).hasText(String.valueOf(cards));
      assertThat(stages.nth(i).locator(".badge")).hasText(String.valueOf(cards));
      assertThat(stages.nth(i)).hasAttribute("data-stage", column.getAttribute("data-stage"));
      var box = column.boundingBox();
      assertThat(box.x + box.width)
          .as("stage %s inside the 1280 px window", column.getAttribute("data-stage"))
          .isLessThanOrEqualTo(DESKTOP_WIDTH);
      assertThat(column.locator(".board-column-head")).isVisible();
    }
    screenshot(page, "investment-board");

    // The same pages on a phone: nothing but the board's and the tables' boxes scroll sideways.
    Page phone = phone();
    signIn(phone, clerk, PASSWORD);
    phone.navigate("/registry/investment-projects/" + id);
    assertThat(phone.locator("#rag-flag")).hasAttribute("data-flag", flag);
    assertFits(phone, "project page");
    screenshot(phone, "investment-project");
    phone.navigate("/investment/board");
    assertThat(phone.locator(".board-card[data-project='" + id + "']")).hasCount(1);
    assertFits(phone, "board");
    int boardWidth = ((Number) phone.locator("#board").evaluate("b => b.scrollWidth")).intValue();
    assertThat(boardWidth).as("the board scrolls inside its own box").isGreaterThan(PHONE_WIDTH);
    screenshot(phone, "investment-board");
    phone.navigate("/investment/statistics");
    assertThat(phone.locator("#shepherded-table")).containsText(name);
    assertFits(phone, "statistics");
    // The list on a phone: each project a card, its stage and its link in reach.
    phone.navigate("/registry/investment-projects?q=" + name);
    Locator projectCard = phone.locator("#register-table tbody tr").first();
    Locator stage = projectCard.locator("td[data-label=阶段]");
    assertThat(stage).containsText("已签约");
    assertInView(phone, stage, "the stage");
    assertInView(phone, projectCard.locator("td.card-title-cell a"), "the link to the project");
    assertInView(phone, projectCard.locator("td[data-label=线索登记日期]"), "the lead's date");
    assertFits(phone, "project list");
    screenshot(phone, "investment-project-list");
  }

  // ---- helpers ----

  private void recordMonth(int month, String planned, String completed) {
    page.locator("#ledger-month").fill(String.valueOf(month));
    page.locator("#ledger-planned").fill(planned);
    page.locator("#ledger-completed-input").fill(completed);
    page.locator("#record-month").click();
    assertThat(page.locator("main .alert-success")).containsText("已保存");
    assertThat(page.locator("#ledger-table tbody tr")).hasCount(month);
  }

  /**
   * The flag for a completion today: behind the year's elapsed share (days passed, today included,
   * over the days of the year, half-up to two decimals) by more than 15 points red, by more than 5
   * amber.
   */
  static String expectedFlag(BigDecimal completion, LocalDate today) {
    BigDecimal elapsed =
        BigDecimal.valueOf(today.getDayOfYear())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(today.lengthOfYear()), 2, RoundingMode.HALF_UP);
    BigDecimal behind = elapsed.subtract(completion);
    if (behind.compareTo(BigDecimal.valueOf(15)) > 0) {
      return "RED";
    }
    return behind.compareTo(BigDecimal.valueOf(5)) > 0 ? "AMBER" : "GREEN";
  }

  static String label(String flag) {
    return Map.of("RED", "红灯", "AMBER", "黄灯", "GREEN", "绿灯").get(flag);
  }

  /** An outbound investment trip (招商引资（走出去）) of the office, as the activity register records it. */
  long tripActivity(String title, LocalDateTime start) {
    long typeId =
        jdbc.sql(
                "select id from activity_type where name = '招商引资（走出去）'"
                    + " and committee_id = (select id from committee where name = '政协云溪县委员会')")
            .query(Long.class)
            .single();
    Map<String, List<String>> input = new HashMap<>();
    input.put("title", List.of(title));
    input.put("typeId", List.of(String.valueOf(typeId)));
    input.put("startsAt", List.of(INPUT.format(start)));
    input.put("endsAt", List.of(INPUT.format(start.plusHours(8))));
    input.put("organiser", List.of("OFFICE"));
    return system.call(() -> registers.create("activities", input).id());
  }

  static long recordId(Page page) {
    Matcher matcher = Pattern.compile("/registry/investment-projects/(\\d+)").matcher(page.url());
    assertThat(matcher.find()).as("a project page: %s", page.url()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  /** No sideways scrolling of the page itself on a phone (one pixel for rounding). */
  private static void assertFits(Page page, String what) {
    page.waitForLoadState();
    assertThat(scrollWidth(page))
        .as("%s at %d px scrolls sideways; too wide: %s", what, PHONE_WIDTH, overflowing(page))
        .isLessThanOrEqualTo(PHONE_WIDTH + 1);
  }
}
