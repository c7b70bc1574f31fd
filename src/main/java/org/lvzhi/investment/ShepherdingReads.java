package org.lvzhi.investment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.lvzhi.shared.RagFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shepherded projects as they are read: a year's ledger, a project's standing (completion and
 * flag), its milestones. Read-only and independent of the register, so the register's panels may
 * use it; callers check visibility (the register engine does for the pages it shows).
 */
@Component
public class ShepherdingReads {

  /** A shepherded project's standing in a year. */
  public record Standing(
      long projectId,
      String name,
      String shepherds,
      Amount target,
      Amount completed,
      Optional<Percent> completion,
      long overdueProblems,
      long overdueMilestones,
      RagFlag flag) {}

  /** A milestone of a project; overdue when not done by today. */
  public record Milestone(
      long id, String name, LocalDate plannedOn, LocalDate doneOn, boolean overdue) {}

  private final JdbcClient jdbc;
  private final InvestmentProperties properties;
  private final ProblemCounts problems;
  private final Clock clock;

  ShepherdingReads(
      JdbcClient jdbc, InvestmentProperties properties, ProblemCounts problems, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.problems = problems;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Ledger ledger(long projectId, int year) {
    Amount target =
        jdbc.sql(
                "select target_amount from project_year_target where project_id = :p and target_year = :y")
            .param("p", projectId)
            .param("y", year)
            .query(BigDecimal.class)
            .optional()
            .map(Amount::new)
            .orElse(null);
    List<Ledger.Month> months =
        jdbc.sql(
                "select ledger_month, planned, completed from project_ledger"
                    + " where project_id = :p and ledger_year = :y order by ledger_month")
            .param("p", projectId)
            .param("y", year)
            .query(
                (rs, n) ->
                    new Ledger.Month(
                        rs.getInt(1),
                        new Amount(rs.getBigDecimal(2)),
                        new Amount(rs.getBigDecimal(3))))
            .list();
    return new Ledger(target, months);
  }

  /** Every project of the committee with a target in the year, with its standing. */
  @Transactional(readOnly = true)
  public List<Standing> standings(long committeeId, int year) {
    LocalDate asOf = asOf(year);
    Percent elapsed = elapsed(year, asOf);
    return jdbc
        .sql(
            "select p.id from investment_project p where p.committee_id = :committeeId"
                + " and exists (select 1 from project_year_target t"
                + " where t.project_id = p.id and t.target_year = :y) order by p.id")
        .param("committeeId", committeeId)
        .param("y", year)
        .query(Long.class)
        .list()
        .stream()
        .map(id -> standing(id, year, elapsed, asOf))
        .toList();
  }

  @Transactional(readOnly = true)
  public Standing standing(long projectId, int year) {
    LocalDate asOf = asOf(year);
    return standing(projectId, year, elapsed(year, asOf), asOf);
  }

  @Transactional(readOnly = true)
  public List<Milestone> milestones(long projectId) {
    LocalDate today = LocalDate.now(clock);
    return jdbc.sql(
            "select id, name, planned_on, done_on from project_milestone where project_id = :id"
                + " order by planned_on, id")
        .param("id", projectId)
        .query(
            (rs, n) -> {
              LocalDate planned = rs.getObject(3, LocalDate.class);
              LocalDate done = rs.getObject(4, LocalDate.class);
              return new Milestone(
                  rs.getLong(1),
                  rs.getString(2),
                  planned,
                  done,
                  done == null && planned.isBefore(today));
            })
        .list();
  }

  private LocalDate asOf(int year) {
    LocalDate today = LocalDate.now(clock);
    return today.getYear() == year ? today : LocalDate.of(year, 12, 31);
  }

  private Percent elapsed(int year, LocalDate asOf) {
    return LocalDate.now(clock).getYear() < year
        ? new Percent(BigDecimal.ZERO)
        : RagFlag.elapsed(asOf);
  }

  private Standing standing(long projectId, int year, Percent elapsed, LocalDate asOf) {
    Ledger ledger = ledger(projectId, year);
    String name =
        jdbc.sql("select name from investment_project where id = :id")
            .param("id", projectId)
            .query(String.class)
            .single();
    String shepherds =
        String.join(
            "、",
            jdbc.sql(
                    "select m.name from project_shepherd s join member m"
                        + " on m.id = s.member_id where s.project_id = :id order by m.id")
                .param("id", projectId)
                .query(String.class)
                .list());
    long overdueMilestones =
        jdbc.sql(
                "select count(*) from project_milestone where project_id = :id"
                    + " and done_on is null and planned_on < :asOf")
            .param("id", projectId)
            .param("asOf", asOf)
            .query(Long.class)
            .single();
    long overdueProblems = problems.overdue(projectId);
    RagFlag flag =
        RagFlag.of(
            ledger.completion(),
            elapsed,
            overdueProblems,
            overdueMilestones,
            properties.thresholds());
    return new Standing(
        projectId,
        name,
        shepherds,
        ledger.target(),
        ledger.completed(),
        ledger.completion(),
        overdueProblems,
        overdueMilestones,
        flag);
  }
}
