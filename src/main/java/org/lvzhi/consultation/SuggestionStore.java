package org.lvzhi.consultation;

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
 * The suggestion table, and its only writer: the moves of {@link Suggestions} save here over the
 * version read, bumping it, so two concurrent changes cannot both win (409). Reads are limited in
 * SQL to what a user may see — the predicates the register declares ({@link #scope()}).
 */
@Repository
class SuggestionStore {

  static final String TABLE = "consultation_suggestion";

  /** A unit's clerk sees the suggestions sent to the unit. */
  static final String OWN_UNIT = "t.unit_id = :scopeId and t.status <> 'PENDING'";

  /** A member sees the suggestions they made. */
  static final String OWN_MEMBER = "t.member_id = :scopeId";

  static final String ALL = "1 = 1";

  private static final String COLUMNS =
      "t.id, t.source_kind, t.source_id, t.source_label, t.content, t.member_id, t.made_by_name,"
          + " t.made_on, t.status, t.unit_id, t.sent_on, t.answer, t.answered_on, t.version";

  private final JdbcClient jdbc;

  SuggestionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static ScopePolicy scope() {
    return ScopePolicy.wholeCommitteeOnly()
        .ownUnit(OWN_UNIT)
        .ownMember(OWN_MEMBER)
        .ownSpecialCommittee(ALL);
  }

  /** The predicate and :scopeId limiting {@code consultation_suggestion t} to what a scope sees. */
  record Visible(String predicate, long scopeId) {

    static final Visible EVERYTHING = new Visible(ALL, 0);

    static Visible to(DataScope scope) {
      Visible visible;
      if (scope instanceof DataScope.Everything || scope instanceof DataScope.OwnSpecialCommittee) {
        visible = EVERYTHING;
      } else if (scope instanceof DataScope.OwnUnit unit) {
        visible = new Visible(OWN_UNIT, unit.unitId());
      } else if (scope instanceof DataScope.OwnMember member) {
        visible = new Visible(OWN_MEMBER, member.memberId());
      } else {
        visible = new Visible("1 = 0", 0);
      }
      return new Visible(
          "(" + visible.predicate() + ")" + CurrentUser.inWorkingCommittee("t.committee_id"),
          visible.scopeId());
    }
  }

  Optional<Suggestion> find(long id, Visible visible) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from consultation_suggestion t where t.id = :id and "
                + visible.predicate())
        .param("id", id)
        .param("scopeId", visible.scopeId())
        .query(SuggestionStore::map)
        .optional();
  }

  List<Suggestion> ofSource(SourceKind kind, long sourceId, Visible visible) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from consultation_suggestion t where t.source_kind = :kind"
                + " and t.source_id = :sid and "
                + visible.predicate()
                + " order by t.made_on, t.id")
        .param("kind", kind.name())
        .param("sid", sourceId)
        .param("scopeId", visible.scopeId())
        .query(SuggestionStore::map)
        .list();
  }

  /** The suggestions made at an activity, whichever kind (meeting or other activity). */
  List<Suggestion> ofActivity(long activityId, Visible visible) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from consultation_suggestion t where t.source_kind in ('MEETING', 'ACTIVITY')"
                + " and t.source_id = :sid and "
                + visible.predicate()
                + " order by t.made_on, t.id")
        .param("sid", activityId)
        .param("scopeId", visible.scopeId())
        .query(SuggestionStore::map)
        .list();
  }

  /** How many suggestions a scope sees stand in each status. */
  java.util.Map<SuggestionStatus, Long> tally(Visible visible) {
    java.util.Map<SuggestionStatus, Long> byStatus =
        new java.util.EnumMap<>(SuggestionStatus.class);
    for (SuggestionStatus status : SuggestionStatus.values()) {
      byStatus.put(status, 0L);
    }
    jdbc.sql(
            "select t.status, count(*) from consultation_suggestion t where "
                + visible.predicate()
                + " group by t.status")
        .param("scopeId", visible.scopeId())
        .query(
            rs -> {
              byStatus.put(SuggestionStatus.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return byStatus;
  }

  long insert(Suggestion s) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into consultation_suggestion (committee_id, source_kind, source_id, source_label,"
                + " content, member_id, made_by_name, made_on, unit_id, status) values ("
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ", :kind, :sid, :label, :content, :member, :name, :madeOn, :unit, :status)")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("kind", s.source().kind().name())
        .param("sid", s.source().id())
        .param("label", s.source().label())
        .param("content", s.content())
        .param("member", s.author().memberId())
        .param("name", s.author().name())
        .param("madeOn", s.madeOn())
        .param("unit", s.unitId())
        .param("status", s.status().name())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Saves a move over the version read; refuses where the suggestion changed meanwhile. */
  void save(Suggestion s) {
    int updated =
        jdbc.sql(
                "update consultation_suggestion set status = :status, unit_id = :unit,"
                    + " sent_on = :sent, answer = :answer, answered_on = :answered,"
                    + " version = version + 1 where id = :id and version = :version")
            .param("status", s.status().name())
            .param("unit", s.unitId())
            .param("sent", s.sentOn())
            .param("answer", s.answer())
            .param("answered", s.answeredOn())
            .param("id", s.id())
            .param("version", s.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /** The committee the suggestion belongs to (ADR 7). */
  long committeeOf(long id) {
    return jdbc.sql("select committee_id from consultation_suggestion where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private static Suggestion map(ResultSet rs, int row) throws SQLException {
    return new Suggestion(
        rs.getLong("id"),
        new Suggestion.Source(
            SourceKind.valueOf(rs.getString("source_kind")),
            rs.getLong("source_id"),
            rs.getString("source_label")),
        rs.getString("content"),
        new Suggestion.Author(rs.getObject("member_id", Long.class), rs.getString("made_by_name")),
        rs.getObject("made_on", LocalDate.class),
        SuggestionStatus.valueOf(rs.getString("status")),
        rs.getObject("unit_id", Long.class),
        rs.getObject("sent_on", LocalDate.class),
        rs.getString("answer"),
        rs.getObject("answered_on", LocalDate.class),
        rs.getInt("version"));
  }
}
