package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/** Two-factor codes: a staff member enrols with the QR code's key and signs in with a code. */
class TwoFactorJourneyTest extends BrowserJourney {

  @Test
  @DisplayName(
      "staff enrol from the account menu, keep the recovery codes, and then sign in with a code")
  void enrolAndSignInWithACode() throws Exception {
    String username = unique("totp");
    String password = "Totp-Journey-2026";
    account(username, "两步验证测试", Role.STAFF, null, password);

    signIn(page, username, password);
    page.locator("#two-factor-link").click();
    assertThat(page).hasURL(Pattern.compile(".*/account/two-factor$"));
    assertThat(page.locator("#two-factor-qr")).isVisible();
    String secret = page.locator("#two-factor-secret").innerText().strip();
    page.locator("#code").fill("000000");
    page.locator("#two-factor-confirm").click();
    assertThat(page.locator(".invalid-feedback")).containsText("验证码不正确");
    page.locator("#code").fill(code(secret));
    page.locator("#two-factor-confirm").click();
    assertThat(page.locator("#recovery-codes li")).hasCount(10);
    page.locator("#two-factor-continue").click();
    page.locator("#logout").click();

    submitSignIn(page, username, password);
    assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
    page.locator("#code").fill(code(secret));
    page.locator("#code-submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/$"));
    assertThat(page.locator("main h1")).containsText("您好");
  }

  private static String code(String secret) throws Exception {
    long step = Math.floorDiv(System.currentTimeMillis() / 1000, 30);
    String code = new DefaultCodeGenerator().generate(secret, step);
    assertThat(code).hasSize(6);
    return code;
  }
}
