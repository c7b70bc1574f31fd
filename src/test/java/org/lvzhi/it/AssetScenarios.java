package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/**
 * Static assets: fingerprinted URLs on the pages, cached for a year; the plain URL revalidated; and
 * an asset request neither reads nor writes the session, even with the browser's session cookie.
 */
abstract class AssetScenarios extends IntegrationTestSupport {

  private static final Pattern APP_CSS = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");
  private static final Pattern BOOTSTRAP =
      Pattern.compile("href=\"(/webjars/bootstrap/[^\"]*bootstrap\\.min-[0-9a-f]{32}\\.css)\"");

  @Test
  void pagesLinkFingerprintedAssetsThatAreCachedForAYear() {
    String page = browserAs(Role.STAFF).get("/").text();
    for (Pattern asset : new Pattern[] {APP_CSS, BOOTSTRAP}) {
      Matcher found = asset.matcher(page);
      assertThat(found.find()).as("%s in the page", asset).isTrue();
      Http.Response css = anonymous().get(found.group(1));
      assertThat(css.status()).isEqualTo(200);
      assertThat(css.contentType()).startsWith("text/css");
      assertThat(css.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
    }
  }

  @Test
  void anUnfingerprintedAssetIsRevalidatedOnEveryUse() {
    Http.Response plain = anonymous().get("/css/app.css");
    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
    String modified = plain.headers().firstValue("Last-Modified").orElseThrow();
    Http.Response again = anonymous().get("/css/app.css", Map.of("If-Modified-Since", modified));
    assertThat(again.status()).isEqualTo(304);
  }

  @Test
  void anAssetRequestLeavesTheSessionUntouched() {
    Http browser = browserAs(Role.STAFF);
    browser.get("/");
    Map<String, Long> before = settledLastAccess();
    Http.Response css = browser.get("/css/app.css");
    Http.Response script = browser.get("/webjars/htmx.org/dist/htmx.min.js");
    assertThat(css.status()).isEqualTo(200);
    assertThat(script.status()).isEqualTo(200);
    assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(lastAccess()).as("no session row was read and saved").isEqualTo(before);
  }

  @Test
  void pagesWithinAMinuteDoNotWriteTheSessionAgain() {
    Http browser = browserAs(Role.STAFF);
    browser.get("/");
    Map<String, Long> before = settledLastAccess();
    assertThat(browser.get("/").status()).isEqualTo(200);
    assertThat(browser.get("/notifications").status()).isEqualTo(200);
    assertThat(settledLastAccess()).as("nothing in the session changed").isEqualTo(before);
    // Still signed in, and what does change in the session is kept: a flash message after a move.
    Map<String, String> form = new java.util.HashMap<>();
    form.put("_csrf", browser.csrfToken("/account/tokens"));
    form.put("name", "会话测试" + tag());
    Http.Response posted = browser.postForm("/account/tokens", form);
    assertThat(posted.status()).isEqualTo(302);
    assertThat(browser.get("/account/tokens").text()).contains("id=\"issued-token\"");
  }

  /** The page's own session write may land just after its answer: wait until it has. */
  private Map<String, Long> settledLastAccess() {
    Map<String, Long> previous = lastAccess();
    for (int i = 0; i < 50; i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      Map<String, Long> now = lastAccess();
      if (now.equals(previous)) {
        return now;
      }
      previous = now;
    }
    return previous;
  }

  private Map<String, Long> lastAccess() {
    Map<String, Long> times = new java.util.HashMap<>();
    jdbc.sql("select primary_id, last_access_time from spring_session")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> times.put(rs.getString(1), rs.getLong(2)));
    return times;
  }
}
