package org.lvzhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.LvzhiApplication;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The second proof of ADR 6: a process stopped between a move and its listeners — here one whose
 * listeners never get to run — leaves the move's event stored with it, and the next start of the
 * application on the same database delivers the notice.
 */
class ProblemNoticeAfterRestartTest {

  private static final String PASSWORD = "Restart-Test-2026";

  /**
   * A process that commits moves but is "killed" before any listener runs: their tasks are dropped.
   */
  @Configuration(proxyBeanMethods = false)
  static class ListenersNeverRun {

    @Bean(name = "taskExecutor")
    TaskExecutor taskExecutor() {
      return task -> {
        // dropped, as a killed process drops the work it had queued
      };
    }
  }

  @Test
  void aNoticeLeftUndeliveredByAStoppedProcessArrivesAfterTheRestart(@TempDir Path data) {
    long clerk;
    long problem;
    try (ConfigurableApplicationContext killed = start(data, true)) {
      JdbcClient jdbc = killed.getBean(JdbcClient.class);
      SystemActor system = killed.getBean(SystemActor.class);
      Accounts accounts = killed.getBean(Accounts.class);
      Rectifications rectifications = killed.getBean(Rectifications.class);
      LocalDate today = LocalDate.now(killed.getBean(Clock.class));
      long unit =
          jdbc.sql("select id from unit order by id desc limit 1").query(Long.class).single();
      clerk =
          system.call(
              () ->
                  accounts.create(
                      "restart-unit",
                      "restart-unit",
                      new Accounts.Binding(Role.UNIT, null, unit, null),
                      PASSWORD,
                      false));
      problem =
          system.call(
              () ->
                  rectifications.raise(
                      "supervision", 1, "营商环境专项监督", "/supervision/1", "企业开办材料重复提交", null));
      system.run(() -> rectifications.assign(problem, unit, today.plusDays(10)));

      assertThat(status(jdbc, problem)).isEqualTo("ASSIGNED");
      assertThat(notices(jdbc, clerk)).isZero();
      assertThat(
              jdbc.sql(
                      "select count(*) from event_publication where completion_date is null"
                          + " and event_type like '%ProblemAssigned'")
                  .query(Long.class)
                  .single())
          .isPositive();
    }

    try (ConfigurableApplicationContext restarted = start(data, false)) {
      JdbcClient jdbc = restarted.getBean(JdbcClient.class);
      assertThat(status(jdbc, problem)).isEqualTo("ASSIGNED");
      waitFor(() -> notices(jdbc, clerk) > 0);
      assertThat(
              jdbc.sql("select title from notification where account_id = :a")
                  .param("a", clerk)
                  .query(String.class)
                  .single())
          .isEqualTo("整改交办：企业开办材料重复提交");
    }
  }

  private static ConfigurableApplicationContext start(Path data, boolean killed) {
    // As command-line arguments, which outrank the tests' config/application.properties.
    String[] arguments = {
      "--spring.datasource.url=jdbc:h2:file:"
          + data.resolve("db")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
      "--lvzhi.data-dir=" + data,
      "--lvzhi.admin.password=Yunxi-Pass-2026!",
      "--lvzhi.demo=" + killed,
      "--server.port=0",
      "--lvzhi.events.deliver-inline=" + !killed
    };
    SpringApplicationBuilder builder =
        killed
            ? new SpringApplicationBuilder(LvzhiApplication.class, ListenersNeverRun.class)
            : new SpringApplicationBuilder(LvzhiApplication.class);
    return builder.run(arguments);
  }

  private static String status(JdbcClient jdbc, long problem) {
    return jdbc.sql("select status from rectification where id = :id")
        .param("id", problem)
        .query(String.class)
        .single();
  }

  private static long notices(JdbcClient jdbc, long account) {
    return jdbc.sql("select count(*) from notification where account_id = :a")
        .param("a", account)
        .query(Long.class)
        .single();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    long until = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean() && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
