package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.account.Accounts;
import org.lvzhi.activity.Participations;
import org.lvzhi.organisation.Members;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.register.Registers;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "The next person always knows", in the browser at 375 and 1280 px: a member asks leave for a
 * special committee's reading session and its head finds it waiting on the home page and decides
 * it; a unit reports a problem resolved and the office finds it waiting to be verified.
 */
class NextPersonJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Next-Person-2026";
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired Registers registers;
  @Autowired Participations participations;
  @Autowired Rectifications rectifications;

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {PHONE_WIDTH, DESKTOP_WIDTH})
  @DisplayName(
      "a member asks leave for a special committee's reading session; its head sees it on the home"
          + " page and decides it")
  void leaveReachesTheHeadWhoDecidesIt(int width) {
    List<Person> free = withoutAccount();
    Person head = free.get(0);
    Person member = free.get(1);
    String headLogin = account(head, Role.MEMBER);
    String memberLogin = account(member, Role.MEMBER);
    long committee = specialCommittee(head);
    String title = "书香政协读书会" + unique("");
    long activity =
        activity(title, committee, LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2));
    int invited =
        system.call(
            () ->
                participations.invite(
                    activity,
                    new Participations.Invitation(
                        new Members.Group.Individuals(List.of(member.id())), false)));
    assertThat(invited).isEqualTo(1);

    Page phone = page(width);
    signIn(phone, memberLogin, PASSWORD);
    Locator waiting =
        phone.locator("#waiting .waiting-item[data-kind='activity.invitations-to-answer']");
    assertThat(waiting).containsText("待回复的活动邀请");
    waiting.click();
    assertThat(phone.locator("main h1")).hasText("我的活动");
    Locator card = phone.locator(".my-activity[data-activity='" + activity + "']");
    card.locator("summary").click();
    card.locator("input[name=reason]").fill("赴市里参加培训");
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("请假")).click();
    assertThat(phone.locator("main .alert-success")).hasText("请假申请已提交，等待审批。");
    assertThat(card.locator(".my-state")).hasText("请假待批");
    assertThat(card.locator(".withdraw-leave")).isVisible();
    fits(phone, "my activities after asking leave");
    phone.navigate("/registry/activities/" + activity);
    assertThat(phone.locator("#leave-decider")).containsText("专委会主任 " + head.name());
    fits(phone, "the activity page");
    screenshot(phone, "leave-asked");

    Page headPage = page(width);
    signIn(headPage, headLogin, PASSWORD);
    Locator leave =
        headPage.locator("#waiting .waiting-item[data-kind='activity.leave-to-decide']");
    assertThat(leave).containsText("待我审批的请假");
    assertThat(leave.locator(".waiting-count")).hasText("1");
    fits(headPage, "the head's home page");
    screenshot(headPage, "home-leave-waiting");
    leave.click();
    assertThat(headPage.locator("main h1")).hasText("待我审批的请假");
    Locator request = headPage.locator(".leave-request");
    assertThat(request).hasCount(1);
    assertThat(request).containsText(title);
    assertThat(request.locator(".leave-who")).hasText(member.name());
    assertThat(request.locator(".leave-reason")).hasText("赴市里参加培训");
    fits(headPage, "the leave to decide");
    request.locator(".approve-leave").click();
    assertThat(headPage.locator("main .alert-success")).hasText("已批准请假。");
    assertThat(headPage.locator("#no-leave-requests")).isVisible();
    headPage.navigate("/");
    assertThat(headPage.locator("#waiting .waiting-item[data-kind='activity.leave-to-decide']"))
        .hasCount(0);
    headPage.navigate("/notifications");
    assertThat(headPage.locator("main")).containsText("请假待审批：" + title);

    phone.navigate("/my/activities");
    assertThat(card.locator(".my-state")).hasText("已准假");
    assertThat(card.locator(".withdraw-leave")).hasCount(0);
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {PHONE_WIDTH, DESKTOP_WIDTH})
  @DisplayName("a unit reports a problem resolved; the office sees it waiting to be verified")
  void aResolvedProblemWaitsForTheOffice(int width) {
    long unitId =
        jdbc.sql("select id from unit where committee_id = " + DEMO + " order by id")
            .query(Long.class)
            .list()
            .get(0);
    String unitLogin = unique("unit");
    system.call(
        () ->
            accounts.create(
                unitLogin,
                "整改承办人",
                new Accounts.Binding(Role.UNIT, null, unitId, null),
                PASSWORD,
                false));
    String officeLogin = unique("office");
    account(officeLogin, "核实干事", Role.STAFF, null, PASSWORD);
    long project =
        jdbc.sql("select id from investment_project where committee_id = " + DEMO + " order by id")
            .query(Long.class)
            .list()
            .get(0);
    String title = "园区道路未硬化" + unique("");
    long problem =
        system.callIn(
            demoCommittee(),
            () -> {
              long id =
                  rectifications.raise(
                      "project",
                      project,
                      "演示项目",
                      "/registry/investment-projects/" + project,
                      title,
                      "施工车辆通行困难");
              rectifications.assign(
                  id, unitId, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(20));
              return id;
            });

    Page unit = page(width);
    signIn(unit, unitLogin, PASSWORD);
    Locator toAcknowledge =
        unit.locator("#waiting .waiting-item[data-kind='rectification.to-acknowledge']");
    assertThat(toAcknowledge).containsText("待签收");
    fits(unit, "the unit's home page");
    screenshot(unit, "home-unit");
    toAcknowledge.click();
    assertThat(unit).hasURL(Pattern.compile(".*/registry/rectifications\\?f_status=ASSIGNED"));
    unit.getByText(title).click();
    unit.locator("#acknowledge").click();
    assertThat(unit.locator("#rectification-status")).hasText("整改中");
    unit.locator("#resolve-measures").fill("已完成道路硬化");
    unit.locator("#resolve").click();
    assertThat(unit.locator("#rectification-status")).hasText("待核实");
    fits(unit, "the resolved problem");

    Page office = page(width);
    signIn(office, officeLogin, PASSWORD);
    Locator toVerify =
        office.locator("#waiting .waiting-item[data-kind='rectification.to-verify']");
    assertThat(toVerify).containsText("单位已反馈、待核实的问题");
    fits(office, "the office's home page");
    screenshot(office, "home-office-verify");
    toVerify.click();
    assertThat(office).hasURL(Pattern.compile(".*/registry/rectifications\\?f_status=RESOLVED"));
    assertThat(office.locator("#register-table")).containsText(title);
    office.navigate("/notifications");
    assertThat(office.locator("main")).containsText("整改结果待核实：" + title);
    assertThat(problem).isPositive();
  }

  // ---- helpers ----

  private Page page(int width) {
    return width == PHONE_WIDTH ? phone() : desktop();
  }

  private String account(Person person, Role role) {
    String username = unique("np");
    account(username, person.name(), role, person.id(), PASSWORD);
    return username;
  }

  /** A special committee of the demo county headed by the person. */
  private long specialCommittee(Person head) {
    Map<String, List<String>> input = new HashMap<>();
    input.put("name", List.of(unique("读书委")));
    input.put("committeeId", List.of(String.valueOf(demoCommittee())));
    input.put("sortOrder", List.of("95"));
    input.put("headMemberId", List.of(String.valueOf(head.id())));
    return system.callIn(demoCommittee(), () -> registers.create("special-committees", input).id());
  }

  private long activity(String title, long committee, LocalDateTime start) {
    long typeId =
        jdbc.sql("select id from activity_type where name = '书香政协读书活动' and committee_id = " + DEMO)
            .query(Long.class)
            .single();
    Map<String, List<String>> input = new HashMap<>();
    input.put("title", List.of(title));
    input.put("typeId", List.of(String.valueOf(typeId)));
    input.put("startsAt", List.of(INPUT.format(start.withSecond(0).withNano(0))));
    input.put("endsAt", List.of(INPUT.format(start.withSecond(0).withNano(0).plusHours(2))));
    input.put("organiser", List.of("SPECIAL_COMMITTEE"));
    input.put("specialCommitteeId", List.of(String.valueOf(committee)));
    return system.callIn(demoCommittee(), () -> registers.create("activities", input).id());
  }

  /** No sideways scrolling where the window is a phone's (one pixel for rounding). */
  private static void fits(Page page, String what) {
    page.waitForLoadState();
    int width = page.viewportSize().width;
    assertThat(scrollWidth(page))
        .as("%s at %d px scrolls sideways; too wide: %s", what, width, overflowing(page))
        .isLessThanOrEqualTo(width + 1);
  }
}
