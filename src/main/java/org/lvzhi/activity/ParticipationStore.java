package org.lvzhi.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The participation table. Saving checks the version read, so concurrent moves cannot both win. */
@Repository
class ParticipationStore {

  private static final String COLUMNS =
      "id, activity_id, member_id, account_id, state, leave_reason,"
          + " leave_counts_against, leave_decided_by, checked_in_at, late, version";
  private final JdbcClient jdbc;

  ParticipationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Participation> ofActivity(long activityId) {
    return jdbc.sql("select " + COLUMNS + " from participation where activity_id = :id order by id")
        .param("id", activityId)
        .query(ParticipationStore::map)
        .list();
  }

  Optional<Participation> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from participation where id = :id")
        .param("id", id)
        .query(ParticipationStore::map)
        .optional();
  }

  Optional<Participation> ofMember(long activityId, long memberId) {
    return jdbc.sql(
            "select " + COLUMNS + " from participation where activity_id = :a and member_id = :m")
        .param("a", activityId)
        .param("m", memberId)
        .query(ParticipationStore::map)
        .optional();
  }

  Optional<Participation> ofAccount(long activityId, long accountId) {
    return jdbc.sql(
            "select " + COLUMNS + " from participation where activity_id = :a and account_id = :u")
        .param("a", activityId)
        .param("u", accountId)
        .query(ParticipationStore::map)
        .optional();
  }

  /** The activities a member or an account is invited to, with the state, latest first. */
  List<java.util.Map.Entry<Long, ParticipationState>> invitationsOf(
      Long memberId, long accountId, int limit) {
    return jdbc.sql(
            "select p.activity_id, p.state from participation p join activity a on a.id = p.activity_id"
                + " where (p.member_id = :member or p.account_id = :account)"
                + " order by a.starts_at desc, a.id desc limit :limit")
        .param("member", memberId == null ? -1L : memberId)
        .param("account", accountId)
        .param("limit", limit)
        .query(
            (rs, n) ->
                java.util.Map.entry(rs.getLong(1), ParticipationState.valueOf(rs.getString(2))))
        .list();
  }

  /**
   * How many invitations of this person wait for an answer (sign up or ask leave): still invited to
   * an activity of the working committee that is open and has not ended by {@code now}.
   */
  long unanswered(Long memberId, long accountId, java.time.LocalDateTime now) {
    return jdbc.sql(
            "select count(*) from participation p join activity a on a.id = p.activity_id"
                + " where (p.member_id = :member or p.account_id = :account)"
                + " and p.state = 'INVITED' and a.closed = false and a.cancelled = false"
                + " and a.ends_at > :now"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("a.committee_id"))
        .param("member", memberId == null ? -1L : memberId)
        .param("account", accountId)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  long insert(Participation participation) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into participation (activity_id, member_id, account_id, state, leave_reason, checked_in_at, late)"
                + " values (:a, :m, :u, :s, :reason, :at, :late)")
        .param("a", participation.activityId())
        .param("m", participation.memberId())
        .param("u", participation.accountId())
        .param("s", participation.state().name())
        .param("reason", participation.leaveReason())
        .param("at", participation.checkedInAt())
        .param("late", participation.late())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void save(Participation p) {
    int updated =
        jdbc.sql(
                "update participation set state = :state, leave_reason = :reason,"
                    + " leave_counts_against = :counts, leave_decided_by = :decider, checked_in_at = :at, late = :late,"
                    + " version = version + 1 where id = :id and version = :version")
            .param("state", p.state().name())
            .param("reason", p.leaveReason())
            .param("counts", p.leaveCountsAgainst())
            .param("decider", p.leaveDecidedBy())
            .param("at", p.checkedInAt())
            .param("late", p.late())
            .param("id", p.id())
            .param("version", p.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  private static Participation map(ResultSet rs, int row) throws SQLException {
    return new Participation(
        rs.getLong("id"),
        rs.getLong("activity_id"),
        (Long) rs.getObject("member_id", Long.class),
        (Long) rs.getObject("account_id", Long.class),
        ParticipationState.valueOf(rs.getString("state")),
        rs.getString("leave_reason"),
        (Boolean) rs.getObject("leave_counts_against", Boolean.class),
        rs.getString("leave_decided_by"),
        rs.getObject("checked_in_at", LocalDateTime.class),
        rs.getBoolean("late"),
        rs.getInt("version"));
  }
}
