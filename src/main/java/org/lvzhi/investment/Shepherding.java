package org.lvzhi.investment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shepherded projects (包抓): the one writer of a project's yearly investment targets and its monthly
 * ledger of planned and completed investment. Every write checks and bumps the row's version and is
 * recorded in the project's history; a recorded month is published. Reading is {@link
 * ShepherdingReads}.
 */
@Service
public class Shepherding {

  private final JdbcClient jdbc;
  private final Registers registers;
  private final History history;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;

  Shepherding(
      JdbcClient jdbc,
      Registers registers,
      History history,
      ApplicationEventPublisher events,
      java.time.Clock clock) {
    this.jdbc = jdbc;
    this.registers = registers;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void setTarget(long projectId, int year, Amount target) {
    CurrentUser.requirePermission(Projects.MOVE);
    registers.requireVisible(Projects.REGISTER, projectId);
    if (target == null || target.yuan().signum() <= 0) {
      throw new InvalidInputException(
          Map.of("targetWan", Texts.of("ledger.refused.targetPositive")));
    }
    Optional<Versioned> before =
        jdbc.sql(
                "select target_amount, version from project_year_target"
                    + " where project_id = :p and target_year = :y")
            .param("p", projectId)
            .param("y", year)
            .query((rs, n) -> new Versioned(rs.getBigDecimal(1), rs.getInt(2)))
            .optional();
    if (before.isPresent()) {
      requireOne(
          jdbc.sql(
                  "update project_year_target set target_amount = :t, version = version + 1"
                      + " where project_id = :p and target_year = :y and version = :v")
              .param("t", target.yuan())
              .param("p", projectId)
              .param("y", year)
              .param("v", before.get().version())
              .update());
    } else {
      jdbc.sql(
              "insert into project_year_target (project_id, target_year, target_amount, version) values (:p, :y, :t, 0)")
          .param("p", projectId)
          .param("y", year)
          .param("t", target.yuan())
          .update();
    }
    history.record(
        Projects.RECORD_TYPE,
        projectId,
        "TARGET",
        List.of(
            new Change("ledger.year", null, String.valueOf(year)),
            new Change(
                "ledger.targetWan",
                before.map(b -> new Amount(b.amount()).wanFigure()).orElse(null),
                target.wanFigure())));
  }

  /** Records one month's planned and completed investment (replacing what the month had). */
  @Transactional
  public void recordMonth(long projectId, int year, int month, Amount planned, Amount completed) {
    CurrentUser.requirePermission(Projects.MOVE);
    registers.requireVisible(Projects.REGISTER, projectId);
    writeMonth(projectId, year, month, planned, completed);
  }

  /**
   * What {@link #recordMonth} and the ledger import (which checked the user and the rows) write.
   */
  @Transactional
  void writeMonth(long projectId, int year, int month, Amount planned, Amount completed) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (month < 1 || month > 12) {
      problems.put("month", Texts.of("ledger.refused.month"));
    }
    if (year < 2000 || year > 2100) {
      problems.put("year", Texts.of("ledger.refused.year"));
    }
    if (planned == null || planned.isNegative()) {
      problems.put("planned", Texts.of("ledger.refused.plannedNegative"));
    }
    if (completed == null || completed.isNegative()) {
      problems.put("completed", Texts.of("ledger.refused.completedNegative"));
    } else if (problems.isEmpty()
        && completed.yuan().signum() > 0
        && java.time.YearMonth.of(year, month).isAfter(java.time.YearMonth.now(clock))) {
      // Investment is completed in a month that has begun; a plan for a later month is taken.
      problems.put(
          "completed", Texts.of("ledger.refused.completedFuture", String.valueOf(year), month));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Optional<Integer> version =
        jdbc.sql(
                "select version from project_ledger where project_id = :p"
                    + " and ledger_year = :y and ledger_month = :m")
            .param("p", projectId)
            .param("y", year)
            .param("m", month)
            .query(Integer.class)
            .optional();
    if (version.isPresent()) {
      requireOne(
          jdbc.sql(
                  "update project_ledger set planned = :planned, completed = :completed, version = version + 1"
                      + " where project_id = :p and ledger_year = :y and ledger_month = :m and version = :v")
              .param("p", projectId)
              .param("y", year)
              .param("m", month)
              .param("planned", planned.yuan())
              .param("completed", completed.yuan())
              .param("v", version.get())
              .update());
    } else {
      jdbc.sql(
              "insert into project_ledger (project_id, ledger_year, ledger_month, planned, completed, version)"
                  + " values (:p, :y, :m, :planned, :completed, 0)")
          .param("p", projectId)
          .param("y", year)
          .param("m", month)
          .param("planned", planned.yuan())
          .param("completed", completed.yuan())
          .update();
    }
    // History keeps the month and the figures in 万元, which read alike in every language (ADR 3).
    history.record(
        Projects.RECORD_TYPE,
        projectId,
        "LEDGER",
        List.of(
            new Change("ledger.month", null, java.time.YearMonth.of(year, month).toString()),
            new Change("ledger.planned", null, planned.wanFigure()),
            new Change("ledger.completedMonth", null, completed.wanFigure())));
    events.publishEvent(
        new LedgerMonthRecorded(
            projectId,
            year,
            month,
            planned.yuan().toPlainString(),
            completed.yuan().toPlainString()));
  }

  private record Versioned(BigDecimal amount, int version) {}

  private static void requireOne(int updated) {
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }
}
