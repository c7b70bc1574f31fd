package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.activity.ParticipationState;
import org.lvzhi.activity.Participations;
import org.lvzhi.organisation.Members;
import org.lvzhi.register.Registers;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Activities as the office and members live them: staff record an activity and invite a special
 * committee, a member signs up and checks in on a phone (by code or by the QR code), asks leave
 * that the right person decides, and finds it all again in the calendar, the statistics and the
 * duty record. The clock is real (Asia/Shanghai), so activities that need an open check-in start a
 * few minutes ago.
 */
class ActivityJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Activity-Journey-2026";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Autowired Registers registers;
  @Autowired Participations participations;

  record Person(long id, String name) {}

  /** The demo county the journeys work in (the demo has a second one with the same names). */
  private static final String DEMO = "(select id from committee where name = '政协云溪县委员会')";

  @Test
  @DisplayName(
      "staff create an activity and invite a special committee; a member signs up and checks in on a phone;"
          + " closing counts the checked-in as present")
  void createInviteSignUpCheckInAndClose() {
    String committee = "农业和农村委员会";
    List<Person> free = withoutAccount(committee);
    Person member = free.get(0);
    Person other = free.get(1);
    String memberLogin = memberAccount(member);
    signIn(page, staffAccount(), PASSWORD);

    page.navigate("/registry/activities/new");
    assertThat(page.locator("main h1")).hasText("新增活动");
    String title = "乡村振兴专题培训" + unique("");
    LocalDateTime start = now().minusMinutes(5);
    page.locator("#f-title").fill(title);
    page.locator("#f-typeId").selectOption(new SelectOption().setLabel("专题培训"));
    page.locator("#f-startsAt").fill(INPUT.format(start));
    page.locator("#f-endsAt").fill(INPUT.format(start.plusHours(3)));
    page.locator("#f-organiser").selectOption("OFFICE");
    page.locator("#f-localities").fill("县政协三楼会议室");
    page.locator("#save").click();

    assertThat(page.locator("#record-title")).hasText(title);
    assertThat(page.locator("main .alert-success")).containsText("已保存");
    long id = recordId(page);
    Locator details = page.locator("main dl");
    assertThat(details).containsText("专题培训");
    assertThat(details).containsText(SHOWN.format(start));
    assertThat(details).containsText("县政协三楼会议室");

    int serving = servingIn(committee);
    page.locator("#invite-group").selectOption(new SelectOption().setLabel(committee));
    page.locator("#invite").click();
    assertThat(page.locator("main .alert-success")).hasText("已邀请 " + serving + " 人。");
    Locator rows = page.locator("#participant-table tbody tr");
    assertThat(rows).hasCount(serving);
    assertThat(row(page, member.name())).hasAttribute("data-state", "INVITED");
    assertThat(row(page, member.name())).containsText("已邀请");
    assertThat(page.locator("#attendance-summary")).containsText("受邀 " + serving);
    assertThat(page.locator("#present-count")).hasText("0");
    String code = page.locator("#check-in-code-display").innerText().trim();
    assertThat(code).matches("\\d{6}").isEqualTo(codeOf(id));
    assertThat(page.locator("#check-in-qr")).isVisible();
    assertThat(
            ((Number) page.locator("#check-in-qr").evaluate("img => img.naturalWidth")).intValue())
        .as("the QR code image loads")
        .isEqualTo(320);
    screenshot(page, "activity-invited");

    // The member, on a phone: 我的活动, sign up, type the code.
    Page phone = phone();
    signIn(phone, memberLogin, PASSWORD);
    phone.navigate("/my/activities");
    assertThat(phone.locator("main h1")).hasText("我的活动");
    Locator card = phone.locator(".my-activity[data-activity='" + id + "']");
    assertThat(card).containsText(title);
    assertThat(card).containsText(SHOWN.format(start) + " · 专题培训");
    assertThat(card.locator(".my-state")).hasText("已邀请");
    assertFits(phone, "my activities");
    screenshot(phone, "my-activities");
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("报名参加")).click();
    assertThat(phone.locator("main .alert-success")).hasText("已报名。");
    assertThat(card.locator(".my-state")).hasText("已报名");
    card.locator("input[name=code]").fill(code);
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("签到").setExact(true))
        .click();
    assertThat(phone.locator("main .alert-success")).hasText("签到成功。");
    assertThat(card.locator(".my-state")).hasText("已签到");
    assertFits(phone, "my activities after check-in");

    // Staff see it, mark a member without a phone as arrived, and close the activity.
    page.reload();
    assertThat(row(page, member.name())).hasAttribute("data-state", "CHECKED_IN");
    assertThat(row(page, member.name())).containsText("已签到");
    assertThat(row(page, member.name())).not().containsText("迟到");
    page.getByRole(
            AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(other.name()).setExact(true))
        .check();
    page.locator("#mark-arrived").click();
    assertThat(page.locator("main .alert-success")).hasText("已为 1 人签到。");
    assertThat(row(page, other.name())).hasAttribute("data-state", "CHECKED_IN");

    // Closing asks first; "cancel" leaves everything as it was.
    AtomicReference<String> question = new AtomicReference<>();
    page.onceDialog(
        dialog -> {
          question.set(dialog.message());
          dialog.dismiss();
        });
    page.locator("#close-activity").click();
    assertThat(page.locator("#close-activity")).isVisible();
    assertThat(question.get()).contains("确定结束吗");
    assertThat(row(page, member.name())).hasAttribute("data-state", "CHECKED_IN");

    page.onceDialog(dialog -> dialog.accept());
    page.locator("#close-activity").click();
    assertThat(page.locator("main .alert-success")).hasText("活动已结束，出席情况已确定。");
    assertThat(page.locator("#present-count")).hasText("2");
    assertThat(row(page, member.name())).hasAttribute("data-state", "PRESENT");
    assertThat(row(page, member.name()).locator("td").nth(1)).hasText("出席");
    assertThat(row(page, other.name())).hasAttribute("data-state", "PRESENT");
    assertThat(page.locator("#participant-table tbody tr[data-state=ABSENT]"))
        .hasCount(serving - 2);
    assertThat(page.locator("#check-in-code-display")).hasCount(0);
    assertThat(page.locator("#invite-form")).hasCount(0);
    assertThat(page.locator("#close-activity")).hasCount(0);
    screenshot(page, "activity-closed");

    phone.navigate("/my/activities");
    assertThat(phone.locator(".my-activity[data-activity='" + id + "']")).hasCount(0);
    assertThat(phone.locator("#past li").filter(new Locator.FilterOptions().setHasText(title)))
        .containsText("出席");
  }

  @Test
  @DisplayName(
      "a member asks leave on a phone; the office may not decide it, the organising committee's head"
          + " approves it, and after closing the member reads 请假")
  void leaveAskedOnAPhoneIsApprovedByTheCommitteeHead() {
    String committee = "社会和法制委员会";
    long committeeId = specialCommitteeId(committee);
    List<Person> free = withoutAccount(committee);
    Person head = free.get(0);
    Person asker = free.get(1);
    Long previousHead =
        jdbc.sql("select head_member_id from special_committee where id = :id")
            .param("id", committeeId)
            .query((rs, n) -> (Long) rs.getObject(1, Long.class))
            .list()
            .get(0);
    jdbc.sql("update special_committee set head_member_id = :m where id = :id")
        .param("m", head.id())
        .param("id", committeeId)
        .update();
    try {
      String title = "社会治理专题调研" + unique("");
      LocalDateTime start = now().plusDays(2).withHour(9).withMinute(0);
      long id = activity(title, "调研", start, 4, "SPECIAL_COMMITTEE", committeeId);
      invite(id, new Members.Group.OfSpecialCommittee(committeeId));
      String askerLogin = memberAccount(asker);
      String headLogin = memberAccount(head);

      Page phone = phone();
      signIn(phone, askerLogin, PASSWORD);
      phone.navigate("/registry/activities/" + id);
      assertThat(phone.locator("#record-title")).hasText(title);
      assertThat(phone.locator("#my-state")).hasText("已邀请");
      assertThat(phone.locator("#check-in-code-display")).hasCount(0);
      assertThat(phone.locator("#invite-form")).hasCount(0);
      phone.locator("#leave-reason").fill("参加省政协培训，时间冲突");
      phone.locator("#ask-leave").click();
      assertThat(phone.locator("main .alert-success")).hasText("请假申请已提交，等待审批。");
      assertThat(phone.locator("#my-state")).hasText("请假待批");
      assertThat(phone.locator("#sign-up")).hasCount(0);
      assertThat(phone.locator("#ask-leave")).hasCount(0);
      assertFits(phone, "activity page (member)");
      screenshot(phone, "activity-leave-requested");

      // The office sees the request, but a special committee's activity is not theirs to decide.
      signIn(page, staffAccount(), PASSWORD);
      page.navigate("/registry/activities/" + id);
      Locator request = row(page, asker.name());
      assertThat(request).hasAttribute("data-state", "LEAVE_REQUESTED");
      assertThat(request).containsText("参加省政协培训，时间冲突");
      assertThat(request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("批准")))
          .hasCount(0);

      // The head decides on a phone: the row is a card, the buttons in reach without scrolling.
      Page headPage = phone();
      signIn(headPage, headLogin, PASSWORD);
      headPage.navigate("/registry/activities/" + id);
      Locator toDecide = row(headPage, asker.name());
      assertThat(toDecide).containsText("请假待批");
      Locator approve =
          toDecide.getByRole(
              AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("批准").setExact(true));
      assertInView(headPage, approve, "the head's 批准 button");
      assertInView(headPage, toDecide.locator("td[data-label=状态]"), "the asker's state");
      assertFits(headPage, "activity page (committee head)");
      screenshot(headPage, "activity-leave-to-decide");
      approve.click();
      assertThat(headPage.locator("main .alert-success")).hasText("已批准请假。");
      assertThat(row(headPage, asker.name())).hasAttribute("data-state", "LEAVE_APPROVED");
      assertThat(row(headPage, asker.name())).containsText("已准假");
      assertThat(headPage.locator("#close-activity")).hasCount(0);

      page.reload();
      page.onceDialog(dialog -> dialog.accept());
      page.locator("#close-activity").click();
      assertThat(page.locator("main .alert-success")).hasText("活动已结束，出席情况已确定。");
      assertThat(row(page, asker.name())).hasAttribute("data-state", "EXCUSED");
      assertThat(row(page, asker.name()).locator("td").nth(1)).hasText("请假");
      assertThat(row(page, head.name())).hasAttribute("data-state", "ABSENT");
      assertThat(page.locator("#present-count")).hasText("0");

      phone.reload();
      assertThat(phone.locator("#my-state")).hasText("请假");
    } finally {
      jdbc.sql("update special_committee set head_member_id = :m where id = :id")
          .param("m", previousHead)
          .param("id", committeeId)
          .update();
    }
  }

  @Test
  @DisplayName(
      "the QR code leads a member to one confirm button; a wrong code is refused with the reason")
  void checkInByQrCodeAndWrongCodesAreRefused() throws Exception {
    Person member = withoutAccount("人口资源环境委员会").get(0);
    String memberLogin = memberAccount(member);
    String title = "生态环境民主监督座谈" + unique("");
    long id = activity(title, "民主监督", now().minusMinutes(3), 2, "OFFICE", null);
    invite(id, new Members.Group.Individuals(List.of(member.id())));
    String code = codeOf(id);

    // The organiser's page shows the QR code; it carries this server's check-in page, the activity
    // and its code.
    signIn(page, staffAccount(), PASSWORD);
    page.navigate("/registry/activities/" + id);
    assertThat(page.locator("#check-in-code-display")).hasText(code);
    APIResponse png = page.request().get("/activities/" + id + "/qr.png");
    assertThat(png.status()).isEqualTo(200);
    assertThat(png.headers().get("content-type")).isEqualTo("image/png");
    String target = decodeQr(png.body());
    assertThat(target)
        .isEqualTo("http://localhost:" + port + "/check-in?activity=" + id + "&code=" + code);

    Page phone = phone();
    signIn(phone, memberLogin, PASSWORD);
    phone.navigate(target);
    assertThat(phone.locator("main h1")).hasText("签到");
    Locator confirm = phone.locator("#confirm-check-in");
    assertThat(confirm).hasText("确认签到");
    assertFits(phone, "QR check-in page");
    screenshot(phone, "check-in-qr");
    confirm.click();
    assertThat(phone.locator("main .alert-success")).hasText("签到成功。");
    assertThat(phone.locator("#record-title")).hasText(title);
    assertThat(phone.locator("#my-state")).hasText("已签到");
    // A member sees neither the code nor the QR code.
    assertThat(phone.locator("#check-in-code-display")).hasCount(0);
    assertThat(phone.locator("#check-in-qr")).hasCount(0);

    // The same QR code again: already checked in.
    phone.navigate(target);
    phone.locator("#confirm-check-in").click();
    assertThat(phone.locator("main .alert-warning")).containsText("已经签到，无需重复签到。");

    // A QR link with another code: refused, saying why.
    phone.navigate("/check-in?activity=" + id + "&code=" + otherCode(code));
    phone.locator("#confirm-check-in").click();
    assertThat(phone.locator("main .alert-warning")).containsText("签到码不正确，或不是本次活动的签到码。");

    // A typed code that opens nothing: back on the check-in page, saying why.
    phone.navigate("/check-in");
    phone.locator("#code").fill(unusedCode());
    phone.locator("#submit-code").click();
    assertThat(phone).hasURL(Pattern.compile(".*/check-in$"));
    assertThat(phone.locator("main .alert-warning")).containsText("签到码不正确，或该活动现在不在签到时间内。");
    assertThat(phone.locator("#code")).isVisible();
    assertFits(phone, "check-in page with a refusal");
    screenshot(phone, "check-in-refused");

    page.reload();
    assertThat(row(page, member.name())).hasAttribute("data-state", "CHECKED_IN");
    // A member may not fetch the QR code.
    assertThat(phone.request().get("/activities/" + id + "/qr.png").status()).isEqualTo(403);
  }

  @Test
  @DisplayName(
      "the calendar, the statistics and the member's duty record (page, print and Excel) show the activity")
  void calendarStatisticsAndDutyRecordShowTheActivity() throws Exception {
    Person member = withoutAccount("委员联络委员会").get(0);
    String memberLogin = memberAccount(member);
    String type = "联络走访" + unique("");
    system.run(
        () ->
            registers.create(
                "activity-types",
                Map.of(
                    "name",
                    List.of(type),
                    "category",
                    List.of("OTHER"),
                    "sortOrder",
                    List.of("900"))));
    String title = "委员之家联络走访" + unique("");
    LocalDate today = LocalDate.now(SHANGHAI);
    LocalDateTime start = today.atTime(0, 5);
    long id = activity(title, type, start, 1, "OFFICE", null);
    invite(id, new Members.Group.Individuals(List.of(member.id())));
    system.run(
        () -> {
          long participation =
              jdbc.sql("select id from participation where activity_id = :a")
                  .param("a", id)
                  .query(Long.class)
                  .single();
          participations.markArrived(id, List.of(participation));
          participations.close(id);
        });

    // The member reports duty of their own on the phone …
    Page phone = phone();
    signIn(phone, memberLogin, PASSWORD);
    String duty = "走访联系困难群众" + unique("");
    phone.navigate("/registry/duty-reports/new");
    phone.locator("#f-content").fill(duty);
    phone.locator("#f-memberId").selectOption(new SelectOption().setLabel(member.name()));
    phone.locator("#f-occurredOn").fill(today.toString());
    phone.locator("#f-kind").selectOption("VISIT_CONSTITUENTS");
    phone.locator("#f-place").fill("城关镇");
    phone.locator("#save").click();
    assertThat(phone.locator("main .alert-success")).containsText("已保存");
    assertThat(phone.locator("main dl")).containsText("待确认");
    long report = recordId(phone, "duty-reports");

    // … and the office confirms it.
    signIn(page, staffAccount(), PASSWORD);
    page.navigate("/registry/duty-reports/" + report);
    page.locator("#action-confirm").click();
    assertThat(page.locator("main dl")).containsText("已确认");

    // The calendar of this month: in the grid on a desktop, in the list on a phone.
    YearMonth month = YearMonth.from(today);
    page.navigate("/activities/calendar?month=" + month);
    assertThat(page.locator("#calendar-month"))
        .hasText(month.getYear() + "年" + month.getMonthValue() + "月");
    Locator entry =
        page.locator("#calendar-grid a").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(entry).hasText("00:05 " + title);
    screenshot(page, "activity-calendar");
    entry.click();
    assertThat(page.locator("#record-title")).hasText(title);
    phone.navigate("/activities/calendar");
    assertThat(phone.locator("#calendar-list")).containsText("00:05 " + title);
    assertFits(phone, "calendar (member)");

    // The statistics of this year: the new type has one activity and one participant-time.
    page.navigate("/activities/statistics");
    assertThat(page.locator("main h1")).hasText("活动统计");
    Locator byType =
        page.locator("#by-type tbody tr").filter(new Locator.FilterOptions().setHasText(type));
    assertThat(byType.locator("td")).hasText(new String[] {type, "1", "1"});
    screenshot(page, "activity-statistics");

    // The member's duty record: attendance and confirmed duty, on the page, printed and in Excel.
    phone.navigate("/my/duty-record");
    // The year itself: see ActivityScenarios.theDutyRecordHeadingShowsThePlainYear (known bug
    // "2,026年度").
    assertThat(phone.locator("#duty-title")).containsText(member.name());
    assertThat(phone.locator("#duty-title")).containsText("年度履职档案");
    Locator attendance =
        phone.locator(".duty-section").filter(new Locator.FilterOptions().setHasText("参加活动"));
    Locator attended =
        attendance.locator("li").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(attended).containsText(today.toString());
    assertThat(attended).containsText(type);
    assertThat(attended).containsText("出席");
    Locator selfReported =
        phone.locator(".duty-section").filter(new Locator.FilterOptions().setHasText("自主履职"));
    assertThat(selfReported.locator("li").filter(new Locator.FilterOptions().setHasText(duty)))
        .containsText("已确认");
    assertFits(phone, "duty record");
    screenshot(phone, "duty-record");

    Download download = phone.waitForDownload(() -> phone.locator("#duty-export").click());
    assertThat(download.suggestedFilename())
        .isEqualTo("履职档案-" + member.name() + "-" + today.getYear() + ".xlsx");
    List<List<String>> sheet = readXlsx(download);
    assertThat(sheet.get(0)).containsExactly("板块", "日期", "事项", "说明", "情况");
    assertThat(sheet)
        .anySatisfy(
            line -> assertThat(line).containsExactly("参加活动", today.toString(), title, type, "出席"));
    assertThat(sheet)
        .anySatisfy(
            line ->
                assertThat(line)
                    .containsExactly("自主履职", today.toString(), duty, "走访联系群众 · 城关镇", "已确认"));

    phone.navigate("/my/duty-record?print=true");
    assertThat(phone.locator("body")).containsText(title);
    assertThat(phone.locator("body")).containsText(duty);
  }

  @Test
  @DisplayName(
      "the duty record counts attended, on leave, absent and still to come apart: page, print, Excel")
  void dutyRecordCountsEachStandingApart() throws Exception {
    LocalDateTime tomorrow = now().plusDays(1).withHour(9).withMinute(0);
    int past = LocalDate.now(SHANGHAI).getYear() - 1;
    int next = tomorrow.getYear();
    Person member =
        withoutAccount("委员联络委员会").stream()
            .filter(p -> invitations(p.id(), past) == 0)
            .findFirst()
            .orElseThrow();
    String login = memberAccount(member);
    String tag = unique("");
    Members.Group one = new Members.Group.Individuals(List.of(member.id()));
    long present =
        activity("出席·视察" + tag, "视察", LocalDateTime.of(past, 3, 2, 9, 0), 2, "OFFICE", null);
    long excused =
        activity("请假·调研" + tag, "调研", LocalDateTime.of(past, 4, 6, 9, 0), 2, "OFFICE", null);
    long absent =
        activity("缺席·视察" + tag, "视察", LocalDateTime.of(past, 5, 4, 9, 0), 2, "OFFICE", null);
    long unclosed =
        activity("未结束·调研" + tag, "调研", LocalDateTime.of(past, 6, 8, 9, 0), 2, "OFFICE", null);
    for (long id : List.of(present, excused, absent, unclosed)) {
      invite(id, one);
    }
    system.run(
        () -> {
          participations.markArrived(present, List.of(participation(present, member.id())));
          participations.close(present);
          participations.close(excused);
          participations.correct(participation(excused, member.id()), ParticipationState.EXCUSED);
          participations.close(absent);
        });

    Page phone = phone();
    signIn(phone, login, PASSWORD);
    phone.navigate("/my/duty-record?year=" + past);
    Locator attendance =
        phone.locator(".duty-section").filter(new Locator.FilterOptions().setHasText("参加活动"));
    assertThat(attendance.locator(".duty-count"))
        .hasText(new String[] {"出席 1", "请假 1", "缺席 2", "待参加 0"});
    assertThat(attendance.locator("li")).hasCount(4);
    assertThat(attendance.locator("li").last()).containsText("未签到（计为缺席）");
    assertFits(phone, "duty record with counts");
    screenshot(phone, "duty-record-counts");

    phone.navigate("/my/duty-record?year=" + past + "&print=true");
    assertThat(phone.locator(".duty-count").first()).isVisible();
    assertThat(phone.locator(".duty-counts").first().locator(".duty-count"))
        .hasText(new String[] {"出席 1", "请假 1", "缺席 2", "待参加 0"});

    phone.navigate("/my/duty-record?year=" + past);
    Download download = phone.waitForDownload(() -> phone.locator("#duty-export").click());
    assertThat(readXlsx(download, 1))
        .startsWith(
            List.of("板块", "项目", "数量"),
            List.of("参加活动", "出席", "1"),
            List.of("参加活动", "请假", "1"),
            List.of("参加活动", "缺席", "2"),
            List.of("参加活动", "待参加", "0"));

    // An invitation to tomorrow's activity adds one to "still to come", nothing to "attended".
    phone.navigate("/my/duty-record?year=" + next);
    Locator upcoming =
        phone.locator(".duty-section").filter(new Locator.FilterOptions().setHasText("参加活动"));
    int toCome = count(upcoming, "toCome");
    int attended = count(upcoming, "attended");
    invite(activity("将来·视察" + tag, "视察", tomorrow, 2, "OFFICE", null), one);
    phone.reload();
    assertThat(upcoming.locator(".duty-count[data-tally=toCome] strong"))
        .hasText(String.valueOf(toCome + 1));
    assertThat(upcoming.locator(".duty-count[data-tally=attended] strong"))
        .hasText(String.valueOf(attended));
  }

  static int count(Locator section, String tally) {
    return Integer.parseInt(
        section.locator(".duty-count[data-tally=" + tally + "] strong").textContent().trim());
  }

  @Test
  @DisplayName(
      "a three-day trip shows on each of its days in the month calendar, on a desktop and a phone")
  void aTripShowsOnEveryDayOfTheCalendar() {
    YearMonth month = YearMonth.from(LocalDate.now(SHANGHAI)).plusMonths(1);
    String title = "赴浙江考察学习" + unique("");
    long trip = activity(title, "考察学习", month.atDay(10).atTime(9, 0), 56, "OFFICE", null);
    assertThat(trip).isPositive();
    signIn(page, staffAccount(), PASSWORD);
    page.navigate("/activities/calendar?month=" + month);
    for (int day = 9; day <= 13; day++) {
      Locator cell = page.locator("#calendar-grid td[data-date='" + month.atDay(day) + "'] a");
      Locator entry = cell.filter(new Locator.FilterOptions().setHasText(title));
      assertThat(entry).hasCount(day >= 10 && day <= 12 ? 1 : 0);
    }
    assertThat(
            page.locator("#calendar-grid td[data-date='" + month.atDay(10) + "'] a")
                .filter(new Locator.FilterOptions().setHasText(title)))
        .hasText("09:00 " + title);
    assertThat(
            page.locator("#calendar-grid td[data-date='" + month.atDay(11) + "'] a")
                .filter(new Locator.FilterOptions().setHasText(title)))
        .hasText("第2/3天 " + title);
    assertThat(
            page.locator("#calendar-grid td[data-date='" + month.atDay(12) + "'] a")
                .filter(new Locator.FilterOptions().setHasText(title)))
        .hasText("第3/3天 " + title);
    screenshot(page, "activity-calendar-trip");

    Page phone = phone();
    signIn(phone, staffAccount(), PASSWORD);
    phone.navigate("/activities/calendar?month=" + month);
    for (int day = 10; day <= 12; day++) {
      assertThat(
              phone.locator("#calendar-list .calendar-day[data-date='" + month.atDay(day) + "']"))
          .containsText(title);
    }
    assertThat(
            phone
                .locator("#calendar-list li")
                .filter(new Locator.FilterOptions().setHasText(title)))
        .hasCount(3);
    assertFits(phone, "calendar with a trip");
  }

  // ---- helpers ----

  /** How many activities of a year a member was invited to. */
  int invitations(long memberId, int year) {
    return jdbc.sql(
            "select count(*) from participation p join activity a on a.id = p.activity_id"
                + " where p.member_id = :m and a.starts_at >= :from and a.starts_at < :until")
        .param("m", memberId)
        .param("from", LocalDate.of(year, 1, 1).atStartOfDay())
        .param("until", LocalDate.of(year + 1, 1, 1).atStartOfDay())
        .query(Integer.class)
        .single();
  }

  long participation(long activityId, long memberId) {
    return jdbc.sql("select id from participation where activity_id = :a and member_id = :m")
        .param("a", activityId)
        .param("m", memberId)
        .query(Long.class)
        .single();
  }

  static LocalDateTime now() {
    return LocalDateTime.now(SHANGHAI).withSecond(0).withNano(0);
  }

  /** Serving members of a special committee who have no account yet, by id. */
  List<Person> withoutAccount(String specialCommittee) {
    List<Person> people =
        jdbc.sql(
                "select m.id, m.name from member m join member_special_committee x on x.member_id = m.id"
                    + " join special_committee s on s.id = x.special_committee_id where s.name = :sc and m.status = 'SERVING'"
                    + " and s.committee_id = "
                    + DEMO
                    + " and not exists (select 1 from account a where a.member_id = m.id) order by m.id")
            .param("sc", specialCommittee)
            .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2)))
            .list();
    assertThat(people)
        .as("members of %s without an account", specialCommittee)
        .hasSizeGreaterThanOrEqualTo(2);
    return people;
  }

  int servingIn(String specialCommittee) {
    return jdbc.sql(
            "select count(*) from member m join member_special_committee x on x.member_id = m.id"
                + " join special_committee s on s.id = x.special_committee_id where s.name = :sc and m.status = 'SERVING'"
                + " and s.committee_id = "
                + DEMO)
        .param("sc", specialCommittee)
        .query(Integer.class)
        .single();
  }

  long specialCommitteeId(String name) {
    return jdbc.sql(
            "select id from special_committee where name = :name and committee_id = " + DEMO)
        .param("name", name)
        .query(Long.class)
        .list()
        .get(0);
  }

  String memberAccount(Person person) {
    String username = unique("member");
    account(username, person.name(), Role.MEMBER, person.id(), PASSWORD);
    return username;
  }

  String staffAccount() {
    String username = unique("office");
    account(username, "活动测试干事", Role.STAFF, null, PASSWORD);
    return username;
  }

  /** Records an activity as the office would (through the register, with its own check-in code). */
  long activity(
      String title,
      String type,
      LocalDateTime start,
      int hours,
      String organiser,
      Long specialCommitteeId) {
    long typeId =
        jdbc.sql("select id from activity_type where name = :name and committee_id = " + DEMO)
            .param("name", type)
            .query(Long.class)
            .single();
    Map<String, List<String>> input = new HashMap<>();
    input.put("title", List.of(title));
    input.put("typeId", List.of(String.valueOf(typeId)));
    input.put("startsAt", List.of(INPUT.format(start)));
    input.put("endsAt", List.of(INPUT.format(start.plusHours(hours))));
    input.put("organiser", List.of(organiser));
    if (specialCommitteeId != null) {
      input.put("specialCommitteeId", List.of(String.valueOf(specialCommitteeId)));
    }
    return system.call(() -> registers.create("activities", input).id());
  }

  void invite(long activityId, Members.Group group) {
    int added =
        system.call(
            () -> participations.invite(activityId, new Participations.Invitation(group, false)));
    assertThat(added).isPositive();
  }

  String codeOf(long activityId) {
    return jdbc.sql("select check_in_code from activity where id = :id")
        .param("id", activityId)
        .query(String.class)
        .single()
        .trim();
  }

  static String otherCode(String code) {
    return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
  }

  /** Six digits no activity has as its code. */
  String unusedCode() {
    for (int n = 1; ; n++) {
      String candidate = String.format("%06d", (n * 104_729) % 1_000_000);
      if (jdbc.sql("select count(*) from activity where check_in_code = :c")
              .param("c", candidate)
              .query(Long.class)
              .single()
          == 0) {
        return candidate;
      }
    }
  }

  /** The row of the participants table for a name. */
  static Locator row(Page page, String name) {
    return page.locator("#participant-table tbody tr")
        .filter(
            new Locator.FilterOptions()
                .setHas(page.getByText(name, new Page.GetByTextOptions().setExact(true))));
  }

  static long recordId(Page page) {
    return recordId(page, "activities");
  }

  static long recordId(Page page, String type) {
    Matcher matcher = Pattern.compile("/registry/" + type + "/(\\d+)").matcher(page.url());
    assertThat(matcher.find()).as("a record page: %s", page.url()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  static String decodeQr(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  static List<List<String>> readXlsx(Download download) throws Exception {
    return readXlsx(download, 0);
  }

  static List<List<String>> readXlsx(Download download, int sheet) throws Exception {
    List<List<String>> lines = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Row row : workbook.getSheetAt(sheet)) {
        List<String> line = new ArrayList<>();
        for (Cell cell : row) {
          line.add(formatter.formatCellValue(cell));
        }
        lines.add(line);
      }
    }
    return lines;
  }

  /** No sideways scrolling on a phone (one pixel for rounding). */
  private static void assertFits(Page page, String what) {
    page.waitForLoadState();
    assertThat(scrollWidth(page))
        .as("%s at %d px scrolls sideways; too wide: %s", what, PHONE_WIDTH, overflowing(page))
        .isLessThanOrEqualTo(PHONE_WIDTH + 1);
  }
}
