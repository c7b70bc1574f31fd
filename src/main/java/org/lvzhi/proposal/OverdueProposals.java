package org.lvzhi.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lvzhi.organisation.Units;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue lists (超期提案): for the office and leaders, every overdue proposal of the committee by
 * lead unit; for a unit's clerk, its own unit's overdue proposals (as lead unit or co-unit) and
 * those due within {@link #DUE_SOON_DAYS} days. Overdue: past the due date (as extended), assigned
 * or in progress, not replied.
 */
@Service
public class OverdueProposals {

  public static final int DUE_SOON_DAYS = 14;

  private final JdbcClient jdbc;
  private final Units units;
  private final Clock clock;

  OverdueProposals(JdbcClient jdbc, Units units, Clock clock) {
    this.jdbc = jdbc;
    this.units = units;
    this.clock = clock;
  }

  /** One proposal on the list; {@code days} past its due date (negative: days left). */
  public record Item(
      long id,
      Integer number,
      String subject,
      Long leadUnitId,
      String leadUnit,
      LocalDate assignedOn,
      LocalDate dueOn,
      long days,
      boolean keyProposal,
      Long supervisorMemberId,
      int urged,
      LocalDate urgedOn,
      boolean mayUrge) {}

  /** A lead unit's overdue proposals. */
  public record UnitGroup(Long unitId, String unit, List<Item> proposals) {}

  /**
   * The list: overdue proposals by lead unit; those due soon (a unit's clerk only); whether the
   * list is one unit's.
   */
  public record View(
      LocalDate today,
      Long ownUnitId,
      String ownUnit,
      List<UnitGroup> overdue,
      List<Item> dueSoon) {

    public long overdueCount() {
      return overdue.stream().mapToLong(g -> g.proposals().size()).sum();
    }
  }

  @Transactional(readOnly = true)
  public View forCurrentUser() {
    LvzhiUser user = CurrentUser.requirePermission(Proposals.VIEW);
    boolean unit = user.scope() instanceof DataScope.OwnUnit;
    if (!unit && !(user.scope() instanceof DataScope.Everything)) {
      throw new NotAllowedException("proposal.overdueList.notForYou");
    }
    LocalDate today = LocalDate.now(clock);
    ProposalStore.Visible visible = ProposalStore.Visible.to(user.scope());
    List<Item> overdue = items(visible, ProposalStore.OVERDUE, today, user);
    Map<Long, List<Item>> byUnit = new LinkedHashMap<>();
    overdue.forEach(i -> byUnit.computeIfAbsent(i.leadUnitId(), k -> new ArrayList<>()).add(i));
    List<UnitGroup> groups = new ArrayList<>();
    byUnit.forEach(
        (id, items) -> groups.add(new UnitGroup(id, items.get(0).leadUnit(), List.copyOf(items))));
    groups.sort(
        java.util.Comparator.comparingInt((UnitGroup g) -> -g.proposals().size())
            .thenComparing(g -> Objects.toString(g.unit(), "")));
    List<Item> dueSoon =
        unit
            ? items(
                visible,
                "t.status in ('ASSIGNED', 'IN_PROGRESS') and t.due_on >= :today"
                    + " and t.due_on <= :soon",
                today,
                user)
            : List.of();
    String ownUnit = unit ? units.names(List.of(user.unitId())).get(user.unitId()) : null;
    return new View(today, unit ? user.unitId() : null, ownUnit, groups, dueSoon);
  }

  private List<Item> items(
      ProposalStore.Visible visible, String condition, LocalDate today, LvzhiUser user) {
    List<Item> items =
        jdbc.sql(
                "select t.id, t.number, t.subject, lu.unit_id, t.assigned_on, t.due_on,"
                    + " t.key_proposal, t.supervisor_member_id, t.urged, t.urged_on"
                    + " from proposal t left join proposal_unit lu on lu.proposal_id = t.id"
                    + " and lu.lead = true where ("
                    + visible.predicate()
                    + ") and ("
                    + condition
                    + ") order by t.due_on, t.number, t.id")
            .param("scopeId", visible.scopeId())
            .param("today", today)
            .param("soon", today.plusDays(DUE_SOON_DAYS))
            .query(
                (rs, n) -> {
                  LocalDate due = rs.getObject(6, LocalDate.class);
                  Long supervisor = rs.getObject(8, Long.class);
                  return new Item(
                      rs.getLong(1),
                      rs.getObject(2, Integer.class),
                      rs.getString(3),
                      rs.getObject(4, Long.class),
                      null,
                      rs.getObject(5, LocalDate.class),
                      due,
                      ChronoUnit.DAYS.between(due, today),
                      rs.getBoolean(7),
                      supervisor,
                      rs.getInt(9),
                      rs.getObject(10, LocalDate.class),
                      mayUrge(user, supervisor));
                })
            .list();
    Map<Long, String> names =
        units.names(items.stream().map(Item::leadUnitId).filter(Objects::nonNull).toList());
    return items.stream()
        .map(
            i ->
                new Item(
                    i.id(),
                    i.number(),
                    i.subject(),
                    i.leadUnitId(),
                    names.get(i.leadUnitId()),
                    i.assignedOn(),
                    i.dueOn(),
                    i.days(),
                    i.keyProposal(),
                    i.supervisorMemberId(),
                    i.urged(),
                    i.urgedOn(),
                    i.mayUrge()))
        .toList();
  }

  /** As {@link Proposals#urge}: the office, or the leader supervising the key proposal. */
  private static boolean mayUrge(LvzhiUser user, Long supervisor) {
    return user.can(Proposals.URGE)
        && (user.can(Proposals.REVIEW)
            || user.memberId() != null && user.memberId().equals(supervisor));
  }
}
