package org.lvzhi.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.HomeContribution;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.MenuItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What proposals put on the home page, for the signed-in person: the office's submitted proposals
 * to review, accepted ones to assign, units' requests (return, more time) to decide and replies to
 * check; a unit's proposals to acknowledge, in hand and overdue; a member's joint proposals
 * awaiting their confirmation, those returned to them and replies awaiting their rating; a leader's
 * supervised key proposals that are overdue. Counted in one query, within the user's committee and
 * scope.
 */
@Component
class ProposalHome implements HomeContribution {

  private static final String LIST = "/registry/" + Proposals.REGISTER;

  /** Each count's condition on {@code proposal t}; :unit, :member and :today are bound. */
  private static final List<String> COUNTS =
      List.of(
          "t.status = 'SUBMITTED'",
          "t.status = 'ACCEPTED'",
          "exists (select 1 from proposal_unit r where r.proposal_id = t.id and (r.state ="
              + " 'RETURN_REQUESTED' or r.extension_until is not null))",
          "t.status = 'REPLIED'",
          "t.status in ('ASSIGNED', 'IN_PROGRESS') and exists (select 1 from proposal_unit u"
              + " where u.proposal_id = t.id and u.unit_id = :unit and u.state = 'ASSIGNED')",
          "t.status = 'IN_PROGRESS' and exists (select 1 from proposal_unit u where u.proposal_id ="
              + " t.id and u.unit_id = :unit and u.state = 'ACKNOWLEDGED' and (u.lead = true or"
              + " u.opinion is null))",
          ProposalStore.OVERDUE
              + " and exists (select 1 from proposal_unit u where u.proposal_id = t.id"
              + " and u.unit_id = :unit)",
          "t.status = 'AWAITING_COSIGNERS' and exists (select 1 from proposal_cosigner c where"
              + " c.proposal_id = t.id and c.member_id = :member and c.confirmed_on is null)",
          "t.status = 'RETURNED' and t.lead_member_id = :member",
          "t.status = 'AWAITING_FEEDBACK' and t.lead_member_id = :member",
          ProposalStore.OVERDUE
              + " and t.key_proposal = true and t.supervisor_member_id = :member");

  private final JdbcClient jdbc;
  private final Clock clock;

  ProposalHome(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<Waiting> waiting(LvzhiUser user) {
    if (!user.can(Proposals.VIEW) || user.scope() instanceof DataScope.Nothing) {
      return List.of();
    }
    long[] n = counts(user);
    List<Waiting> waiting = new ArrayList<>();
    if (user.can(Proposals.REVIEW)) {
      waiting.add(item("to-review", n[0], LIST + "?f_status=SUBMITTED", false, 20));
      waiting.add(item("to-assign", n[1], LIST + "?f_status=ACCEPTED", false, 21));
      waiting.add(item("requests", n[2], LIST + "?f_status=IN_PROGRESS", false, 22));
      waiting.add(item("to-check", n[3], LIST + "?f_status=REPLIED", false, 23));
    }
    if (user.can(Proposals.HANDLE) && user.unitId() != null) {
      waiting.add(item("to-acknowledge", n[4], LIST + "?f_status=ASSIGNED", false, 20));
      waiting.add(item("in-hand", n[5], LIST + "?f_status=IN_PROGRESS", false, 21));
      waiting.add(item("unit-overdue", n[6], "/proposals/overdue", true, 19));
    }
    if (user.memberId() != null && user.can(Proposals.DRAFT)) {
      waiting.add(item("to-confirm", n[7], "/proposals/mine", false, 20));
      waiting.add(item("returned", n[8], LIST + "?f_status=RETURNED", false, 21));
      waiting.add(item("to-rate", n[9], LIST + "?f_status=AWAITING_FEEDBACK", false, 22));
    }
    if (user.memberId() != null && user.can(Proposals.URGE)) {
      waiting.add(item("supervised-overdue", n[10], "/proposals/overdue", true, 19));
    }
    return waiting;
  }

  @Override
  public List<MenuItem> shortcuts(LvzhiUser user) {
    return List.of(
        new MenuItem("menu.section.proposal", "registry.proposals", LIST, Proposals.VIEW, 41));
  }

  private long[] counts(LvzhiUser user) {
    ProposalStore.Visible visible = ProposalStore.Visible.to(user.scope());
    StringBuilder sums = new StringBuilder();
    for (String condition : COUNTS) {
      sums.append(sums.length() == 0 ? "" : ", ")
          .append("coalesce(sum(case when ")
          .append(condition)
          .append(" then 1 else 0 end), 0)");
    }
    return jdbc.sql("select " + sums + " from proposal t where " + visible.predicate())
        .param("scopeId", visible.scopeId())
        .param("unit", user.unitId() == null ? -1L : user.unitId())
        .param("member", user.memberId() == null ? -1L : user.memberId())
        .param("today", LocalDate.now(clock))
        .query(
            (rs, row) -> {
              long[] values = new long[COUNTS.size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
              }
              return values;
            })
        .single();
  }

  private static Waiting item(String kind, long count, String href, boolean overdue, int order) {
    return new Waiting(
        "proposal." + kind, "home.waiting.proposal." + kind, count, href, overdue, order);
  }
}
