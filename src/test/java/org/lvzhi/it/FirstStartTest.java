package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The very first start without {@code lvzhi.admin.password}: the administrator gets a random
 * password, printed once, that must be changed before anything else. A small context of its own (no
 * demo), closed after this class.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lvzhi.admin.password=",
      "lvzhi.demo=false",
      "spring.datasource.url=${it.h2.url}",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "spring.datasource.hikari.maximum-pool-size=3"
    })
@DirtiesContext
class FirstStartTest extends IntegrationTestSupport {

  private static final Pattern PRINTED = Pattern.compile("username: admin\\s+password: (\\S+)");

  @Test
  void theAdministratorMustChangeThePrintedOneTimePassword(CapturedOutput output) {
    assertThat(
            jdbc.sql("select must_change_password from account where username = 'admin'")
                .query(Boolean.class)
                .single())
        .isTrue();
    Matcher printed = PRINTED.matcher(output.getAll());
    assertThat(printed.find()).as("the one-time password is printed at first start").isTrue();
    String oneTime = printed.group(1);
    assertThat(oneTime).hasSize(14);

    Http script = Http.basic(port, "admin", oneTime);
    Http.Response blocked = script.get("/api/v1/account/me");
    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.json().path("title").asString()).isEqualTo("请先修改初始密码");

    Http browser = anonymous();
    Http.Response login = browser.formLogin("admin", oneTime);
    assertThat(login.status()).isEqualTo(302);
    Http.Response held = browser.get("/");
    assertThat(held.status()).isEqualTo(302);
    assertThat(held.location()).endsWith("/account/password");
    assertThat(browser.get("/registry/accounts").location()).endsWith("/account/password");
    Http.Response form = browser.get("/account/password");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text()).contains("您正在使用初始密码，请先设置自己的密码。");

    Http.Response weak =
        browser.postForm(
            "/account/password",
            Map.of(
                "_csrf",
                browser.csrfToken("/account/password"),
                "currentPassword",
                oneTime,
                "newPassword",
                "admin12345",
                "confirmation",
                "admin12345"));
    assertThat(weak.status()).isEqualTo(200);
    assertThat(weak.text()).contains("密码不能与用户名相同或相近。");
    Http.Response mismatch =
        browser.postForm(
            "/account/password",
            Map.of(
                "_csrf",
                browser.csrfToken("/account/password"),
                "currentPassword",
                oneTime,
                "newPassword",
                ADMIN_PASSWORD,
                "confirmation",
                ADMIN_PASSWORD + "x"));
    assertThat(mismatch.text()).contains("两次输入的新密码不一致。");
    assertThat(script.get("/api/v1/account/me").status())
        .as("still the one-time password")
        .isEqualTo(403);

    Http.Response changed =
        browser.postForm(
            "/account/password",
            Map.of(
                "_csrf",
                browser.csrfToken("/account/password"),
                "currentPassword",
                oneTime,
                "newPassword",
                ADMIN_PASSWORD,
                "confirmation",
                ADMIN_PASSWORD));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(302);
    // The same session goes on, no longer held at the password page.
    Http.Response home = browser.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.text()).contains("密码已修改。");
    assertThat(browser.get("/registry/accounts").status()).isEqualTo(200);

    JsonNode me = admin().get("/api/v1/account/me").json();
    assertThat(me.path("mustChangePassword").asBoolean()).isFalse();
    assertThat(me.path("role").asString()).isEqualTo("SUPER_ADMIN");
    assertThat(
            jdbc.sql(
                    "select c.name from account a join committee c on c.id = a.committee_id"
                        + " where a.username = 'admin'")
                .query(String.class)
                .single())
        .as("a fresh deployment's administrator belongs to its placeholder committee (ADR 7)")
        .isEqualTo("本委员会");
    assertThat(admin().get("/api/v1/accounts").status()).isEqualTo(200);
    assertThat(
            jdbc.sql("select must_change_password from account where username = 'admin'")
                .query(Boolean.class)
                .single())
        .isFalse();
    assertThat(Http.basic(port, "admin", oneTime).get("/api/v1/account/me").status())
        .isEqualTo(401);
  }
}
