package org.lvzhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doThrow;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The first proof of ADR 6: a notice whose listener fails leaves the move committed, and the notice
 * arrives — once — when the publication is resubmitted, as {@code EventDelivery} does every minute.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:problem-notice-retry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
class ProblemNoticeRetryTest {

  @MockitoSpyBean Notifications notifications;
  @Autowired Rectifications rectifications;
  @Autowired IncompleteEventPublications incomplete;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void aFailingNoticeLeavesTheAssignmentDoneAndArrivesOnceWhenRetried() {
    long unit = jdbc.sql("select id from unit order by id desc limit 1").query(Long.class).single();
    long clerk =
        system.call(
            () ->
                accounts.create(
                    "retry-unit",
                    "retry-unit",
                    new Accounts.Binding(Role.UNIT, null, unit, null),
                    "Retry-Test-2026",
                    false));
    long problem =
        system.call(
            () ->
                rectifications.raise(
                    "supervision", 1, "营商环境专项监督", "/supervision/1", "审批窗口排队时间过长", null));
    doThrow(new IllegalStateException("the notification store is down"))
        .doCallRealMethod()
        .when(notifications)
        .notifyAccounts(anyCollection(), any(org.lvzhi.system.Text.class), any(), any());

    // the listener fails after the commit; the move does not see it
    system.run(() -> rectifications.assign(problem, unit, LocalDate.now(clock).plusDays(10)));

    assertThat(
            jdbc.sql("select status from rectification where id = :id")
                .param("id", problem)
                .query(String.class)
                .single())
        .isEqualTo("ASSIGNED");
    assertThat(noticesOf(clerk)).isZero();
    assertThat(incompleteAssignments()).isEqualTo(1);

    incomplete.resubmitIncompletePublications(publication -> true);

    assertThat(noticesOf(clerk)).isEqualTo(1);
    assertThat(
            jdbc.sql("select title from notification where account_id = :a")
                .param("a", clerk)
                .query(String.class)
                .single())
        .isEqualTo("整改交办：审批窗口排队时间过长");
    assertThat(incompleteAssignments()).isZero();
    incomplete.resubmitIncompletePublications(publication -> true);
    assertThat(noticesOf(clerk)).as("a completed publication is not delivered again").isEqualTo(1);
  }

  private long noticesOf(long account) {
    return jdbc.sql("select count(*) from notification where account_id = :a")
        .param("a", account)
        .query(Long.class)
        .single();
  }

  private long incompleteAssignments() {
    return jdbc.sql(
            "select count(*) from event_publication where completion_date is null and event_type like :type")
        .param("type", "%" + ProblemAssigned.class.getSimpleName())
        .query(Long.class)
        .single();
  }
}
