package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A journey through the real pages in a real browser: the application on a random port with the
 * demo committee in its own in-memory database (one Spring context, shared by every journey), and a
 * fresh browser context per test, so no cookie or session leaks from one test to the next.
 *
 * <p>Journeys assert on what a person sees (text, fields, rows), not on status codes.
 */
@ExtendWith(BrowserExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser-journeys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=" + BrowserJourney.ADMIN_PASSWORD,
      "lvzhi.demo=true",
      "lvzhi.data-dir=target/browser-data"
    })
abstract class BrowserJourney {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Yunxi-Pass-2026!";
  static final int DESKTOP_WIDTH = 1280;
  static final int PHONE_WIDTH = 375;
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final AtomicInteger SERIAL = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;
  @Autowired JdbcClient jdbc;

  private Browser browser;
  private final List<BrowserContext> contexts = new ArrayList<>();

  /** The test's page, 1280 × 800, in a context of its own. */
  Page page;

  void attach(Browser browser) {
    this.browser = browser;
    this.page = desktop();
  }

  void detach(String failedTest) {
    try {
      if (failedTest != null) {
        int n = 0;
        for (BrowserContext context : contexts) {
          for (Page open : context.pages()) {
            shoot(open, Path.of("failures", failedTest + "-" + (++n) + ".png"));
          }
        }
      }
    } finally {
      contexts.forEach(BrowserContext::close);
      contexts.clear();
    }
  }

  /** A page in a new browser context (its own cookies): a second person, or the same one later. */
  Page desktop() {
    return open(DESKTOP_WIDTH, 800, false);
  }

  /** A page in a new browser context sized and behaving like a phone (375 × 812, touch). */
  Page phone() {
    return open(PHONE_WIDTH, 812, true);
  }

  private Page open(int width, int height, boolean phone) {
    var options =
        new Browser.NewContextOptions()
            .setBaseURL("http://localhost:" + port)
            .setViewportSize(width, height)
            .setLocale("zh-CN")
            .setTimezoneId("Asia/Shanghai");
    if (phone) {
      options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2);
    }
    BrowserContext context = browser.newContext(options);
    context.setDefaultTimeout(15_000);
    contexts.add(context);
    return context.newPage();
  }

  /** Signs in through the sign-in page and waits until the page after it (home) is shown. */
  static void signIn(Page page, String username, String password) {
    submitSignIn(page, username, password);
    assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
  }

  static void submitSignIn(Page page, String username, String password) {
    if (!page.url().contains("/login")) {
      page.navigate("/login");
    }
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    // Wait for the page the form leads to: the same address may come back (/login?error twice).
    page.waitForNavigation(() -> page.locator("#login-form button[type=submit]").click());
  }

  /** A name no other test uses in this run, so journeys never trip over each other's records. */
  static String unique(String prefix) {
    return prefix
        + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
        + SERIAL.incrementAndGet();
  }

  /** The demo county the journeys work in, as SQL for its id. */
  static final String DEMO = "(select id from committee where name = '政协云溪县委员会')";

  /** A member of the demo county: its id and name. */
  record Person(long id, String name) {}

  long demoCommittee() {
    return jdbc.sql("select id from committee where name = '政协云溪县委员会'").query(Long.class).single();
  }

  /** Serving members of the demo county without an account, newest first. */
  List<Person> withoutAccount() {
    return jdbc.sql(
            "select m.id, m.name from member m where m.status = 'SERVING' and m.committee_id = "
                + DEMO
                + " and not exists (select 1 from account a where a.member_id = m.id)"
                + " order by m.id desc")
        .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2)))
        .list();
  }

  /** An account with a password of the test's choosing and no forced change. */
  long account(String username, String displayName, Role role, Long memberId, String password) {
    return system.call(
        () ->
            accounts.create(
                username,
                displayName,
                new Accounts.Binding(role, memberId, null, null),
                password,
                false));
  }

  /**
   * How far the page can scroll sideways: its width is more than the window's where it overflows.
   */
  static int scrollWidth(Page page) {
    return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
  }

  /**
   * The elements wider than the window, to say what overflows when a phone page scrolls sideways.
   */
  @SuppressWarnings("unchecked")
  static List<String> overflowing(Page page) {
    return (List<String>)
        page.evaluate(
            """
        () => Array.from(document.querySelectorAll('body *'))
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 8)
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
              ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
              + ' right=' + Math.round(e.getBoundingClientRect().right))
        """);
  }

  /** The element lies inside the window, so a person reaches it without scrolling sideways. */
  static void assertInView(Page page, Locator element, String what) {
    assertThat(element).isVisible();
    var box = element.boundingBox();
    assertThat(box.x).as("%s starts inside the window", what).isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width)
        .as("%s ends inside the %d px window", what, page.viewportSize().width)
        .isLessThanOrEqualTo(page.viewportSize().width + 1);
  }

  /**
   * A full-page screenshot under {@code target/screenshots/}, named for the page and the window
   * width.
   */
  static void screenshot(Page page, String name) {
    int width = page.viewportSize().width;
    shoot(page, Path.of(name + "-" + width + ".png"));
  }

  private static void shoot(Page page, Path relative) {
    try {
      Path file = SCREENSHOTS.resolve(relative);
      Files.createDirectories(file.getParent());
      page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    } catch (Exception e) {
      System.err.println("[browser journeys] no screenshot " + relative + ": " + e.getMessage());
    }
  }
}
