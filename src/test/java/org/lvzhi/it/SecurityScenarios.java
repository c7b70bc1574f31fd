package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in, lockout, the password policy, CSRF, the auditor's read-only rule and the public
 * endpoints, on H2 ({@link SecurityH2Test}) and PostgreSQL ({@link SecurityPostgresTest}).
 */
abstract class SecurityScenarios extends IntegrationTestSupport {

  private static final String PROBLEM_JSON = "application/problem+json";

  /**
   * Recovery without e-mail: the office issues a member who forgot their password a one-time one
   * from the member's page (shown once); it signs in once and must be changed; the sign-in page
   * says whom to ask. A committee clerk may not.
   */
  /**
   * Installable on a phone's home screen: every page links the web app manifest, which (with its
   * icons) a browser fetches without a session.
   */
  @Test
  void theWebAppManifestAndItsIconsAreServedToAnyone() {
    Http anyone = anonymous();
    assertThat(anyone.get("/login").text())
        .contains("<link rel=\"manifest\" href=\"/manifest.json\">");
    Http.Response manifest = anyone.get("/manifest.json");
    assertThat(manifest.status()).isEqualTo(200);
    JsonNode json = manifest.json();
    assertThat(json.path("short_name").asString()).isEqualTo("履职");
    assertThat(json.path("start_url").asString()).isEqualTo("/");
    assertThat(json.path("display").asString()).isEqualTo("standalone");
    List<String> sizes = new java.util.ArrayList<>();
    for (JsonNode icon : json.path("icons")) {
      Http.Response image = anyone.get(icon.path("src").asString());
      assertThat(image.status()).as(icon.toString()).isEqualTo(200);
      assertThat(image.contentType()).isEqualTo(icon.path("type").asString());
      sizes.add(icon.path("sizes").asString());
    }
    assertThat(sizes).contains("192x192", "512x512");
  }

