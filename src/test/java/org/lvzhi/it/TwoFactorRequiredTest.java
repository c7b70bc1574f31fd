package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code lvzhi.security.two-factor.required-roles}: an account of a listed role that has not
 * enrolled reaches nothing but the enrolment page after its password, its session's API calls are
 * refused, and HTTP Basic (a password alone) is refused for it; once enrolled it works, with codes.
 * Roles not listed are untouched. A context of its own, for the setting.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lvzhi.admin.password=" + IntegrationTestSupport.ADMIN_PASSWORD,
      "lvzhi.demo=true",
      "lvzhi.security.two-factor.required-roles=STAFF",
      "spring.datasource.url=${it.h2.url}",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
class TwoFactorRequiredTest extends IntegrationTestSupport {

  private static final Pattern SECRET =
      Pattern.compile("<code id=\"two-factor-secret\">([A-Z2-7]+)</code>");

  @Test
  void aStaffAccountMustEnrolBeforeAnythingElseAndThenUsesCodes() throws Exception {
    String username = "it-must-enrol-" + tag();
    createAccount(username, Role.STAFF, PASSWORD);

    Http.Response basic = Http.basic(port, username, PASSWORD).get("/api/v1/members");
    assertThat(basic.status()).as("a password alone: %s", basic).isEqualTo(401);

    Http browser = anonymous();
    Http.Response login = browser.formLogin(username, PASSWORD);
    assertThat(login.status()).isEqualTo(302);
    assertThat(login.location()).endsWith("/account/two-factor");
    Http.Response members = browser.get("/registry/members");
    assertThat(members.status()).isEqualTo(302);
    assertThat(members.location()).endsWith("/account/two-factor");
    assertThat(browser.get("/api/v1/members").status()).isEqualTo(403);

    Http.Response enrolment = browser.get("/account/two-factor");
    assertThat(enrolment.status()).isEqualTo(200);
    Matcher secret = SECRET.matcher(enrolment.text());
    assertThat(secret.find()).as("the enrolment page shows the key").isTrue();
    Http.Response confirmed =
        browser.postForm(
            "/account/two-factor",
            Map.of(
                "code", code(secret.group(1)), "_csrf", browser.csrfToken("/account/two-factor")));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.text()).contains("recovery-codes");
    assertThat(browser.get("/registry/members").status()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from history_entry where action = 'TWO_FACTOR_ENROLLED'"
                        + " and record_id = (select id from account where username = :u)")
                .param("u", username)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Http again = anonymous();
    Http.Response second = again.formLogin(username, PASSWORD);
    assertThat(second.location()).as("a code comes next").endsWith("/login/code");
    assertThat(Http.basic(port, username, PASSWORD).get("/api/v1/members").status()).isEqualTo(401);
  }

  @Test
  void rolesNotListedSignInWithTheirPasswordAlone() {
    assertThat(as(Role.MEMBER).get("/api/v1/account/me").status()).isEqualTo(200);
    Http browser = anonymous();
    Http.Response login = browser.formLogin(username(Role.LEADER), PASSWORD);
    assertThat(login.location()).doesNotContain("two-factor").doesNotContain("/login");
  }

  private static String code(String secret) throws Exception {
    long step = Math.floorDiv(System.currentTimeMillis() / 1000, 30);
    return new DefaultCodeGenerator().generate(secret, step);
  }
}
