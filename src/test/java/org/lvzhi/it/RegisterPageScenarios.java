package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * The register pages as a clerk's browser uses them (session, CSRF token, forms), on H2 ({@link
 * RegisterPagesH2Test}) and PostgreSQL ({@link RegisterPagesPostgresTest}).
 */
abstract class RegisterPageScenarios extends IntegrationTestSupport {

  @Test
  void aRefusedFormShowsEveryProblemInChineseAndSavesNothing() {
    Http browser = browserAs(Role.STAFF);
    String tag = tag();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", browser.csrfToken("/registry/members/new"));
    form.put("name", "");
    form.put("gender", "MALE");
    form.put("party", "CPC");
    form.put("mobile", "12345");
    form.put("employer", "单位" + tag);
    form.put("termId", String.valueOf(testOrganisation().termId()));
    Http.Response refused = browser.postForm("/registry/members", form);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.text())
        .contains("保存失败：请按红色提示修改后重新提交，未保存任何内容。", "请填写“姓名”。", "“手机号码”应为11位手机号码，“12345”不是有效的手机号。");
    assertThat(total("members", "q=" + tag)).isZero();

    form.put("name", "王秀兰");
    form.put("mobile", mobile());
    form.put("_csrf", browser.csrfToken("/registry/members/new"));
    Http.Response saved = browser.postForm("/registry/members", form);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(browser.get(saved.location().replaceFirst("^https?://[^/]+", "")).text())
        .contains("王秀兰", "已保存。");
    assertThat(total("members", "q=" + tag)).isEqualTo(1);
  }

  /**
   * A list page, and its Excel file, refuse a filter they cannot honour as the API does, instead of
   * showing everyone as if filtered.
   */
  @Test
  void aListPageRefusesAFilterItCannotHonour() {
    Http browser = browserAs(Role.STAFF);
    Http.Response gender = browser.get("/registry/members?f_gender=NOPE");
    assertThat(gender.status()).as(gender.toString()).isEqualTo(400);
    assertThat(gender.text()).contains("f_gender").contains("MALE").contains("id=\"error-page\"");
    assertThat(browser.get("/registry/members?f_nosuch=1").status()).isEqualTo(400);
    assertThat(browser.get("/registry/members?sort=nosuch").status()).isEqualTo(400);
    assertThat(browser.get("/registry/members?page=abc").status()).isEqualTo(400);
    assertThat(browser.get("/registry/members/export.xlsx?f_gender=NOPE").status()).isEqualTo(400);
    Http.Response women = browser.get("/registry/members?f_gender=FEMALE");
    assertThat(women.status()).isEqualTo(200);
    assertThat(women.text()).doesNotContain("id=\"error-page\"");
  }

  /**
   * Long pickers are searchable (with pinyin initials) and offer the likely choice first: leaders
   * before other members for 带队领导; help lines explain fields whose meaning is not obvious; a
   * member's duty report form has no 审核状态, which they cannot set.
   */
  @Test
  void pickersOfferLeadersFirstAndFormsExplainAndHideWhatCannotBeSet() {
    String form = browserAs(Role.STAFF).get("/registry/activities/new").text();
    java.util.regex.Matcher leader =
        java.util.regex.Pattern.compile(
                "id=\"f-leaderId\"[^>]*data-picker=\"true\">\\s*(?:<option value=\"\"[^>]*>[^<]*</option>\\s*)?"
                    + "<option value=\"(\\d+)\"")
            .matcher(form);
    assertThat(leader.find()).as("the leader picker is searchable").isTrue();
    long first = Long.parseLong(leader.group(1));
    assertThat(
            jdbc.sql(
                    "select count(*) from member where id = :id"
                        + " and (leadership_role <> 'NONE' or party_group = true)")
                .param("id", first)
                .query(Long.class)
                .single())
        .as("the first member offered leads")
        .isEqualTo(1);
    assertThat(form).contains("id=\"help-leaderId\"").contains("&#34;initials&#34;");
    String report = browserAs(Role.MEMBER).get("/registry/duty-reports/new").text();
    assertThat(report).contains("id=\"f-occurredOn\"").doesNotContain("id=\"f-status\"");
  }

  /** History names the person who made a change, not their account name. */
  @Test
  void historyNamesThePersonNotTheAccount() {
    long id =
        created(
            as(Role.STAFF)
                .postJson(
                    "/api/v1/sectors",
                    java.util.Map.of("name", "历史界别" + tag(), "committeeId", demoCommitteeId())));
    String page = browserAs(Role.STAFF).get("/registry/sectors/" + id).text();
    assertThat(page).contains(" · 测试STAFF · ").doesNotContain(" · it-staff · ");
    tools.jackson.databind.JsonNode entry =
        as(Role.STAFF).get("/api/v1/sectors/" + id + "/history").json().get(0);
    assertThat(entry.path("actor").asString()).isEqualTo("it-staff");
    assertThat(entry.path("actorName").asString()).isEqualTo("测试STAFF");
  }

  @Test
  void aStaleDeleteFromThePageIsAConflictWithItsReason() {
    Http browser = browserAs(Role.STAFF);
    long id =
        created(
            as(Role.STAFF).postJson("/api/v1/members", member("何振华", "男", mobile(), "单位" + tag())));
    String token = browser.csrfToken("/registry/members/" + id);
    Http.Response stale =
        browser.postForm(
            "/registry/members/" + id + "/delete", Map.of("_csrf", token, "version", "5"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.text()).contains("该记录已被他人修改，您的修改未保存。");
    assertThat(admin().get("/api/v1/members/" + id).status()).isEqualTo(200);
  }

  @Test
  void deletingASectorStillReferredToFromItsPageIsAConflictNotAnError() {
    Http browser = browserAs(Role.STAFF);
    String name = "界别" + tag();
    long sector =
        created(
            as(Role.STAFF)
                .postJson(
                    "/api/v1/sectors",
                    Map.of("name", name, "committeeId", testOrganisation().committeeId())));
    Map<String, Object> member = member("许国庆", "男", mobile(), "单位" + tag());
    member.put("sectorId", sector);
    created(as(Role.STAFF).postJson("/api/v1/members", member));

    String token = browser.csrfToken("/registry/sectors/" + sector);
    Http.Response refused =
        browser.postForm(
            "/registry/sectors/" + sector + "/delete", Map.of("_csrf", token, "version", "0"));
    assertThat(refused.status()).as("the API answers 409 here; the page should too").isEqualTo(409);
    assertThat(refused.text()).contains("修改冲突");
    assertThat(admin().get("/api/v1/sectors/" + sector).status()).isEqualTo(200);
  }

  @Test
  void anAdministratorDisablesAnAccountOnItsEditPage() {
    String username = "it-off-" + tag();
    long id = createAccount(username, Role.STAFF, PASSWORD);
    Http browser = browser("admin", ADMIN_PASSWORD);
    String edit = browser.get("/registry/accounts/" + id + "/edit").text();
    assertThat(edit).contains("name=\"enabled\"");

    // What a browser submits with the 启用 checkbox unchecked: no "enabled" parameter at all.
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", browser.csrfToken("/registry/accounts/" + id + "/edit"));
    form.put("version", "0");
    form.put("username", username);
    form.put("displayName", "测试账号");
    form.put("role", "STAFF");
    Http.Response saved = browser.postForm("/registry/accounts/" + id, form);
    assertThat(saved.status()).isEqualTo(302);

    JsonNode account = admin().get("/api/v1/accounts/" + id).json();
    assertThat(account.path("enabled").asBoolean()).as("the account was disabled").isFalse();
    assertThat(Http.basic(port, username, PASSWORD).get("/api/v1/account/me").status())
        .isEqualTo(401);
  }
}