  @Test
  void theOfficeIssuesAMemberAOneTimePasswordThatMustBeChanged() {
    long member =
        created(admin().postJson("/api/v1/members", member("忘密委员" + tag(), "女", mobile(), "某单位")));
    String username = "it-forgot-" + tag();
    systemActor.runIn(
        demoCommitteeId(),
        () ->
            accounts.create(
                username,
                "忘密委员",
                new org.lvzhi.account.Accounts.Binding(
                    org.lvzhi.system.Role.MEMBER, member, null, null),
                PASSWORD,
                false));
    String action = "/api/v1/members/" + member + "/actions/reset-password";
    assertThat(as(org.lvzhi.system.Role.COMMITTEE_STAFF).postJson(action, Map.of()).status())
        .isEqualTo(403);
    Http.Response reset = as(org.lvzhi.system.Role.STAFF).postJson(action, Map.of());
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    String notice = reset.json().path("messages").get(0).asString();
    java.util.regex.Matcher password = java.util.regex.Pattern.compile("：(\\S+)（").matcher(notice);
    assertThat(password.find()).as(notice).isTrue();

    assertThat(Http.basic(port, username, PASSWORD).get("/api/v1/account/me").status())
        .as("the old password stops working")
        .isEqualTo(401);
    Http browser = anonymous();
    assertThat(browser.get("/login").text()).contains("id=\"login-forgotten\"");
    Http.Response login = browser.formLogin(username, password.group(1));
    assertThat(login.status()).isEqualTo(302);
    Http.Response home = browser.get("/");
    assertThat(home.status()).isEqualTo(302);
    assertThat(home.location()).contains("/account/password");
    assertThat(
            jdbc.sql(
                    "select count(*) from history_entry where action = 'RESET-PASSWORD'"
                        + " and record_type = 'account'"
                        + " and record_id = (select id from account where username = :u)")
                .param("u", username)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anUnauthenticatedApiCallIsA401Problem() {
    Http.Response anonymous = anonymous().get("/api/v1/members");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith(PROBLEM_JSON);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    assertThat(anonymous.json().path("title").asString()).isEqualTo("未登录或登录已失效");
    assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);

    Http.Response wrong = Http.basic(port, "admin", "not-the-password").get("/api/v1/members");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith(PROBLEM_JSON);
  }

  @Test
  void anUnauthenticatedPageRedirectsToTheLoginPage() {
    Http.Response page = anonymous().get("/registry/members");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/login");
    Http.Response login = anonymous().get("/login");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.text()).contains("登录履职平台");

    Http browser = anonymous();
    Http.Response failed = browser.formLogin("admin", "wrong-password-123");
    assertThat(failed.status()).isEqualTo(302);
    assertThat(failed.location()).endsWith("/login?error");
    assertThat(browser.get("/login?error").text()).contains("用户名或密码错误。");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForThatAddressUntilAnAdministratorUnlocksIt() {
    String username = "it-lock-" + tag();
    long id = createAccount(username, Role.STAFF, PASSWORD);
    String guesser = "198.51.100." + (1 + Math.floorMod(username.hashCode(), 200));

    // Failures count only in a row: a success in between resets the count.
    for (int i = 0; i < 4; i++) {
      assertThat(basicFrom(guesser, username, "wrong-" + i).get("/api/v1/account/me").status())
          .isEqualTo(401);
    }
    assertThat(basicFrom(guesser, username, PASSWORD).get("/api/v1/account/me").status())
        .isEqualTo(200);
    for (int i = 0; i < 4; i++) {
      assertThat(basicFrom(guesser, username, "wrong-" + i).get("/api/v1/account/me").status())
          .isEqualTo(401);
    }
    assertThat(basicFrom(guesser, username, PASSWORD).get("/api/v1/account/me").status())
        .as("4 failures after a success do not lock")
        .isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(basicFrom(guesser, username, "wrong-" + i).get("/api/v1/account/me").status())
          .isEqualTo(401);
    }
    Http.Response locked = basicFrom(guesser, username, PASSWORD).get("/api/v1/account/me");
    assertThat(locked.status())
        .as("even the right password is refused from the guessing address while locked")
        .isEqualTo(401);
    assertThat(locked.contentType()).startsWith(PROBLEM_JSON);
    assertThat(locked.json())
        .as("a locked account answers exactly as a wrong password does")
        .isEqualTo(basicFrom(guesser, "it-nobody-" + tag(), "x").get("/api/v1/account/me").json());
    Http browser = anonymous().from(guesser);
    Http.Response pageLogin = browser.formLogin(username, PASSWORD);
    assertThat(pageLogin.status()).isEqualTo(302);
    assertThat(pageLogin.location()).endsWith("/login?error");

    // The lock holds for the guessing address only: the real user elsewhere still signs in.
    assertThat(basicFrom("192.0.2.200", username, PASSWORD).get("/api/v1/account/me").status())
        .isEqualTo(200);
    assertThat(anonymous().from("192.0.2.201").formLogin(username, PASSWORD).location())
        .doesNotContain("/login");

    Http.Response unlock = admin().postJson("/api/v1/accounts/" + id + "/actions/unlock", Map.of());
    assertThat(unlock.status()).as(unlock.toString()).isEqualTo(200);
    assertThat(unlock.json().path("messages").get(0).asString()).isEqualTo("账号已解除锁定。");
    assertThat(basicFrom(guesser, username, PASSWORD).get("/api/v1/account/me").status())
        .isEqualTo(200);
    assertThat(anonymous().from(guesser).formLogin(username, PASSWORD).location())
        .doesNotContain("/login");
    assertThat(strings(admin().get("/api/v1/accounts/" + id + "/history").json(), "action"))
        .contains("UNLOCK");
  }

  @Test
  void everyFailedSignInLooksTheSameWhateverTheReason() {
    String address = "198.51.100.230";
    String tag = tag();
    String disabled = "it-same-off-" + tag;
    long disabledId = createAccount(disabled, Role.STAFF, PASSWORD);
    Map<String, Object> body =
        RegisterApiScenarios.editable(admin().get("/api/v1/accounts/" + disabledId).json());
    body.put("enabled", false);
    assertThat(admin().putJson("/api/v1/accounts/" + disabledId, body).status()).isEqualTo(200);
    String known = "it-same-on-" + tag;
    createAccount(known, Role.STAFF, PASSWORD);

    Map<String, String[]> attempts = new LinkedHashMap<>();
    attempts.put("unknown name", new String[] {"it-nobody-" + tag, PASSWORD});
    attempts.put("wrong password", new String[] {known, "wrong-password-123"});
    attempts.put("disabled, wrong password", new String[] {disabled, "wrong-password-123"});
    attempts.put("disabled, right password", new String[] {disabled, PASSWORD});
    attempts.forEach(
        (why, credentials) -> {
          Http browser = anonymous().from(address);
          Http.Response page = browser.formLogin(credentials[0], credentials[1]);
          assertThat(page.status()).as(why).isEqualTo(302);
          assertThat(page.location()).as(why).endsWith("/login?error");
          Http.Response api =
              basicFrom(address, credentials[0], credentials[1]).get("/api/v1/account/me");
          assertThat(api.status()).as(why).isEqualTo(401);
          assertThat(api.json().toString())
              .as(why)
              .isEqualTo(anonymous().get("/api/v1/account/me").json().toString());
        });
    assertThat(anonymous().get("/login?error").text()).contains("用户名或密码错误。");
  }

