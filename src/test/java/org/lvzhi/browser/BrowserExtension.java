package org.lvzhi.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Gives browser journeys a Chromium: skips every journey, saying why, where none is installed
 * (before its test instance exists, so the application is never started for nothing); launches one
 * Playwright and one browser per test JVM, closed when the run ends; opens a fresh browser context
 * for every test and closes it afterwards, keeping a screenshot of every open page of a failed test
 * under {@code target/screenshots/failures/}.
 *
 * <p>Each journey is reported as skipped with the reason (surefire counts them), and Spring, which
 * starts the application while preparing a test instance, never starts.
 */
final class BrowserExtension
    implements TestInstancePreConstructCallback, BeforeEachCallback, AfterEachCallback {

  private static final AtomicBoolean WARNED = new AtomicBoolean();
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public void preConstructTestInstance(
      TestInstanceFactoryContext factory, ExtensionContext context) {
    boolean installed = Chromium.installed();
    if (!installed && !WARNED.getAndSet(true)) {
      System.err.println("[browser journeys] " + Chromium.skipMessage());
    }
    Assumptions.assumeTrue(installed, Chromium.skipMessage());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (context.getRequiredTestInstance() instanceof BrowserJourney journey) {
      journey.attach(shared(context).browser);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getRequiredTestInstance() instanceof BrowserJourney journey) {
      String name =
          context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName();
      journey.detach(context.getExecutionException().isPresent() ? name : null);
    }
  }

  private static Shared shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(Shared.class, key -> new Shared(), Shared.class);
  }

  /**
   * One Playwright driver and one browser for the whole test run; the store closes it at the end.
   */
  private static final class Shared implements AutoCloseable {

    final Playwright playwright;
    final Browser browser;

    Shared() {
      long started = System.nanoTime();
      playwright = Chromium.playwright();
      try {
        browser = Chromium.launch(playwright);
      } catch (RuntimeException e) {
        playwright.close();
        throw e;
      }
      System.out.printf(
          "[browser journeys] Chromium %s from %s launched in %d ms%n",
          browser.version(), Chromium.path(), (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void close() {
      try {
        browser.close();
      } finally {
        playwright.close();
      }
    }
  }
}
