package org.lvzhi.investment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shepherded projects (包抓): the year's investment target per project, the monthly ledger of planned
 * and completed investment, and the flag comparing completion with the year elapsed.
 */
@Service
public class Shepherding {

  /** A shepherded project's standing in a year. */
  public record Standing(long projectId, String name, String shepherds, Amount target, Amount completed,
      Optional<Percent> completion, long overdueProblems, long overdueMilestones, RagFlag flag) {}

  private final JdbcClient jdbc;
  private final Projects projects;
  private final History history;
  private final InvestmentProperties properties;
  private final ProblemCounts problems;
  private final Clock clock;

  Shepherding(JdbcClient jdbc, Projects projects, History history, InvestmentProperties properties,
      ProblemCounts problems, Clock clock) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.history = history;
    this.properties = properties;
    this.problems = problems;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Ledger ledger(long projectId, int year) {
    Amount target = jdbc.sql("select target_amount from project_year_target where project_id = :p and target_year = :y")
        .param("p", projectId).param("y", year).query(BigDecimal.class).optional().map(Amount::new).orElse(null);
    List<Ledger.Month> months = jdbc.sql("select ledger_month, planned, completed from project_ledger"
            + " where project_id = :p and ledger_year = :y order by ledger_month")
        .param("p", projectId).param("y", year)
        .query((rs, n) -> new Ledger.Month(rs.getInt(1), new Amount(rs.getBigDecimal(2)), new Amount(rs.getBigDecimal(3))))
        .list();
    return new Ledger(target, months);
  }

  @Transactional
  public void setTarget(long projectId, int year, Amount target) {
    CurrentUser.requirePermission(Projects.MOVE);
    projects.visible(projectId);
    if (target == null || target.yuan().signum() <= 0) {
      throw new InvalidInputException(Map.of("targetWan", "年度投资目标须大于零。"));
    }
    Optional<BigDecimal> before = jdbc.sql("select target_amount from project_year_target where project_id = :p"
        + " and target_year = :y").param("p", projectId).param("y", year).query(BigDecimal.class).optional();
    jdbc.sql("delete from project_year_target where project_id = :p and target_year = :y")
        .param("p", projectId).param("y", year).update();
    jdbc.sql("insert into project_year_target (project_id, target_year, target_amount) values (:p, :y, :t)")
        .param("p", projectId).param("y", year).param("t", target.yuan()).update();
    history.record(Projects.RECORD_TYPE, projectId, "TARGET", List.of(new Change("ledger.target",
        before.map(b -> year + "年 " + new Amount(b).display()).orElse(null), year + "年 " + target.display())));
  }

  /** Records one month's planned and completed investment (replacing what the month had). */
  @Transactional
  public void recordMonth(long projectId, int year, int month, Amount planned, Amount completed) {
    CurrentUser.requirePermission(Projects.MOVE);
    projects.visible(projectId);
    writeMonth(projectId, year, month, planned, completed);
  }

  @Transactional
  void writeMonth(long projectId, int year, int month, Amount planned, Amount completed) {
    Map<String, String> problems = new java.util.LinkedHashMap<>();
    if (month < 1 || month > 12) {
      problems.put("month", "月份应为1到12。");
    }
    if (year < 2000 || year > 2100) {
      problems.put("year", "年度不正确。");
    }
    if (planned == null || planned.isNegative()) {
      problems.put("planned", "计划投资不能为负数。");
    }
    if (completed == null || completed.isNegative()) {
      problems.put("completed", "完成投资不能为负数。");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    jdbc.sql("delete from project_ledger where project_id = :p and ledger_year = :y and ledger_month = :m")
        .param("p", projectId).param("y", year).param("m", month).update();
    jdbc.sql("insert into project_ledger (project_id, ledger_year, ledger_month, planned, completed)"
            + " values (:p, :y, :m, :planned, :completed)")
        .param("p", projectId).param("y", year).param("m", month).param("planned", planned.yuan())
        .param("completed", completed.yuan()).update();
    history.record(Projects.RECORD_TYPE, projectId, "LEDGER", List.of(new Change("ledger.month", null,
        year + "年" + month + "月 计划" + planned.display() + "，完成" + completed.display())));
  }

  /** Every project with a target in the year, or shepherded by someone, with its standing. */
  @Transactional(readOnly = true)
  public List<Standing> standings(int year) {
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
    Percent elapsed = today.getYear() < year ? new Percent(BigDecimal.ZERO) : RagFlag.elapsed(asOf);
    List<Standing> standings = new ArrayList<>();
    jdbc.sql("select p.id, p.name from investment_project p where exists (select 1 from project_year_target t"
            + " where t.project_id = p.id and t.target_year = :y) order by p.id")
        .param("y", year)
        .query((rs, n) -> new long[] {rs.getLong(1)})
        .list()
        .forEach(row -> standings.add(standing(row[0], year, elapsed, asOf)));
    return standings;
  }

  @Transactional(readOnly = true)
  public Standing standing(long projectId, int year) {
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
    Percent elapsed = today.getYear() < year ? new Percent(BigDecimal.ZERO) : RagFlag.elapsed(asOf);
    return standing(projectId, year, elapsed, asOf);
  }

  private Standing standing(long projectId, int year, Percent elapsed, LocalDate asOf) {
    Ledger ledger = ledger(projectId, year);
    String name = jdbc.sql("select name from investment_project where id = :id").param("id", projectId)
        .query(String.class).single();
    String shepherds = String.join("、", jdbc.sql("select m.name from project_shepherd s join member m"
        + " on m.id = s.member_id where s.project_id = :id order by m.id").param("id", projectId)
        .query(String.class).list());
    long overdueMilestones = jdbc.sql("select count(*) from project_milestone where project_id = :id"
            + " and done_on is null and planned_on < :asOf")
        .param("id", projectId).param("asOf", asOf).query(Long.class).single();
    long overdueProblems = problems.overdue(projectId);
    RagFlag flag = RagFlag.of(ledger.completion(), elapsed, overdueProblems, overdueMilestones,
        properties.thresholds());
    return new Standing(projectId, name, shepherds, ledger.target(), ledger.completed(), ledger.completion(),
        overdueProblems, overdueMilestones, flag);
  }
}
