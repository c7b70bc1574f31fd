package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens: issued once by a signed-in person, stored only as a hash, acting as their
 * account with its role and data scope, refused once expired, revoked or the account is disabled,
 * exempt from CSRF because they never ride on the session.
 */
abstract class ApiTokenScenarios extends IntegrationTestSupport {

  private static final String TOKENS = "/api/v1/account/tokens";

  private JsonNode issue(Http http, String name) {
    Http.Response issued = http.postJson(TOKENS, Map.of("name", name, "days", 30));
    assertThat(issued.status()).as(issued.text()).isEqualTo(201);
    return issued.json();
  }

  private Http bearer(String token) {
    return Http.bearer(port, token);
  }

  @Test
  void aTokenActsAsItsAccountAndIsStoredOnlyAsAHash() {
    JsonNode issued = issue(as(Role.STAFF), "统计脚本" + tag());
    String token = issued.get("token").asText();
    assertThat(token).startsWith("lvz_").hasSizeGreaterThan(40);

    Http.Response me = bearer(token).get("/api/v1/account/me");
    assertThat(me.status()).as(me.text()).isEqualTo(200);
    assertThat(me.json().get("username").asText()).isEqualTo(username(Role.STAFF));
    Http.Response members = bearer(token).get("/api/v1/members?size=5");
    assertThat(members.status()).isEqualTo(200);
    assertThat(members.json().path("rows").size()).isPositive();

    long id = issued.get("id").asLong();
    assertThat(
            jdbc.sql("select count(*) from api_token where id = :id and token_hash = :raw")
                .param("id", id)
                .param("raw", token)
                .query(Long.class)
                .single())
        .as("the token itself is never stored")
        .isZero();
    JsonNode listed = as(Role.STAFF).get(TOKENS).json();
    JsonNode row = null;
    for (JsonNode candidate : listed) {
      if (candidate.get("id").asLong() == id) {
        row = candidate;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.toString()).doesNotContain(token);
    assertThat(row.get("hint").asText()).isEqualTo(token.substring(0, 8) + "…");
    assertThat(row.get("lastUsedAt").isNull()).as("used just now").isFalse();
    assertThat(row.get("active").asBoolean()).isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from history_entry where record_type = 'account'"
                        + " and action = 'API_TOKEN_ISSUED'"
                        + " and record_id = (select id from account where username = :u)")
                .param("u", username(Role.STAFF))
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void aTokenHasItsAccountsPermissionsAndDataScopeOnly() {
    String token = issue(as(Role.MEMBER), "委员脚本" + tag()).get("token").asText();
    assertThat(bearer(token).get("/api/v1/accounts").status()).isEqualTo(403);
    JsonNode members = bearer(token).get("/api/v1/members?size=200").json().path("rows");
    assertThat(members.size()).as("a member sees only their own record").isEqualTo(1);
    assertThat(members.get(0).get("id").asLong()).isEqualTo(ownMemberId());
  }

  @Test
  void aTokenWritesWithoutCsrfAndEvenWithASessionCookieActsAsItsOwnAccount() {
    String token = issue(as(Role.STAFF), "写入脚本" + tag()).get("token").asText();
    long other = issue(as(Role.STAFF), "将被撤销" + tag()).get("id").asLong();
    assertThat(bearer(token).delete(TOKENS + "/" + other).status())
        .as("a write with a token needs no CSRF token")
        .isEqualTo(204);

    Http memberBrowser = browserAs(Role.MEMBER).withBearer(token);
    Http.Response me = memberBrowser.get("/api/v1/account/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asText()).isEqualTo(username(Role.STAFF));
  }

  @Test
  void aTokenCannotIssueTokens() {
    String token = issue(as(Role.STAFF), "不能生成" + tag()).get("token").asText();
    Http.Response refused = bearer(token).postJson(TOKENS, Map.of("name", "再生成"));
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void revokedExpiredUnknownAndDisabledAccountsTokensAreRefused() {
    JsonNode toRevoke = issue(as(Role.STAFF), "撤销" + tag());
    String revoked = toRevoke.get("token").asText();
    long revokedId = toRevoke.get("id").asLong();
    assertThat(as(Role.STAFF).delete(TOKENS + "/" + revokedId).status()).isEqualTo(204);
    Http.Response refused = bearer(revoked).get("/api/v1/account/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");

    JsonNode expiring = issue(as(Role.STAFF), "过期" + tag());
    jdbc.sql("update api_token set expires_at = :past where id = :id")
        .param("past", OffsetDateTime.now().minusMinutes(1))
        .param("id", expiring.get("id").asLong())
        .update();
    assertThat(bearer(expiring.get("token").asText()).get("/api/v1/account/me").status())
        .isEqualTo(401);

    assertThat(bearer("lvz_nothing-like-a-real-token").get("/api/v1/account/me").status())
        .isEqualTo(401);
    assertThat(bearer("").get("/api/v1/account/me").status()).isEqualTo(401);

    String username = "it-token-" + tag();
    createAccount(username, Role.STAFF, PASSWORD);
    String ofDisabled =
        issue(Http.basic(port, username, PASSWORD), "停用" + tag()).get("token").asText();
    assertThat(bearer(ofDisabled).get("/api/v1/account/me").status()).isEqualTo(200);
    jdbc.sql("update account set enabled = false where username = :u")
        .param("u", username)
        .update();
    assertThat(bearer(ofDisabled).get("/api/v1/account/me").status()).isEqualTo(401);
  }

  @Test
  void theLastUseIsWrittenAtMostOnceAMinute() {
    JsonNode issued = issue(as(Role.STAFF), "最近使用" + tag());
    long id = issued.get("id").asLong();
    Http script = bearer(issued.get("token").asText());
    OffsetDateTime halfAMinuteAgo = OffsetDateTime.now().minusSeconds(30).withNano(0);
    setLastUse(id, halfAMinuteAgo);
    assertThat(script.get("/api/v1/account/me").status()).isEqualTo(200);
    assertThat(lastUse(id).toInstant()).isEqualTo(halfAMinuteAgo.toInstant());
    setLastUse(id, halfAMinuteAgo.minusMinutes(2));
    assertThat(script.get("/api/v1/account/me").status()).isEqualTo(200);
    assertThat(lastUse(id)).isAfter(halfAMinuteAgo);
  }

  @Test
  void badRequestsAreRefusedWithTheReasonByField() {
    Http.Response noName = as(Role.STAFF).postJson(TOKENS, Map.of("name", " ", "days", 30));
    assertThat(noName.status()).isEqualTo(400);
    assertThat(fields(noName)).contains("name");
    Map<String, Object> tooLong = new HashMap<>();
    tooLong.put("name", "x");
    tooLong.put("days", 366);
    Http.Response days = as(Role.STAFF).postJson(TOKENS, tooLong);
    assertThat(days.status()).isEqualTo(400);
    assertThat(fields(days)).containsExactly("days");
    assertThat(as(Role.STAFF).delete(TOKENS + "/999999999").status()).isEqualTo(404);
    // Another account's token is not one's own to revoke.
    long ofMember = issue(as(Role.MEMBER), "别人的" + tag()).get("id").asLong();
    assertThat(as(Role.STAFF).delete(TOKENS + "/" + ofMember).status()).isEqualTo(404);
  }

  @Test
  void thePageIssuesATokenShownOnceAndRevokesIt() {
    Http browser = browserAs(Role.STAFF);
    String name = "网页令牌" + tag();
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", browser.csrfToken("/account/tokens"));
    form.put("name", name);
    form.put("days", "7");
    Http.Response posted = browser.postForm("/account/tokens", form);
    assertThat(posted.status()).isEqualTo(302);
    String page = browser.get(posted.location().replaceFirst("^https?://[^/]+", "")).text();
    assertThat(page).contains("id=\"issued-token\"").contains(name).contains("lvz_");
    assertThat(browser.get("/account/tokens").text())
        .as("shown only once")
        .doesNotContain("id=\"issued-token\"");

    Map<String, String> bad = new HashMap<>();
    bad.put("_csrf", browser.csrfToken("/account/tokens"));
    bad.put("name", "");
    bad.put("days", "abc");
    String refused = browser.postForm("/account/tokens", bad).text();
    assertThat(refused).contains("is-invalid");

    long id =
        jdbc.sql("select id from api_token where name = :n")
            .param("n", name)
            .query(Long.class)
            .single();
    Map<String, String> revoke = Map.of("_csrf", browser.csrfToken("/account/tokens"));
    assertThat(browser.postForm("/account/tokens/" + id + "/revoke", revoke).status())
        .isEqualTo(302);
    assertThat(
            jdbc.sql("select count(*) from api_token where id = :id and revoked_at is not null")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static java.util.List<String> fields(Http.Response refused) {
    java.util.List<String> fields = new java.util.ArrayList<>();
    refused.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }

  private void setLastUse(long id, OffsetDateTime when) {
    jdbc.sql("update api_token set last_used_at = :t where id = :id")
        .param("t", when)
        .param("id", id)
        .update();
  }

  private OffsetDateTime lastUse(long id) {
    return jdbc.sql("select last_used_at from api_token where id = :id")
        .param("id", id)
        .query(OffsetDateTime.class)
        .single();
  }
}
