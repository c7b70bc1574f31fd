package org.lvzhi.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The rectification table, and its only writer: the moves of {@link Rectifications} and the
 * register's edits of the wording ({@link RectificationWriter}) both save here over the version
 * read, bumping it, so two concurrent changes cannot both win. Reads are limited in SQL to what a
 * user may see — the same predicates the register declares ({@link #scope()}) — so a problem
 * outside it is simply not found.
 */
@Repository
class RectificationStore {

  static final String TABLE = "rectification";

  /** A unit's clerk sees the problems assigned to the unit. */
  static final String OWN_UNIT = "t.unit_id = :scopeId";

  /** A special committee's clerk raises and follows problems wherever they were found. */
  static final String ALL = "1 = 1";

  /** Overdue on :today: due before it and not resolved. */
  static final String OVERDUE = "t.due_on < :today and t.status not in ('RESOLVED', 'VERIFIED')";

  private static final String COLUMNS =
      "t.id, t.title, t.description, t.source_type, t.source_id, t.source_label,"
          + " t.source_path, t.raised_by, t.raised_on, t.status, t.unit_id, t.due_on, t.assigned_on, t.acknowledged_on,"
          + " t.measures, t.resolved_on, t.verified_on, t.reopened_on, t.reopen_reason, t.version";
  private final JdbcClient jdbc;

  RectificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What the register's pages and API show to whom; {@link Visible} applies the same predicates
   * here.
   */
  static ScopePolicy scope() {
    return ScopePolicy.wholeCommitteeOnly().ownUnit(OWN_UNIT).ownSpecialCommittee(ALL);
  }

  /**
   * The predicate and :scopeId limiting {@code rectification t} to what a scope may see, within the
   * committee the user works in (ADR 7).
   */
  record Visible(String predicate, long scopeId) {

    static Visible to(DataScope scope) {
      Visible visible;
      if (scope instanceof DataScope.Everything) {
        visible = new Visible(ALL, 0);
      } else if (scope instanceof DataScope.OwnUnit unit) {
        visible = new Visible(OWN_UNIT, unit.unitId());
      } else if (scope instanceof DataScope.OwnSpecialCommittee) {
        visible = new Visible(ALL, 0);
      } else {
        visible = new Visible("1 = 0", 0);
      }
      return new Visible(
          "(" + visible.predicate() + ")" + CurrentUser.inWorkingCommittee("t.committee_id"),
          visible.scopeId());
    }
  }

  Optional<Rectification> find(long id, Visible visible) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from rectification t where t.id = :id and ("
                + visible.predicate()
                + ")")
        .param("id", id)
        .param("scopeId", visible.scopeId())
        .query(RectificationStore::map)
        .optional();
  }

  List<Rectification> ofSource(SourceType type, long sourceId, Visible visible) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from rectification t where t.source_type = :type and t.source_id = :sid"
                + " and ("
                + visible.predicate()
                + ") order by t.raised_on desc, t.id desc")
        .param("type", type.code())
        .param("sid", sourceId)
        .param("scopeId", visible.scopeId())
        .query(RectificationStore::map)
        .list();
  }

  /**
   * Problems of a source, whoever asks: open ones (not verified), or overdue ones on {@code today}.
   */
  long count(SourceType type, long sourceId, boolean overdueOnly, LocalDate today) {
    return jdbc.sql(
            "select count(*) from rectification t where t.source_type = :type and t.source_id = :sid and "
                + (overdueOnly ? OVERDUE : "t.status <> 'VERIFIED'"))
        .param("type", type.code())
        .param("sid", sourceId)
        .param("today", today)
        .query(Long.class)
        .single();
  }

  /** The status and overdue flag (on {@code today}) of these problems of one committee. */
  java.util.Map<Long, Rectifications.ProblemState> states(
      long committeeId, java.util.Collection<Long> ids, LocalDate today) {
    java.util.Map<Long, Rectifications.ProblemState> states = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return states;
    }
    jdbc.sql(
            "select t.id, t.status, case when "
                + OVERDUE
                + " then 1 else 0 end from rectification t where t.committee_id = :committee"
                + " and t.id in (:ids)")
        .param("committee", committeeId)
        .param("ids", ids)
        .param("today", today)
        .query(
            rs -> {
              states.put(
                  rs.getLong(1),
                  new Rectifications.ProblemState(
                      RectificationStatus.valueOf(rs.getString(2)), rs.getInt(3) == 1));
            });
    return states;
  }

  /** How many of the problems a scope sees stand in each status, and how many are overdue. */
  record Tally(java.util.Map<RectificationStatus, Long> byStatus, long overdue) {

    long of(RectificationStatus... statuses) {
      return java.util.Arrays.stream(statuses).mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
    }
  }

  /** The {@link Tally} of what a scope sees, in one query. */
  Tally tally(Visible visible) {
    java.util.Map<RectificationStatus, Long> byStatus =
        new java.util.EnumMap<>(RectificationStatus.class);
    long[] overdue = {0};
    jdbc.sql(
            "select t.status, count(*), sum(case when t.overdue then 1 else 0 end)"
                + " from rectification t where "
                + visible.predicate()
                + " group by t.status")
        .param("scopeId", visible.scopeId())
        .query(
            rs -> {
              byStatus.put(RectificationStatus.valueOf(rs.getString(1)), rs.getLong(2));
              overdue[0] += rs.getLong(3);
            });
    return new Tally(byStatus, overdue[0]);
  }

  long insert(Rectification r, boolean overdue) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into rectification (title, description, source_type, source_id, source_label, source_path,"
                + " raised_by, raised_on, status, overdue, committee_id) values (:title, :description, :type,"
                + " :sid, :label, :path, :raisedBy, :raisedOn, :status, :overdue, "
                + org.lvzhi.system.CurrentUser.COMMITTEE_FOR_WRITING
                + ")")
        .param("committeeId", org.lvzhi.system.CurrentUser.committeeForWriting())
        .param("title", r.title())
        .param("description", r.description())
        .param("type", r.source().type().code())
        .param("sid", r.source().id())
        .param("label", r.source().label())
        .param("path", r.source().path())
        .param("raisedBy", r.raisedBy())
        .param("raisedOn", r.raisedOn())
        .param("status", r.status().name())
        .param("overdue", overdue)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Saves a move over the version read; refuses where the problem changed meanwhile. */
  void save(Rectification r, boolean overdue) {
    int updated =
        jdbc.sql(
                "update rectification set status = :status, unit_id = :unit, due_on = :due,"
                    + " assigned_on = :assigned, acknowledged_on = :acknowledged, measures = :measures,"
                    + " resolved_on = :resolved, verified_on = :verified, reopened_on = :reopened, reopen_reason = :reason,"
                    + " overdue = :overdue, version = version + 1 where id = :id and version = :version")
            .param("status", r.status().name())
            .param("unit", r.unitId())
            .param("due", r.dueOn())
            .param("assigned", r.assignedOn())
            .param("acknowledged", r.acknowledgedOn())
            .param("measures", r.measures())
            .param("resolved", r.resolvedOn())
            .param("verified", r.verifiedOn())
            .param("reopened", r.reopenedOn())
            .param("reason", r.reopenReason())
            .param("overdue", overdue)
            .param("id", r.id())
            .param("version", r.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /**
   * Changes the wording of the problem read at {@code version}; refuses where it changed meanwhile.
   */
  void reword(long id, int version, String title, String description) {
    int updated =
        jdbc.sql(
                "update rectification set title = :title, description = :description,"
                    + " version = version + 1 where id = :id and version = :version")
            .param("title", title)
            .param("description", description)
            .param("id", id)
            .param("version", version)
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /** Deletes the problem read at {@code version}; refuses where it changed meanwhile. */
  void delete(long id, int version) {
    int deleted =
        jdbc.sql("delete from rectification where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update();
    if (deleted != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /**
   * Brings the stored overdue flags up to {@code today} (a new day makes problems overdue without
   * anyone touching them). The flag is derived, so it changes neither version nor history.
   */
  int refreshOverdue(LocalDate today) {
    return jdbc.sql(
            "update rectification t set overdue = case when "
                + OVERDUE
                + " then true else false end"
                + " where overdue <> case when "
                + OVERDUE
                + " then true else false end")
        .param("today", today)
        .update();
  }

  private static Rectification map(ResultSet rs, int row) throws SQLException {
    return new Rectification(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("description"),
        new Rectification.Source(
            SourceType.parse(rs.getString("source_type")),
            rs.getLong("source_id"),
            rs.getString("source_label"),
            rs.getString("source_path")),
        rs.getString("raised_by"),
        date(rs, "raised_on"),
        RectificationStatus.valueOf(rs.getString("status")),
        (Long) rs.getObject("unit_id", Long.class),
        date(rs, "due_on"),
        date(rs, "assigned_on"),
        date(rs, "acknowledged_on"),
        rs.getString("measures"),
        date(rs, "resolved_on"),
        date(rs, "verified_on"),
        date(rs, "reopened_on"),
        rs.getString("reopen_reason"),
        rs.getInt("version"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  /** The committee the record belongs to (ADR 7): whose office hears of it. */
  long committeeOf(long id) {
    return jdbc.sql("select committee_id from rectification where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
