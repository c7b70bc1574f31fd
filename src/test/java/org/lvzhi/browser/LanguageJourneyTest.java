package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Chinese first; the switch in the header turns every label to English and back, and is remembered.
 */
class LanguageJourneyTest extends BrowserJourney {

  @Test
  @DisplayName(
      "the language switch shows English labels, keeps them from page to page, and switches back")
  void switchToEnglishAndBack() {
    page.navigate("/login");
    assertThat(page.locator("#lang-switch")).hasText("English");
    page.locator("#lang-switch").click();
    assertThat(page.locator("h1")).hasText("Sign in to Lvzhi");
    assertThat(page.locator("label[for=username]")).hasText("Username (members: mobile number)");
    assertThat(page.locator("html")).hasAttribute("lang", "en");

    signIn(page, ADMIN, ADMIN_PASSWORD);
    assertThat(page.locator("main h1")).containsText("Hello");
    assertThat(page.locator("#lang-switch")).hasText("中文");
    assertThat(page.locator("#logout")).hasText("Sign out");

    page.locator("#sidebar")
        .getByText("Members", new Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(page.locator("main h1")).hasText("Members");
    assertThat(page.locator("#create")).hasText("New");
    assertThat(page.locator("#register-table thead")).containsText("Name");
    assertThat(page.locator("#register-table thead")).containsText("Mobile");
    assertThat(page.locator("#register-table thead")).not().containsText("姓名");

    page.locator("#create").click();
    page.locator("#save").click();
    assertThat(page.locator("#form-errors")).containsText("Nothing was saved");
    assertThat(MemberJourneyTest.fieldError(page, "name")).hasText("“Name” is required.");

    // The refused form was a POST; the switch leads to the same address by GET: the list, in
    // Chinese.
    page.locator("#lang-switch").click();
    assertThat(page).hasURL(Pattern.compile(".*/registry/members\\?lang=zh.*"));
    assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
    assertThat(page.locator("main h1")).hasText("委员");
    page.navigate("/registry/members/new");
    assertThat(page.locator("main h1")).hasText("新增委员");
    assertThat(page.locator("label[for=f-name]")).hasText("姓名");
    page.locator("#sidebar").getByText("委员", new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("main h1")).hasText("委员");
    assertThat(page.locator("#create")).hasText("新增");
    assertThat(page.locator("#lang-switch")).hasText("English");
  }
}
