package org.lvzhi.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Chromium the browser journeys drive: Debian's {@code /usr/bin/chromium}, or the one named by
 * the system property {@code lvzhi.chromium}. Playwright never downloads a browser here, and the
 * flags keep Chromium from reaching for a network it does not have (without them it stalls).
 */
final class Chromium {

  static final String PROPERTY = "lvzhi.chromium";
  static final String DEFAULT_PATH = "/usr/bin/chromium";
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  private Chromium() {}

  static Path path() {
    String configured = System.getProperty(PROPERTY);
    return Path.of(configured == null || configured.isBlank() ? DEFAULT_PATH : configured.trim());
  }

  static boolean installed() {
    Path path = path();
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }

  static String skipMessage() {
    return "Chromium not installed at " + path() + ": browser journeys skipped";
  }

  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser launch(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(path())
                .setHeadless(true)
                .setArgs(FLAGS)
                .setTimeout(60_000));
  }
}
