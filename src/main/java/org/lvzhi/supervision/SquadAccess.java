package org.lvzhi.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.LvzhiUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who serves on which squad, and so who may see and record what: the office and special committees'
 * clerks (who keep the squads) see and record every visit of the committee, leaders see every
 * visit; a member — a leader among them — records and verifies for the squads they lead or serve
 * on, and sees those squads' visits only.
 */
@Component
class SquadAccess {

  /** A squad as pages and rules need it. */
  record Squad(long id, String name, long leaderMemberId, Long specialCommitteeId) {}

  private final JdbcClient jdbc;

  SquadAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Squad> squad(long id) {
    return jdbc.sql(
            "select id, name, leader_member_id, special_committee_id from supervision_squad"
                + " where id = :id"
                + CurrentUser.inWorkingCommittee("committee_id"))
        .param("id", id)
        .query(
            (rs, n) ->
                new Squad(
                    rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, Long.class)))
        .optional();
  }

  /** The working committee's squads by name. */
  Map<Long, String> all() {
    Map<Long, String> names = new LinkedHashMap<>();
    jdbc.sql(
            "select id, name from supervision_squad where 1 = 1"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by name, id")
        .query(
            rs -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    return names;
  }

  /** The squads a member leads or serves on. */
  List<Long> squadsOf(long memberId) {
    return jdbc.sql(
            "select s.id from supervision_squad s where (s.leader_member_id = :m or exists (select 1"
                + " from supervision_squad_member x where x.squad_id = s.id and x.member_id = :m))"
                + CurrentUser.inWorkingCommittee("s.committee_id")
                + " order by s.name, s.id")
        .param("m", memberId)
        .query(Long.class)
        .list();
  }

  /** The leader and members of a squad. */
  List<Long> people(long squadId) {
    List<Long> people = new ArrayList<>();
    squad(squadId).ifPresent(s -> people.add(s.leaderMemberId()));
    jdbc
        .sql(
            "select member_id from supervision_squad_member where squad_id = :s order by member_id")
        .param("s", squadId)
        .query(Long.class)
        .list()
        .stream()
        .filter(m -> !people.contains(m))
        .forEach(people::add);
    return people;
  }

  /** Whether the user sees every visit of the committee (office, special committees, leaders). */
  static boolean seesAll(LvzhiUser user) {
    return user.can(SupervisionAccess.VIEW)
        && (user.scope() instanceof DataScope.Everything
            || user.scope() instanceof DataScope.OwnSpecialCommittee);
  }

  /** Whether the user keeps the squads and records for any of them. */
  static boolean office(LvzhiUser user) {
    return user.can(SupervisionAccess.EDIT);
  }

  /** Squads whose visits the user sees: null for all of the committee. */
  List<Long> visibleSquads(LvzhiUser user) {
    if (seesAll(user)) {
      return null;
    }
    if (!user.can(SupervisionAccess.VIEW) || user.memberId() == null) {
      return List.of();
    }
    return squadsOf(user.memberId());
  }

  boolean maySee(LvzhiUser user, long squadId) {
    List<Long> squads = visibleSquads(user);
    return squads == null || squads.contains(squadId);
  }

  /** Whether the user may record visits, findings and outcomes for the squad, and verify them. */
  boolean mayRecordFor(LvzhiUser user, long squadId) {
    if (!user.can(SupervisionAccess.RECORD) || user.onlyViews()) {
      return false;
    }
    return office(user) || user.memberId() != null && squadsOf(user.memberId()).contains(squadId);
  }
}
