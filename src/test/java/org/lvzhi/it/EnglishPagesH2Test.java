package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/**
 * With English chosen, no page shows Chinese but the users' own data. Signed in as every role (and
 * as the deployment's administrator), the test follows every link and htmx load from the home page
 * — the menu, every register's list, new and show pages, the module pages, notifications, account
 * pages — visits the error pages, and fails on any Chinese character outside user data.
 *
 * <p>User data is told apart by comparing with the database, the simplest way that needs nothing
 * from the templates: a run of Chinese characters on a page is the users' data when it is a whole
 * run of Chinese characters in some stored value (a name, a title, a place). Tables whose Chinese
 * values are the system's own words are left out of that set, so their Chinese counts against the
 * page: history (recorded in Chinese, shown in the reader's language, ADR 3), notifications (stored
 * as keys) and the system's session and event tables; and the word the system writes into an
 * increase's note (增资) is not data either.
 */
@OnH2
class EnglishPagesH2Test extends IntegrationTestSupport {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern LINK =
      Pattern.compile("(?:href|hx-get|action|data-href)=\"(/[^\"#]*)\"");
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "^/(?:logout|webjars/|css/|js/|img/|favicon|api/|v3/|swagger|actuator)"
              + "|\\.(?:xlsx|csv|ics|pdf|docx|png|svg|js|css|ico|zip)(?:\\?|$)"
              + "|/(?:export|template|download|file|qr)(?:[/?.]|$)|[?&]lang=");

  /** Tables whose Chinese is the system's words, not the users' data (see the class comment). */
  private static final Set<String> NOT_USER_DATA =
      Set.of(
          "history_entry",
          "notification",
          "spring_session",
          "spring_session_attributes",
          "event_publication",
          "flyway_schema_history");

  private static final int PAGES_PER_ROLE = 600;

  /**
   * An element marked as Chinese on purpose: the language switch names Chinese in Chinese. Only a
   * leaf element (no element inside) is taken out, so the mark cannot hide a page.
   */
  private static final Pattern WRITTEN_IN_CHINESE =
      Pattern.compile("<(\\w+)[^>]*\\blang=\"zh[^\"]*\"[^>]*>[^<]*</\\1>");

  /** A run of Chinese is reported once per address pattern, whichever role met it first. */
  private final Set<String> reported = new HashSet<>();

  @Test
  void everyPageInEnglishShowsNoChineseButTheUsersData() {
    ensureRoleAccounts();
    Set<String> userData = userDataRuns();
    Set<String> found = new TreeSet<>();
    Set<String> visited = new TreeSet<>();
    for (Role role : Role.values()) {
      Http browser = role == Role.SUPER_ADMIN ? browser("admin", ADMIN_PASSWORD) : browserAs(role);
      assertThat(browser.get("/?lang=en").status()).isEqualTo(200);
      Set<String> reached = crawl(browser, role, userData, found);
      assertThat(reached).as("pages %s reached", role).hasSizeGreaterThan(5);
      visited.addAll(reached);
      errorPages(role, browser, userData, found);
    }
    refusals(userData, found);
    assertThat(visited).as("pages the test reached").containsAll(MODULE_PAGES);
    for (String register : registers()) {
      assertThat(visited).as("register pages").contains("/registry/" + register);
    }
    assertThat(visited)
        .contains("/registry/members/new", "/registry/members/{n}", "/registry/members/{n}/edit");
    assertThat(found).as("Chinese on English pages (page: run … context)").isEmpty();
  }

  /** The module pages some role must reach from the menu (and so the test visits). */
  private static final List<String> MODULE_PAGES =
      List.of(
          "/",
          "/account/password",
          "/activities/calendar",
          "/activities/statistics",
          "/activities/attendance-import",
          "/admin/committees",
          "/investment/board",
          "/investment/statistics",
          "/metrics/rollup",
          "/my/activities",
          "/my/duty-record",
          "/members/{n}/duty-record",
          "/notifications");

  /** Every register, as the API document names them ({@code /api/v1/<register>/schema}). */
  private List<String> registers() {
    Http.Response docs = admin().get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    docs.json()
        .path("paths")
        .propertyNames()
        .forEach(
            path -> {
              Matcher schema = Pattern.compile("^/api/v1/([a-z-]+)/schema$").matcher(path);
              if (schema.matches()) {
                names.add(schema.group(1));
              }
            });
    assertThat(names).contains("members", "activities", "investment-projects");
    return names;
  }

  /**
   * Every page reachable from the home page by links, forms and htmx loads, one per address pattern
   * (a form's address read by GET shows the error page); answers the patterns visited.
   */
  private Set<String> crawl(Http browser, Role role, Set<String> userData, Set<String> found) {
    // A member's duty record is opened by address (no page links to it yet).
    Deque<String> queue =
        new ArrayDeque<>(List.of("/", "/members/" + ownMemberId() + "/duty-record"));
    Set<String> seen = new HashSet<>();
    Set<String> visited = new HashSet<>();
    while (!queue.isEmpty() && visited.size() < PAGES_PER_ROLE) {
      String path = queue.poll();
      if (!seen.add(pattern(path))) {
        continue;
      }
      Http.Response page = browser.get(path);
      if (!page.contentType().startsWith("text/html")) {
        continue;
      }
      visited.add(pattern(path));
      String html = page.text();
      check(role, path + " (" + page.status() + ")", html, userData, found);
      Matcher link = LINK.matcher(html);
      while (link.find()) {
        String target = link.group(1).replace("&amp;", "&");
        if (!NOT_A_PAGE.matcher(target).find() && !seen.contains(pattern(target))) {
          queue.add(target);
        }
      }
    }
    return visited;
  }

  /** The 404 of an unknown address and of a missing record, and a 403. */
  private void errorPages(Role role, Http browser, Set<String> userData, Set<String> found) {
    for (String path :
        List.of("/no-such-page", "/registry/members/999999999", "/registry/accounts")) {
      Http.Response page = browser.get(path);
      check(role, path + " (" + page.status() + ")", page.text(), userData, found);
    }
    if (role == Role.MEMBER) {
      Http.Response forbidden = browser.get("/registry/accounts");
      assertThat(forbidden.status()).isEqualTo(403);
      assertThat(forbidden.text()).contains("id=\"error-page\"");
    }
  }

  /**
   * Refusals a person meets by doing something: a wrong check-in code, a form with problems, an
   * attendance sheet whose rows are wrong (its errors name the columns).
   */
  private void refusals(Set<String> userData, Set<String> found) {
    Http member = browserAs(Role.MEMBER);
    member.get("/?lang=en");
    Http.Response checkIn =
        member.postForm(
            "/check-in", Map.of("_csrf", member.csrfToken("/check-in"), "code", "000000"));
    assertThat(checkIn.status()).isEqualTo(302);
    Http.Response refusedCheckIn = member.get("/check-in");
    assertThat(refusedCheckIn.text()).contains("alert-warning");
    check(Role.MEMBER, "/check-in refused", refusedCheckIn.text(), userData, found);

    Http staff = browserAs(Role.STAFF);
    staff.get("/?lang=en");
    Http.Response form =
        staff.postForm(
            "/registry/members",
            Map.of("_csrf", staff.csrfToken("/registry/members/new"), "mobile", "12345"));
    assertThat(form.text()).contains("Nothing was saved");
    check(Role.STAFF, "/registry/members refused", form.text(), userData, found);

    String sheet = "活动名称,活动日期,姓名,手机号码,出席情况\n无此活动,2020-13-01,无此人,,迟到\n";
    Http.Response attendance =
        staff.upload(
            "/activities/attendance-import",
            "attendance.csv",
            sheet.getBytes(StandardCharsets.UTF_8),
            Map.of("_csrf", staff.csrfToken("/activities/attendance-import")));
    assertThat(attendance.text()).contains("id=\"import-errors\"").contains("Date of the activity");
    // What the sheet says is the person's data, echoed in the refusals; the headers are the file's.
    Set<String> typed = new HashSet<>(userData);
    typed.addAll(List.of("无此活动", "无此人", "迟到"));
    check(Role.STAFF, "/activities/attendance-import refused", attendance.text(), typed, found);
  }

  /** One address per pattern: numbers stand for any record, query values for any value. */
  private static String pattern(String path) {
    String[] parts = path.split("\\?", 2);
    String address = parts[0].replaceAll("/\\d+(?=/|$)", "/{n}");
    if (parts.length == 1) {
      return address;
    }
    Set<String> names = new TreeSet<>();
    for (String pair : parts[1].split("&")) {
      names.add(pair.split("=", 2)[0]);
    }
    return address + "?" + String.join("&", names);
  }

  private void check(
      Role role, String where, String html, Set<String> userData, Set<String> found) {
    String text = WRITTEN_IN_CHINESE.matcher(html.replaceAll("(?s)<!--.*?-->", "")).replaceAll("");
    Matcher han = HAN.matcher(text);
    while (han.find()) {
      String run = han.group();
      if (!userData.contains(run) && reported.add(run + " " + pattern(where))) {
        int from = Math.max(0, han.start() - 40);
        int to = Math.min(text.length(), han.end() + 40);
        found.add(
            where
                + " as "
                + role
                + ": "
                + run
                + " … "
                + text.substring(from, to).replaceAll("\\s+", " "));
      }
    }
  }

  /** Every whole run of Chinese characters in a stored text value of the users' tables. */
  private Set<String> userDataRuns() {
    List<String[]> columns =
        jdbc.sql(
                "select table_name, column_name from information_schema.columns"
                    + " where table_schema = 'public'"
                    + " and data_type in ('CHARACTER VARYING', 'character varying', 'text', 'CHARACTER LARGE OBJECT')")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    Set<String> runs = new HashSet<>();
    for (String[] column : columns) {
      String table = column[0].toLowerCase(Locale.ROOT);
      if (NOT_USER_DATA.contains(table)) {
        continue;
      }
      jdbc.sql("select distinct " + column[1] + " from " + table)
          .query(String.class)
          .list()
          .forEach(
              value -> {
                if (value != null) {
                  HAN.matcher(value).results().forEach(r -> runs.add(r.group()));
                }
              });
    }
    runs.remove("增资");
    assertThat(runs).as("the demo's names").contains("云溪县财政局");
    return runs;
  }
}
