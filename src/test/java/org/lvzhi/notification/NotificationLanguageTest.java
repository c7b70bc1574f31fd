package org.lvzhi.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.lvzhi.system.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A notice is read in the reader's language: the keys and arguments are kept, not only Chinese. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:notification-language;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!"
    })
@AutoConfigureMockMvc
class NotificationLanguageTest {

  private static final String PASSWORD = "Notice-Language-2026";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;
  @Autowired Notifications notifications;

  @Test
  void theSameNoticeReadsInChineseAndInEnglish() throws Exception {
    long reader =
        system.call(
            () ->
                accounts.create(
                    "notice-reader", "读者", Accounts.Binding.of(Role.STAFF), PASSWORD, false));
    system.run(
        () ->
            notifications.notifyAccounts(
                List.of(reader),
                Text.of("notice.leaveRequested.title", "专题培训"),
                Text.of("notice.leaveRequested.body", "王芳", "外出调研"),
                "/registry/activities/1"));

    mvc.perform(get("/api/v1/notifications").with(httpBasic("notice-reader", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].title").value("请假待审批：专题培训"));
    mvc.perform(
            get("/api/v1/notifications")
                .cookie(new Cookie("lvzhi-lang", "en"))
                .with(httpBasic("notice-reader", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].title").value("Leave to decide: 专题培训"))
        .andExpect(jsonPath("$[0].body").value("王芳 asks leave: 外出调研"));
  }
}
