package org.lvzhi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending to accounts and members, unread counts, marking read (only one's own), the page and the
 * bell.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:notifications;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!"
    })
@AutoConfigureMockMvc
class NotificationsIntegrationTest {

  private static final String PASSWORD = "Notify-Test-2026";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;
  @Autowired Notifications notifications;
  @Autowired UserDetailsService users;
  @Autowired TransactionTemplate transactions;

  long alice;
  long bob;

  @BeforeEach
  void people() {
    jdbc.sql("delete from notification").update();
    alice = account("note-alice", Accounts.Binding.of(Role.STAFF));
    bob = account("note-bob", Accounts.Binding.of(Role.LEADER));
  }

  private long account(String username, Accounts.Binding binding) {
    system.run(
        () -> {
          if (!accounts.exists(username)) {
            accounts.create(username, username, binding, PASSWORD, false);
          }
        });
    return jdbc.sql("select id from account where username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  private long member(String name, String mobile) {
    // A fresh database has its placeholder committee (ADR 7); the test gives it a term.
    if (jdbc.sql("select count(*) from term").query(Long.class).single() == 0) {
      jdbc.sql(
              "insert into term (committee_id, name, ordinal, starts_on, current_term)"
                  + " select min(id), '第一届', 1, date '2021-01-01', true from committee")
          .update();
    }
    jdbc.sql(
            "insert into member (term_id, committee_id, name, gender, party, mobile)"
                + " select id, committee_id, :name, 'FEMALE', 'NONE', :mobile from term")
        .param("name", name)
        .param("mobile", mobile)
        .update();
    return jdbc.sql("select id from member where mobile = :mobile")
        .param("mobile", mobile)
        .query(Long.class)
        .single();
  }

  private UserDetails signedIn(String username) {
    return users.loadUserByUsername(username);
  }

  private long unread(String username) throws Exception {
    String body =
        mvc.perform(get("/api/v1/notifications/unread-count").with(httpBasic(username, PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(body.replaceAll("\\D", ""));
  }

  private long newest(long accountId) {
    return jdbc.sql("select max(id) from notification where account_id = :a")
        .param("a", accountId)
        .query(Long.class)
        .single();
  }

  @Test
  void unreadCountsAndMarkingRead() throws Exception {
    system.run(
        () -> {
          notifications.notifyAccounts(
              List.of(alice, bob, alice), "请假待审批", "王芳申请请假：外出调研。", "/registry/activities/1");
          notifications.notifyAccounts(List.of(alice), "提案已交办", null, null);
        });
    assertThat(unread("note-alice")).isEqualTo(2);
    assertThat(unread("note-bob")).isEqualTo(1);

    mvc.perform(get("/api/v1/notifications").with(httpBasic("note-alice", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].title").value("提案已交办"))
        .andExpect(jsonPath("$[1].link").value("/registry/activities/1"))
        .andExpect(jsonPath("$[1].readAt").doesNotExist());

    long bobs = newest(bob);
    mvc.perform(
            post("/api/v1/notifications/" + bobs + "/read").with(httpBasic("note-alice", PASSWORD)))
        .andExpect(status().isNotFound());
    assertThat(unread("note-bob")).isEqualTo(1);

    mvc.perform(
            post("/api/v1/notifications/" + bobs + "/read").with(httpBasic("note-bob", PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/notifications/" + bobs + "/read").with(httpBasic("note-bob", PASSWORD)))
        .andExpect(status().isOk());
    assertThat(unread("note-bob")).isZero();
    assertThat(unread("note-alice")).isEqualTo(2);

    mvc.perform(post("/api/v1/notifications/read-all").with(httpBasic("note-alice", PASSWORD)))
        .andExpect(status().isOk());
    assertThat(unread("note-alice")).isZero();
  }

  @Test
  void theBellAndThePage() throws Exception {
    system.run(
        () ->
            notifications.notifyAccounts(
                List.of(alice), "活动通知：专题培训", "明天上午9点，机关三楼会议室。", "/registry/activities/5"));
    system.run(() -> notifications.notifyAccounts(List.of(alice), "已读的通知", null, null));
    jdbc.sql("update notification set read_at = created_at where title = '已读的通知'").update();

    mvc.perform(get("/notifications/badge").with(user(signedIn("note-alice"))))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    Matchers.allOf(
                        Matchers.containsString("id=\"unread-count\""),
                        Matchers.containsString(">1<"),
                        Matchers.containsString("bell-content"),
                        Matchers.not(Matchers.containsString("<html")))));
    String bobsBell =
        mvc.perform(get("/notifications/badge").with(user(signedIn("note-bob"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(bobsBell).contains("id=\"unread-count\"", "d-none", ">0<");

    String page =
        mvc.perform(get("/notifications").with(user(signedIn("note-alice"))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "活动通知：专题培训",
            "明天上午9点",
            "已读的通知",
            "全部标为已读",
            "id=\"notification-bell\"",
            "hx-get=\"/notifications/badge\"",
            "hx-trigger=\"load\"");
    assertThat(page.indexOf("已读的通知")).as("newest first").isLessThan(page.indexOf("活动通知：专题培训"));
    assertThat(page)
        .containsPattern("fw-bold\">\\s*<span class=\"badge text-bg-primary me-1\">未读</span>活动通知");
    assertThat(page).doesNotContainPattern("fw-bold\">\\s*(<span[^>]*>未读</span>)?已读的通知");

    long id =
        jdbc.sql("select id from notification where title = '活动通知：专题培训'")
            .query(Long.class)
            .single();
    mvc.perform(get("/notifications/" + id).with(user(signedIn("note-alice"))))
        .andExpect(redirectedUrl("/registry/activities/5"));
    assertThat(unread("note-alice")).isZero();
    mvc.perform(get("/notifications/" + id).with(user(signedIn("note-bob"))))
        .andExpect(status().isNotFound());

    system.run(() -> notifications.notifyAccounts(List.of(bob), "无链接", null, null));
    mvc.perform(get("/notifications/" + newest(bob)).with(user(signedIn("note-bob"))))
        .andExpect(redirectedUrl("/notifications"));
    system.run(() -> notifications.notifyAccounts(List.of(bob), "再一条", null, null));
    mvc.perform(post("/notifications/read-all").with(user(signedIn("note-bob"))).with(csrf()))
        .andExpect(redirectedUrl("/notifications"));
    assertThat(unread("note-bob")).isZero();
  }

  @Test
  void membersWithoutAnAccountAreSkipped() throws Exception {
    long withAccount = member("李明", "13900000001");
    long withoutAccount = member("赵强", "13900000002");
    long disabled = member("钱伟", "13900000003");
    account("13900000001", new Accounts.Binding(Role.MEMBER, withAccount, null, null));
    long disabledAccount =
        account("13900000003", new Accounts.Binding(Role.MEMBER, disabled, null, null));
    jdbc.sql("update account set enabled = false where id = :id")
        .param("id", disabledAccount)
        .update();

    assertThat(accounts.accountsOfMembers(List.of(withAccount, withoutAccount, disabled)))
        .containsOnlyKeys(withAccount);
    system.run(
        () ->
            notifications.notifyMembers(
                List.of(withAccount, withoutAccount, disabled), "请提交履职报告", null, "/notifications"));
    assertThat(unread("13900000001")).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single()).isOne();
  }

  @Test
  void sendingJoinsTheCallersTransaction() {
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status ->
                        system.run(
                            () -> {
                              notifications.notifyAccounts(List.of(alice), "不会送达", null, null);
                              throw new IllegalStateException("the caller's change was refused");
                            })))
        .isInstanceOf(IllegalStateException.class);
    assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single()).isZero();
  }

  @Test
  void refusesLinksToOtherSitesAndShortensLongTexts() {
    assertThatThrownBy(
            () ->
                system.run(
                    () ->
                        notifications.notifyAccounts(
                            List.of(alice), "钓鱼", null, "https://evil.example/")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                system.run(
                    () ->
                        notifications.notifyAccounts(
                            List.of(alice), "钓鱼", null, "//evil.example/")))
        .isInstanceOf(IllegalArgumentException.class);
    system.run(
        () ->
            notifications.notifyAccounts(List.of(alice), "长".repeat(300), "文".repeat(2000), null));
    String title = jdbc.sql("select title from notification").query(String.class).single();
    assertThat(title).hasSize(200).endsWith("…");
  }

  @Test
  void theApiIsDocumented() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/notifications'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/notifications/unread-count'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/notifications/{id}/read'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/notifications/read-all'].post").exists());
  }
}
