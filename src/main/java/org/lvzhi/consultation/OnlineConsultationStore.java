package org.lvzhi.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * The online consultation and its comments, and their only writer: every move saves over the
 * version read (409 where it changed meanwhile); a comment bumps the consultation's version and
 * count with it. Members see consultations once opened; units see none.
 */
@Repository
class OnlineConsultationStore {

  static final String TABLE = "online_consultation";
  static final String PUBLISHED = "t.status <> 'DRAFT'";
  static final String ALL = "1 = 1";
  private static final String COLUMNS =
      "t.id, t.topic, t.background, t.opens_at, t.closes_at, t.status, t.opened_on, t.summary,"
          + " t.closed_on, t.comment_count, t.version";
  private static final String COMMENT_COLUMNS =
      "c.id, c.member_id, c.content, c.posted_at, c.hidden, c.hidden_reason, c.hidden_by";

  private final JdbcClient jdbc;

  OnlineConsultationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static ScopePolicy scope() {
    return ScopePolicy.wholeCommitteeOnly().ownMember(PUBLISHED).ownSpecialCommittee(ALL);
  }

  /** What a scope may see of {@code online_consultation t}, within the working committee. */
  static String visible(DataScope scope) {
    String predicate;
    if (scope instanceof DataScope.Everything || scope instanceof DataScope.OwnSpecialCommittee) {
      predicate = ALL;
    } else if (scope instanceof DataScope.OwnMember) {
      predicate = PUBLISHED;
    } else {
      predicate = "1 = 0";
    }
    return "(" + predicate + ")" + CurrentUser.inWorkingCommittee("t.committee_id");
  }

  Optional<OnlineConsultation> find(long id, String visible) {
    return jdbc.sql(
            "select " + COLUMNS + " from online_consultation t where t.id = :id and " + visible)
        .param("id", id)
        .query(OnlineConsultationStore::map)
        .optional();
  }

  /** The latest consultations a scope sees, newest window first. */
  List<OnlineConsultation> latest(String visible, int limit) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from online_consultation t where "
                + visible
                + " order by t.opens_at desc, t.id desc")
        .query(OnlineConsultationStore::map)
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  List<OnlineConsultation.Comment> comments(long consultationId) {
    return jdbc.sql(
            "select "
                + COMMENT_COLUMNS
                + " from online_comment c where c.consultation_id = :id order by c.posted_at, c.id")
        .param("id", consultationId)
        .query(OnlineConsultationStore::comment)
        .list();
  }

  Optional<OnlineConsultation.Comment> comment(long consultationId, long commentId) {
    return jdbc.sql(
            "select "
                + COMMENT_COLUMNS
                + " from online_comment c where c.consultation_id = :cid and c.id = :id")
        .param("cid", consultationId)
        .param("id", commentId)
        .query(OnlineConsultationStore::comment)
        .optional();
  }

  long insert(OnlineConsultation c) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into online_consultation (committee_id, topic, background, opens_at, closes_at,"
                + " status) values ("
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ", :topic, :background, :opens, :closes, :status)")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("topic", c.topic())
        .param("background", c.background())
        .param("opens", c.opensAt())
        .param("closes", c.closesAt())
        .param("status", c.status().name())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Saves a move over the version read. */
  void save(OnlineConsultation c) {
    int updated =
        jdbc.sql(
                "update online_consultation set status = :status, opened_on = :opened,"
                    + " summary = :summary, closed_on = :closed, version = version + 1"
                    + " where id = :id and version = :version")
            .param("status", c.status().name())
            .param("opened", c.openedOn())
            .param("summary", c.summary())
            .param("closed", c.closedOn())
            .param("id", c.id())
            .param("version", c.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /** Adds a comment, counting it on the consultation read at its version. */
  long addComment(OnlineConsultation c, OnlineConsultation.Comment comment) {
    int updated =
        jdbc.sql(
                "update online_consultation set comment_count = comment_count + 1,"
                    + " version = version + 1 where id = :id and version = :version")
            .param("id", c.id())
            .param("version", c.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into online_comment (consultation_id, committee_id, member_id, content,"
                + " posted_at) select :cid, committee_id, :member, :content, :at"
                + " from online_consultation where id = :cid")
        .param("cid", c.id())
        .param("member", comment.memberId())
        .param("content", comment.content())
        .param("at", comment.postedAt())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Hides a comment; the consultation's version moves so a stale page cannot act on it. */
  void hide(OnlineConsultation c, OnlineConsultation.Comment comment) {
    int updated =
        jdbc.sql(
                "update online_comment set hidden = true, hidden_reason = :reason,"
                    + " hidden_by = :by where id = :id and hidden = false")
            .param("reason", comment.hiddenReason())
            .param("by", comment.hiddenBy())
            .param("id", comment.id())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  long committeeOf(long id) {
    return jdbc.sql("select committee_id from online_consultation where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private static OnlineConsultation map(ResultSet rs, int row) throws SQLException {
    return new OnlineConsultation(
        rs.getLong("id"),
        rs.getString("topic"),
        rs.getString("background"),
        rs.getObject("opens_at", LocalDateTime.class),
        rs.getObject("closes_at", LocalDateTime.class),
        OnlineStatus.valueOf(rs.getString("status")),
        rs.getObject("opened_on", LocalDate.class),
        rs.getString("summary"),
        rs.getObject("closed_on", LocalDate.class),
        rs.getInt("comment_count"),
        rs.getInt("version"));
  }

  private static OnlineConsultation.Comment comment(ResultSet rs, int row) throws SQLException {
    return new OnlineConsultation.Comment(
        rs.getLong("id"),
        rs.getLong("member_id"),
        rs.getString("content"),
        rs.getObject("posted_at", LocalDateTime.class),
        rs.getBoolean("hidden"),
        rs.getString("hidden_reason"),
        rs.getString("hidden_by"));
  }
}
