package org.lvzhi.opinion;

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
 * The opinion-report tables and their only writer: the register's edits of a saved report ({@link
 * OpinionWriter}) and the moves of {@link OpinionReports} and {@link Bulletins} all save over the
 * version read, bumping it. Reads are limited in SQL to what the user may see, the register's own
 * predicates ({@link #scope()}).
 */
@Repository
class OpinionStore {

  static final String TABLE = "opinion_report";

  /** A member's own reports: as the lead author or a co-author. */
  static final String OWN =
      "(t.lead_member_id = :scopeId or exists (select 1 from opinion_coauthor c"
          + " where c.report_id = t.id and c.member_id = :scopeId))";

  private static final String COLUMNS =
      "t.id, t.title, t.content, t.lead_member_id, t.sector_id, t.status, t.edited_content,"
          + " t.submitted_on, t.not_adopted_reason, t.signed_off_by, t.published_on, t.bulletin_id,"
          + " t.version";

  private final JdbcClient jdbc;

  OpinionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static ScopePolicy scope() {
    return ScopePolicy.wholeCommitteeOnly().ownMember(OWN);
  }

  /** The predicate limiting {@code opinion_report t} to a scope, within the working committee. */
  record Visible(String predicate, long scopeId) {

    static Visible to(DataScope scope) {
      Visible visible;
      if (scope instanceof DataScope.Everything) {
        visible = new Visible("1 = 1", 0);
      } else if (scope instanceof DataScope.OwnMember member) {
        visible = new Visible(OWN, member.memberId());
      } else {
        visible = new Visible("1 = 0", 0);
      }
      return new Visible(
          "(" + visible.predicate() + ")" + CurrentUser.inWorkingCommittee("t.committee_id"),
          visible.scopeId());
    }

    static Visible all() {
      return new Visible("1 = 1", 0);
    }
  }

  Optional<OpinionReport> find(long id, Visible visible) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from opinion_report t where t.id = :id and "
                + visible.predicate())
        .param("id", id)
        .param("scopeId", visible.scopeId())
        .query(this::map)
        .optional();
  }

  /** The reports an issue compiles, in their order. */
  List<OpinionReport> ofBulletin(long bulletinId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from opinion_report t join bulletin_report b on b.report_id = t.id"
                + " where b.bulletin_id = :b order by b.position, t.id")
        .param("b", bulletinId)
        .query(this::map)
        .list();
  }

  /** Signed-off reports in no issue yet, of the working committee: what an issue may compile. */
  List<OpinionReport> compilable() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from opinion_report t where t.status = 'SIGNED_OFF' and t.bulletin_id is null"
                + CurrentUser.inWorkingCommittee("t.committee_id")
                + " order by t.submitted_on, t.id")
        .query(this::map)
        .list();
  }

  long insert(
      String title, String content, long leadMemberId, List<Long> coAuthors, Long sectorId) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into opinion_report (committee_id, title, content, lead_member_id, sector_id,"
                + " status) values ("
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ", :title, :content, :lead, :sector, 'SAVED')")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("title", title)
        .param("content", content)
        .param("lead", leadMemberId)
        .param("sector", sectorId)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    coAuthors(id, coAuthors);
    return id;
  }

  /** Changes a saved report's own fields over the version read. */
  void change(
      long id,
      int version,
      String title,
      String content,
      long leadMemberId,
      List<Long> coAuthors,
      Long sectorId) {
    int updated =
        jdbc.sql(
                "update opinion_report set title = :title, content = :content, lead_member_id = :lead,"
                    + " sector_id = :sector, version = version + 1 where id = :id and version = :version")
            .param("title", title)
            .param("content", content)
            .param("lead", leadMemberId)
            .param("sector", sectorId)
            .param("id", id)
            .param("version", version)
            .update();
    stale(updated);
    jdbc.sql("delete from opinion_coauthor where report_id = :id").param("id", id).update();
    coAuthors(id, coAuthors);
  }

  void delete(long id, int version) {
    stale(
        jdbc.sql("delete from opinion_report where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update());
  }

  /** Saves a move over the version read. */
  void save(OpinionReport r) {
    int updated =
        jdbc.sql(
                "update opinion_report set status = :status, edited_content = :edited,"
                    + " submitted_on = :submitted, not_adopted_reason = :reason, signed_off_by = :by,"
                    + " published_on = :published, bulletin_id = :bulletin, version = version + 1"
                    + " where id = :id and version = :version")
            .param("status", r.status().name())
            .param("edited", r.editedContent())
            .param("submitted", r.submittedOn())
            .param("reason", r.notAdoptedReason())
            .param("by", r.signedOffBy())
            .param("published", r.publishedOn())
            .param("bulletin", r.bulletinId())
            .param("id", r.id())
            .param("version", r.version())
            .update();
    stale(updated);
  }

  long committeeOf(long id) {
    return jdbc.sql("select committee_id from opinion_report where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private void coAuthors(long id, List<Long> members) {
    members.stream()
        .distinct()
        .forEach(
            member ->
                jdbc.sql(
                        "insert into opinion_coauthor (report_id, member_id) values (:id, :member)")
                    .param("id", id)
                    .param("member", member)
                    .update());
  }

  private static void stale(int updated) {
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  private OpinionReport map(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    List<Long> coAuthors =
        jdbc.sql("select member_id from opinion_coauthor where report_id = :id order by member_id")
            .param("id", id)
            .query(Long.class)
            .list();
    return new OpinionReport(
        id,
        rs.getString("title"),
        rs.getString("content"),
        rs.getLong("lead_member_id"),
        coAuthors,
        rs.getObject("sector_id", Long.class),
        OpinionStatus.valueOf(rs.getString("status")),
        rs.getString("edited_content"),
        rs.getObject("submitted_on", LocalDate.class),
        rs.getString("not_adopted_reason"),
        rs.getString("signed_off_by"),
        rs.getObject("published_on", LocalDate.class),
        rs.getObject("bulletin_id", Long.class),
        rs.getInt("version"));
  }
}