  @Test
  void oneAddressMayFailOnlySoOftenOverAllAccounts() {
    String address = "203.0.113." + (1 + Math.floorMod(tag().hashCode(), 250));
    String known = "it-limit-" + tag();
    createAccount(known, Role.STAFF, PASSWORD);
    // 30 failures (the default) spread over many names, none of which locks by itself.
    for (int i = 0; i < 30; i++) {
      String name = i % 3 == 0 ? known + "-" + i : "it-spray-" + i;
      assertThat(basicFrom(address, name, "Guess-" + i).get("/api/v1/account/me").status())
          .isEqualTo(401);
    }
    Http.Response refused = basicFrom(address, known, PASSWORD).get("/api/v1/account/me");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.json().path("title").asString()).isEqualTo("登录失败次数过多");
    // Retry-After: whole seconds, at most the window (15 minutes by default), at least one.
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")))
        .isBetween(1L, 900L);

    Http browser = anonymous().from(address);
    Http.Response page = browser.formLogin(known, PASSWORD);
    assertThat(page.status()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.text()).contains("用户名或密码错误。").doesNotContain("403");

    assertThat(basicFrom("192.0.2.77", known, PASSWORD).get("/api/v1/account/me").status())
        .as("another address is not limited")
        .isEqualTo(200);
  }

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
    Http browser = anonymous().from("192.0.2.10").overTls();
    Http.Response login = browser.formLogin(username(Role.STAFF), PASSWORD);
    assertThat(login.status()).isEqualTo(302);
    List<String> cookies = login.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .as(cookies.toString())
        .anyMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
        .allMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("secure"));
    Http.Response page = browser.get("/");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();

    Http.Response plain = anonymous().get("/login");
    assertThat(plain.headers().firstValue("Strict-Transport-Security"))
        .as("no HSTS over plain HTTP")
        .isEmpty();
  }

  @Test
  void pagesAndTheApiSendAReferrerPolicyAndForbidFramingConsistently() {
    for (Http.Response response :
        List.of(anonymous().get("/login"), as(Role.STAFF).get("/api/v1/account/me"))) {
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("frame-ancestors 'none'");
    }
  }

  @Test
  void onlyCredentialsThatAuthenticateSkipTheCsrfToken() {
    Http browser = browserAs(Role.STAFF);
    String tag = tag();
    Http.Response bearer =
        browser.postJson(
            "/api/v1/members",
            member("陈立伟", "男", mobile(), "单位" + tag),
            Map.of("Authorization", "Bearer x"));
    assertThat(bearer.status())
        .as("a Bearer header that is no valid token never rides on the session: " + bearer)
        .isEqualTo(401);
    Http.Response wrongBasic =
        browser.postJson(
            "/api/v1/members",
            member("陈立伟", "男", mobile(), "单位" + tag),
            Map.of(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            (username(Role.STAFF) + ":wrong")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(wrongBasic.status())
        .as("Basic credentials that do not authenticate never ride on the session: " + wrongBasic)
        .isEqualTo(401);
    assertThat(total("members", "q=" + tag)).isZero();
  }

  private Http basicFrom(String address, String username, String password) {
    return Http.basic(port, username, password).from(address);
  }

  @Test
  void thePasswordPolicyRefusesWeakPasswordsWithAFieldError() {
    String username = "it-pol-" + tag();
    createAccount(username, Role.STAFF, PASSWORD);
    Http account = Http.basic(port, username, PASSWORD);

    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("Ab3$short", "密码至少需要10位。");
    refusals.put(username, "密码不能与用户名相同或相近。");
    refusals.put("Q7!" + username + "x", "密码不能与用户名相同或相近。");
    refusals.put(new StringBuilder(username).reverse() + "Q7!", "密码不能与用户名相同或相近。");
    refusals.put("qwertyuiop123", "这是常见密码，容易被猜到，请换一个。");
    refusals.put("Password1234", "这是常见密码，容易被猜到，请换一个。");
    refusals.put(PASSWORD, "新密码不能与当前密码相同。");
    refusals.put("Password1!", "这个密码容易被猜到（常见密码或其简单变形，如 Password1!），请换一个更长、更不规则的密码。");
    refusals.put("P@ssw0rd2026", "这个密码容易被猜到（常见密码或其简单变形，如 Password1!），请换一个更长、更不规则的密码。");
    refusals.put("          ", "密码不能只由空格组成。");
    refusals.put("Yunxi-zzzzz-Q", "密码不能含有连续5个以上相同的字符。");
    refusals.forEach(
        (candidate, message) -> {
          Http.Response refused =
              account.postJson(
                  "/api/v1/account/password",
                  Map.of("currentPassword", PASSWORD, "newPassword", candidate));
          assertThat(refused.status()).as(candidate + ": " + refused).isEqualTo(400);
          assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
          assertThat(refused.fieldErrors()).as(candidate).containsEntry("newPassword", message);
        });
    Http.Response wrongCurrent =
        account.postJson(
            "/api/v1/account/password",
            Map.of("currentPassword", "not-my-password", "newPassword", "Yunxi-Another-2026"));
    assertThat(wrongCurrent.status()).isEqualTo(400);
    assertThat(wrongCurrent.fieldErrors())
        .containsExactly(Map.entry("currentPassword", "当前密码不正确。"));
    assertThat(account.get("/api/v1/account/me").status()).as("nothing changed").isEqualTo(200);

    Http.Response accepted =
        account.postJson(
            "/api/v1/account/password",
            Map.of("currentPassword", PASSWORD, "newPassword", "Yunxi-Another-2026"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    assertThat(Http.basic(port, username, "Yunxi-Another-2026").get("/api/v1/account/me").status())
        .isEqualTo(200);
    assertThat(account.get("/api/v1/account/me").status()).isEqualTo(401);

    // The last few passwords cannot be chosen again (lvzhi.security.password-history), in both
    // languages.
    Http changed = Http.basic(port, username, "Yunxi-Another-2026");
    assertThat(
            changed
                .postJson(
                    "/api/v1/account/password",
                    Map.of(
                        "currentPassword", "Yunxi-Another-2026", "newPassword", "Yunxi-Third-2026"))
                .status())
        .isEqualTo(204);
    Http third = Http.basic(port, username, "Yunxi-Third-2026");
    for (String earlier : List.of(PASSWORD, "Yunxi-Another-2026")) {
      Http.Response reused =
          third.postJson(
              "/api/v1/account/password",
              Map.of("currentPassword", "Yunxi-Third-2026", "newPassword", earlier));
      assertThat(reused.status()).as(earlier + ": " + reused).isEqualTo(400);
      assertThat(reused.fieldErrors()).containsEntry("newPassword", "不能使用最近用过的密码，请换一个新密码。");
    }
    Http.Response english =
        third.postJson(
            "/api/v1/account/password",
            Map.of("currentPassword", "Yunxi-Third-2026", "newPassword", PASSWORD),
            Map.of("Cookie", "lvzhi-lang=en"));
    assertThat(english.fieldErrors())
        .containsEntry("newPassword", "You used this password recently; choose a new one.");
    Http.Response weakInEnglish =
        third.postJson(
            "/api/v1/account/password",
            Map.of("currentPassword", "Yunxi-Third-2026", "newPassword", "Password1!"),
            Map.of("Cookie", "lvzhi-lang=en"));
    assertThat(weakInEnglish.fieldErrors().get("newPassword"))
        .startsWith("This password is easy to guess");
  }

  @Test
  void aSessionPostWithoutTheCsrfTokenIsRefusedWhileBasicNeedsNone() {
    Http browser = browserAs(Role.STAFF);
    String tag = tag();
    Http.Response noToken =
        browser.postJson("/api/v1/members", member("陈立新", "男", mobile(), "单位" + tag));
    assertThat(noToken.status()).as(noToken.toString()).isEqualTo(403);
    assertThat(noToken.contentType()).startsWith(PROBLEM_JSON);
    assertThat(total("members", "q=" + tag)).isZero();

    String token = browser.csrfToken("/");
    Http.Response withToken =
        browser.postJson(
            "/api/v1/members",
            member("陈立新", "男", mobile(), "单位" + tag),
            Map.of("X-CSRF-TOKEN", token));
    assertThat(withToken.status()).as(withToken.toString()).isEqualTo(201);

    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "陈志强");
    form.put("gender", "MALE");
    form.put("party", "CPC");
    form.put("mobile", mobile());
    form.put("employer", "单位" + tag);
    form.put("termId", String.valueOf(testOrganisation().termId()));
    Http.Response pageNoToken = browser.postForm("/registry/members", form);
    assertThat(pageNoToken.status()).isEqualTo(403);
    assertThat(total("members", "q=" + tag)).isEqualTo(1);
    form.put("_csrf", browser.csrfToken("/registry/members/new"));
    Http.Response pageWithToken = browser.postForm("/registry/members", form);
    assertThat(pageWithToken.status()).as(pageWithToken.toString()).isEqualTo(302);
    assertThat(pageWithToken.location()).matches(".*/registry/members/\\d+");

    Http.Response script =
        as(Role.STAFF).postJson("/api/v1/members", member("陈建华", "男", mobile(), "单位" + tag));
    assertThat(script.status()).as("HTTP Basic needs no CSRF token: " + script).isEqualTo(201);
    assertThat(total("members", "q=" + tag)).isEqualTo(3);
  }

  @Test
  void anAuditorReadsEverythingAndChangesNothing() {
    Http auditor = as(Role.AUDITOR);
    long member = memberOutsideScope();
    long account =
        jdbc.sql("select id from account where username = 'office'").query(Long.class).single();
    for (String type :
        List.of(
            "committees",
            "terms",
            "sessions",
            "sectors",
            "special-committees",
            "units",
            "members",
            "accounts")) {
      Http.Response list = auditor.get("/api/v1/" + type);
      assertThat(list.status()).as(type + ": " + list).isEqualTo(200);
      assertThat(list.json().path("total").asLong()).as(type).isPositive();
      assertThat(auditor.get("/api/v1/" + type + "/schema").status())
          .as(type + " schema")
          .isEqualTo(200);
      assertThat(auditor.get("/api/v1/" + type + "/export.xlsx").status())
          .as(type + " export")
          .isEqualTo(200);
    }
    for (String path :
        List.of(
            "/api/v1/members/" + member,
            "/api/v1/members/" + member + "/history",
            "/api/v1/accounts/" + account,
            "/api/v1/units/" + otherUnitId(),
            "/api/v1/account/me")) {
      assertThat(auditor.get(path).status()).as(path).isEqualTo(200);
    }

    JsonNode before = admin().get("/api/v1/members/" + member).json();
    Map<String, Object> edit = RegisterApiScenarios.editable(before);
    edit.put("post", "审计改的");
    List<Http.Response> writes =
        List.of(
            auditor.postJson("/api/v1/members", member("审计", "男", mobile(), "单位")),
            auditor.putJson("/api/v1/members/" + member, edit),
            auditor.delete(
                "/api/v1/members/" + member + "?version=" + before.path("version").asInt()),
            auditor.postJson("/api/v1/accounts/" + account + "/actions/reset-password", Map.of()),
            auditor.upload(
                "/api/v1/members/import",
                "m.csv",
                "姓名\n某\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of()));
    for (Http.Response write : writes) {
      assertThat(write.status()).as(write.toString()).isEqualTo(403);
      assertThat(write.contentType()).startsWith(PROBLEM_JSON);
      assertThat(write.json().path("title").asString()).isEqualTo("审计账号只能查看，不能修改");
    }

    Http browser = browserAs(Role.AUDITOR);
    for (String page :
        List.of(
            "/",
            "/registry/members",
            "/registry/members/" + member,
            "/registry/accounts",
            "/registry/units",
            "/registry/accounts/" + account)) {
      assertThat(browser.get(page).status()).as(page).isEqualTo(200);
    }
    String token = browser.csrfToken("/registry/members/" + member);
    Http.Response pageDelete =
        browser.postForm(
            "/registry/members/" + member + "/delete",
            Map.of("_csrf", token, "version", before.path("version").asString()));
    assertThat(pageDelete.status()).isEqualTo(403);
    Http.Response pageCreate =
        browser.postForm(
            "/registry/members",
            Map.of(
                "_csrf",
                token,
                "name",
                "审计",
                "gender",
                "MALE",
                "party",
                "CPC",
                "mobile",
                mobile(),
                "termId",
                String.valueOf(testOrganisation().termId())));
    assertThat(pageCreate.status()).isEqualTo(403);

    JsonNode after = admin().get("/api/v1/members/" + member).json();
    assertThat(after.path("version").asInt()).isEqualTo(before.path("version").asInt());
    assertThat(after.path("post").asString()).isEqualTo(before.path("post").asString());
    assertThat(total("members", "q=审计")).isZero();
  }

  @Test
  void anAccountCreatedByTheAdministratorStartsWithAOneTimePassword() {
    String username = "it-new-" + tag();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("displayName", "发改局联络员");
    body.put("role", "UNIT");
    body.put("unitId", ownUnitId());
    Http.Response created = admin().postJson("/api/v1/accounts", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.text())
        .doesNotContainIgnoringCase("password_hash")
        .doesNotContain("$argon2");
    java.util.regex.Matcher notice =
        java.util.regex.Pattern.compile("账号“(.+)”的初始密码：(\\S+?)（")
            .matcher(created.json().path("messages").get(0).asString());
    assertThat(notice.find()).as(created.toString()).isTrue();
    assertThat(notice.group(1)).isEqualTo(username);
    String oneTime = notice.group(2);
    long id = created.json().path("id").asLong();

    Http first = Http.basic(port, username, oneTime);
    assertThat(first.get("/api/v1/units").status()).isEqualTo(403);
    assertThat(
            first
                .postJson(
                    "/api/v1/account/password",
                    Map.of("currentPassword", oneTime, "newPassword", "Fagaiju-Lianluo-26"))
                .status())
        .isEqualTo(204);
    JsonNode units = Http.basic(port, username, "Fagaiju-Lianluo-26").get("/api/v1/units").json();
    assertThat(strings(units.path("rows"), "name")).containsExactly(OWN_UNIT);

    // A reset issues a new one-time password: the chosen one stops working and must be changed
    // again.
    Http.Response reset =
        admin().postJson("/api/v1/accounts/" + id + "/actions/reset-password", Map.of());
    assertThat(reset.status()).isEqualTo(200);
    java.util.regex.Matcher again =
        java.util.regex.Pattern.compile("初始密码：(\\S+?)（")
            .matcher(reset.json().path("messages").get(0).asString());
    assertThat(again.find()).isTrue();
    assertThat(Http.basic(port, username, "Fagaiju-Lianluo-26").get("/api/v1/units").status())
        .isEqualTo(401);
    Http.Response mustChange = Http.basic(port, username, again.group(1)).get("/api/v1/units");
    assertThat(mustChange.status()).isEqualTo(403);
    assertThat(mustChange.json().path("title").asString()).isEqualTo("请先修改初始密码");

    // Usernames are unique, and a role's binding is required.
    Http.Response taken = admin().postJson("/api/v1/accounts", body);
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.fieldErrors()).containsEntry("username", "用户名“" + username + "”已被使用。");
    Http.Response unbound =
        admin()
            .postJson(
                "/api/v1/accounts",
                Map.of("username", "it-unbound-" + tag(), "displayName", "委员", "role", "MEMBER"));
    assertThat(unbound.status()).isEqualTo(400);
    assertThat(unbound.fieldErrors()).containsEntry("memberId", "委员账号须选择对应委员。");

    // Accounts are never deleted (disable them instead).
    Http.Response delete = admin().delete("/api/v1/accounts/" + id + "?version=0");
    assertThat(delete.status()).isIn(403, 409);
    assertThat(admin().get("/api/v1/accounts/" + id).status()).isEqualTo(200);

    // The register never shows password hashes or lockout counters.
    Http.Response list = admin().get("/api/v1/accounts?size=200");
    assertThat(list.text())
        .doesNotContain("$argon2")
        .doesNotContainIgnoringCase("passwordHash")
        .doesNotContainIgnoringCase("failedAttempts");
  }

  @Test
  void aDisabledAccountCannotSignIn() {
    String username = "it-disabled-" + tag();
    long id = createAccount(username, Role.STAFF, PASSWORD);
    Map<String, Object> body =
        RegisterApiScenarios.editable(admin().get("/api/v1/accounts/" + id).json());
    body.put("enabled", false);
    assertThat(admin().putJson("/api/v1/accounts/" + id, body).status()).isEqualTo(200);

    assertThat(Http.basic(port, username, PASSWORD).get("/api/v1/account/me").status())
        .isEqualTo(401);
    Http.Response pageLogin = anonymous().formLogin(username, PASSWORD);
    assertThat(pageLogin.location()).endsWith("/login?error");
  }

  @Test
  void disablingAnAccountEndsItsSessions() {
    String username = "it-session-" + tag();
    long id = createAccount(username, Role.STAFF, PASSWORD);
    Http browser = browser(username, PASSWORD);
    assertThat(browser.get("/registry/members").status()).isEqualTo(200);

    Map<String, Object> body =
        RegisterApiScenarios.editable(admin().get("/api/v1/accounts/" + id).json());
    body.put("enabled", false);
    assertThat(admin().putJson("/api/v1/accounts/" + id, body).status()).isEqualTo(200);

    assertThat(browser.get("/api/v1/members", Map.of("Authorization", "Bearer x")).status())
        .as("an Authorization header that is not Basic does not skip the session check")
        .isIn(401, 403);
    Http.Response page = browser.get("/registry/members");
    assertThat(page.status())
        .as("a disabled account must not keep reading the registers")
        .isIn(302, 401, 403);
    assertThat(browser.get("/api/v1/members").status()).isIn(401, 403);
  }

  @Test
  void healthIsUpWithoutSigningIn() {
    Http.Response health = anonymous().get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asString()).isEqualTo("UP");
  }

  @Test
  void theOpenApiDocumentDescribesTheRegisters() {
    Http.Response docs = anonymous().get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.contentType()).contains("json");
    JsonNode paths = docs.json().path("paths");
    assertThat(paths.propertyNames())
        .contains(
            "/api/v1/members",
            "/api/v1/members/{id}",
            "/api/v1/members/import",
            "/api/v1/account/password")
        .noneMatch(path -> path.contains("{type}"));
  }

  @Test
  void swaggerUiIsForStaffNotForMembers() {
    Http.Response staff = browserAs(Role.STAFF).get("/swagger-ui/index.html");
    assertThat(staff.status()).isEqualTo(200);
    assertThat(staff.text()).containsIgnoringCase("swagger");
    assertThat(browserAs(Role.MEMBER).get("/swagger-ui/index.html").status()).isEqualTo(403);
    Http.Response anonymous = anonymous().get("/swagger-ui/index.html");
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.location()).endsWith("/login");
  }

  @Test
  void staffEnrolInTwoFactorCodesAndThenNeedACodeAtEverySignIn() throws Exception {
    String username = "it-2fa-" + tag();
    long id = createAccount(username, Role.STAFF, PASSWORD);
    String address = "192.0.2." + (2 + Math.floorMod(username.hashCode(), 200));

    // Enrolment on the account's page: a QR code and its key, confirmed by a first code.
    Http browser = anonymous().from(address);
    assertThat(browser.formLogin(username, PASSWORD).location()).doesNotContain("/login");
    Http.Response page = browser.get("/account/two-factor");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("data:image/png;base64,");
    java.util.regex.Matcher key =
        java.util.regex.Pattern.compile("id=\"two-factor-secret\">([A-Z2-7]+)<")
            .matcher(page.text());
    assertThat(key.find()).as(page.text()).isTrue();
    String secret = key.group(1);
    String token = browser.csrfToken("/account/two-factor");
    Http.Response wrong =
        browser.postForm("/account/two-factor", Map.of("_csrf", token, "code", "000000"));
    assertThat(wrong.text()).contains("验证码不正确");
    Http.Response enrolled =
        browser.postForm("/account/two-factor", Map.of("_csrf", token, "code", code(secret)));
    assertThat(enrolled.status()).isEqualTo(200);
    List<String> recovery = new java.util.ArrayList<>();
    java.util.regex.Matcher item =
        java.util.regex.Pattern.compile("<li>([^<]+)</li>").matcher(enrolled.text());
    while (item.find()) {
      recovery.add(item.group(1).strip());
    }
    assertThat(recovery).hasSize(10);
    assertThat(browser.get("/account/two-factor").text()).contains("此账号已启用两步验证");

    // The password alone leaves the session signed out until the code is right.
    Http second = anonymous().from(address);
    Http.Response afterPassword = second.formLogin(username, PASSWORD);
    assertThat(afterPassword.location()).endsWith("/login/code");
    assertThat(second.get("/registry/members").location()).endsWith("/login");
    assertThat(second.get("/api/v1/account/me").status()).isEqualTo(401);
    Http.Response wrongCode =
        second.postForm(
            "/login/code", Map.of("_csrf", second.formToken("/login/code"), "code", "123456"));
    assertThat(wrongCode.status()).isEqualTo(200);
    assertThat(wrongCode.text()).contains("验证码不正确");
    assertThat(second.get("/api/v1/account/me").status()).isEqualTo(401);
    String used = code(secret);
    Http.Response rightCode =
        second.postForm(
            "/login/code", Map.of("_csrf", second.formToken("/login/code"), "code", used));
    assertThat(rightCode.status()).isEqualTo(302);
    assertThat(rightCode.location()).doesNotContain("/login");
    assertThat(second.get("/api/v1/account/me").status()).isEqualTo(200);

    // A code signs in once: replaying it (a code seen over someone's shoulder) fails.
    Http replay = anonymous().from(address);
    replay.formLogin(username, PASSWORD);
    Http.Response replayed =
        replay.postForm(
            "/login/code", Map.of("_csrf", replay.formToken("/login/code"), "code", used));
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replay.get("/api/v1/account/me").status()).isEqualTo(401);

    // HTTP Basic is refused for an enrolled account, with a detail that says why.
    Http.Response basic = Http.basic(port, username, PASSWORD).get("/api/v1/account/me");
    assertThat(basic.status()).isEqualTo(401);
    assertThat(basic.json().path("title").asString()).isEqualTo("此账号已启用两步验证，不能使用 HTTP Basic");

    // A recovery code works once.
    String spare = recovery.get(0);
    Http withRecovery = anonymous().from(address);
    withRecovery.formLogin(username, PASSWORD);
    Http.Response recovered =
        withRecovery.postForm(
            "/login/code", Map.of("_csrf", withRecovery.formToken("/login/code"), "code", spare));
    assertThat(recovered.status()).isEqualTo(302);
    assertThat(withRecovery.get("/api/v1/account/me").status()).isEqualTo(200);
    Http again = anonymous().from(address);
    again.formLogin(username, PASSWORD);
    Http.Response reused =
        again.postForm(
            "/login/code", Map.of("_csrf", again.formToken("/login/code"), "code", spare));
    assertThat(reused.status()).isEqualTo(200);
    assertThat(again.get("/api/v1/account/me").status()).isEqualTo(401);

    // An administrator resets a lost enrolment; it is recorded, and the password alone works again.
    Http.Response reset =
        admin().postJson("/api/v1/accounts/" + id + "/actions/reset-two-factor", Map.of());
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    assertThat(strings(admin().get("/api/v1/accounts/" + id + "/history").json(), "action"))
        .contains("RESET-TWO-FACTOR", "TWO_FACTOR_ENROLLED");
    assertThat(anonymous().from(address).formLogin(username, PASSWORD).location())
        .doesNotContain("/login");
    assertThat(Http.basic(port, username, PASSWORD).get("/api/v1/account/me").status())
        .isEqualTo(200);
  }

  @Test
  void onlyAdministratorsAndStaffEnrol() {
    assertThat(browserAs(Role.MEMBER).get("/account/two-factor").status()).isEqualTo(403);
  }

  /** The current RFC 6238 code of a secret, as an authenticator app computes it. */
  private static String code(String secret) throws Exception {
    long step = Math.floorDiv(System.currentTimeMillis() / 1000, 30);
    return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret, step);
  }
}
