package org.lvzhi.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.proposal.HandlingCodes.UnitState;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The proposal tables (proposal, its co-signers, units and conversation) and their only writer:
 * every move of {@link Proposals} saves here over the version read, bumping it, so two concurrent
 * changes cannot both win. Reads are limited in SQL to what a user may see — the predicates the
 * register declares ({@link #scope()}) — so a proposal outside it is simply not found.
 */
@Repository
class ProposalStore {

  static final String TABLE = "proposal";

  /** Whole-committee users see every proposal but the drafts members are still writing. */
  static final String NOT_DRAFT = "t.status <> 'DRAFT'";

  /**
   * A member sees what they wrote, what they co-sign once it is put to them, and the proposals
   * their merged ones follow.
   */
  static final String OWN_MEMBER =
      "(t.lead_member_id = :scopeId or (t.status <> 'DRAFT' and exists (select 1 from"
          + " proposal_cosigner c where c.proposal_id = t.id and c.member_id = :scopeId))"
          + " or exists (select 1 from proposal m where m.merged_into_id = t.id"
          + " and m.lead_member_id = :scopeId))";

  /** A unit's clerk sees the proposals assigned to the unit, as lead unit or co-unit. */
  static final String OWN_UNIT =
      "exists (select 1 from proposal_unit u where u.proposal_id = t.id and u.unit_id = :scopeId)";

  /** Overdue on :today: with its units past the due date, not replied. */
  static final String OVERDUE = "t.due_on < :today and t.status in ('ASSIGNED', 'IN_PROGRESS')";

  private static final String COLUMNS =
      "t.id, t.session_id, t.number, t.kind, t.in_session, t.lead_member_id, t.collective_body,"
          + " t.sector_id, t.special_committee_id, t.subject, t.situation, t.analysis, t.suggestions,"
          + " t.suggested_units, t.status, t.drafted_by, t.submitted_on, t.reviewed_on, t.review_note,"
          + " t.rejection_ground, t.merged_into_id, t.assigned_on, t.due_on, t.replied_on, t.reply_grade,"
          + " t.reply_text, t.reply_letter_id, t.checked_on, t.rebut_reason, t.rated_on, t.rating_attitude,"
          + " t.rating_result, t.rating_reason, t.rehandled, t.closed_on, t.key_proposal,"
          + " t.supervisor_member_id, t.urged, t.urged_on, t.version";

  private final JdbcClient jdbc;

  ProposalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What the register's pages and API show to whom; {@link Visible} applies the same here. */
  static ScopePolicy scope() {
    return ScopePolicy.wholeCommitteeOnly()
        .everything(NOT_DRAFT)
        .ownMember(OWN_MEMBER)
        .ownUnit(OWN_UNIT)
        .ownSpecialCommittee(NOT_DRAFT);
  }

  /** The predicate and :scopeId limiting {@code proposal t} to what a scope may see. */
  record Visible(String predicate, long scopeId) {

    static final Visible ALL = new Visible("1 = 1", 0);

    static Visible to(DataScope scope) {
      Visible visible;
      if (scope instanceof DataScope.Everything) {
        visible = new Visible(NOT_DRAFT, 0);
      } else if (scope instanceof DataScope.OwnMember member) {
        visible = new Visible(OWN_MEMBER, member.memberId());
      } else if (scope instanceof DataScope.OwnUnit unit) {
        visible = new Visible(OWN_UNIT, unit.unitId());
      } else if (scope instanceof DataScope.OwnSpecialCommittee) {
        visible = new Visible(NOT_DRAFT, 0);
      } else {
        visible = new Visible("1 = 0", 0);
      }
      return new Visible(
          "(" + visible.predicate() + ")" + CurrentUser.inWorkingCommittee("t.committee_id"),
          visible.scopeId());
    }
  }

  Optional<Proposal> find(long id, Visible visible) {
    Optional<Proposal> found =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from proposal t where t.id = :id and ("
                    + visible.predicate()
                    + ")")
            .param("id", id)
            .param("scopeId", visible.scopeId())
            .query(ProposalStore::map)
            .optional();
    found.ifPresent(this::loadParts);
    return found;
  }

  private void loadParts(Proposal proposal) {
    proposal.cosigners.addAll(
        jdbc.sql(
                "select member_id, confirmed_on from proposal_cosigner where proposal_id = :id"
                    + " order by member_id")
            .param("id", proposal.id)
            .query((rs, row) -> new Cosigner(rs.getLong("member_id"), date(rs, "confirmed_on")))
            .list());
    proposal.units.addAll(
        jdbc.sql("select * from proposal_unit where proposal_id = :id order by lead desc, unit_id")
            .param("id", proposal.id)
            .query(
                (rs, row) ->
                    new HandlingUnit(
                        rs.getLong("unit_id"),
                        rs.getBoolean("lead"),
                        UnitState.valueOf(rs.getString("state")),
                        date(rs, "acknowledged_on"),
                        rs.getString("return_reason"),
                        date(rs, "extension_until"),
                        rs.getString("extension_reason"),
                        date(rs, "contacted_on"),
                        code(ContactManner.class, rs.getString("contact_manner")),
                        rs.getString("contact_note"),
                        rs.getString("opinion"),
                        date(rs, "opinion_on")))
            .list());
  }

  long insert(Proposal p) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into proposal (committee_id, kind, subject, status, drafted_by, overdue)"
                + " values ("
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ", :kind, :subject, :status, :draftedBy, false)")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("kind", p.kind.name())
        .param("subject", p.text.subject())
        .param("status", p.status.name())
        .param("draftedBy", p.draftedBy)
        .update(keys, "id");
    p.id = keys.getKeyAs(Number.class).longValue();
    save(p, false);
    p.version++;
    return p.id;
  }

  /** Saves a move over the version read; refuses where the proposal changed meanwhile. */
  void save(Proposal p, boolean overdue) {
    int updated =
        jdbc.sql(
                "update proposal set session_id = :session, number = :number, kind = :kind,"
                    + " in_session = :inSession, lead_member_id = :lead, collective_body = :body,"
                    + " sector_id = :sector, special_committee_id = :sc, subject = :subject,"
                    + " situation = :situation, analysis = :analysis, suggestions = :suggestions,"
                    + " suggested_units = :suggestedUnits, status = :status, submitted_on = :submitted,"
                    + " reviewed_on = :reviewed, review_note = :reviewNote, rejection_ground = :ground,"
                    + " merged_into_id = :mergedInto, assigned_on = :assigned, due_on = :due,"
                    + " replied_on = :replied, reply_grade = :grade, reply_text = :reply,"
                    + " reply_letter_id = :letter, checked_on = :checked, rebut_reason = :rebut,"
                    + " rated_on = :rated, rating_attitude = :attitude, rating_result = :result,"
                    + " rating_reason = :ratingReason, rehandled = :rehandled, closed_on = :closed,"
                    + " key_proposal = :key, supervisor_member_id = :supervisor, urged = :urged,"
                    + " urged_on = :urgedOn, overdue = :overdue, version = version + 1"
                    + " where id = :id and version = :version")
            .param("session", p.sessionId)
            .param("number", p.number)
            .param("kind", p.kind.name())
            .param("inSession", p.inSession)
            .param("lead", p.leadMemberId)
            .param("body", p.collectiveBody)
            .param("sector", p.sectorId)
            .param("sc", p.specialCommitteeId)
            .param("subject", p.text.subject())
            .param("situation", p.text.situation())
            .param("analysis", p.text.analysis())
            .param("suggestions", p.text.suggestions())
            .param("suggestedUnits", p.text.suggestedUnits())
            .param("status", p.status.name())
            .param("submitted", p.submittedOn)
            .param("reviewed", p.reviewedOn)
            .param("reviewNote", p.reviewNote)
            .param("ground", p.rejectionGround)
            .param("mergedInto", p.mergedIntoId)
            .param("assigned", p.assignedOn)
            .param("due", p.dueOn)
            .param("replied", p.repliedOn)
            .param("grade", name(p.replyGrade))
            .param("reply", p.replyText)
            .param("letter", p.replyLetterId)
            .param("checked", p.checkedOn)
            .param("rebut", p.rebutReason)
            .param("rated", p.ratedOn)
            .param("attitude", name(p.ratingAttitude))
            .param("result", name(p.ratingResult))
            .param("ratingReason", p.ratingReason)
            .param("rehandled", p.rehandled)
            .param("closed", p.closedOn)
            .param("key", p.keyProposal)
            .param("supervisor", p.supervisorMemberId)
            .param("urged", p.urged)
            .param("urgedOn", p.urgedOn)
            .param("overdue", overdue)
            .param("id", p.id)
            .param("version", p.version)
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
    saveParts(p);
  }

  private void saveParts(Proposal p) {
    jdbc.sql("delete from proposal_cosigner where proposal_id = :id").param("id", p.id).update();
    for (Cosigner c : p.cosigners) {
      jdbc.sql(
              "insert into proposal_cosigner (proposal_id, member_id, confirmed_on)"
                  + " values (:id, :member, :confirmed)")
          .param("id", p.id)
          .param("member", c.memberId())
          .param("confirmed", c.confirmedOn())
          .update();
    }
    jdbc.sql("delete from proposal_unit where proposal_id = :id").param("id", p.id).update();
    for (HandlingUnit u : p.units) {
      jdbc.sql(
              "insert into proposal_unit (proposal_id, unit_id, lead, state, acknowledged_on,"
                  + " return_reason, extension_until, extension_reason, contacted_on, contact_manner,"
                  + " contact_note, opinion, opinion_on) values (:id, :unit, :lead, :state, :ack,"
                  + " :returnReason, :until, :extReason, :contacted, :manner, :contactNote, :opinion,"
                  + " :opinionOn)")
          .param("id", p.id)
          .param("unit", u.unitId())
          .param("lead", u.lead())
          .param("state", u.state().name())
          .param("ack", u.acknowledgedOn())
          .param("returnReason", u.returnReason())
          .param("until", u.extensionUntil())
          .param("extReason", u.extensionReason())
          .param("contacted", u.contactedOn())
          .param("manner", name(u.contactManner()))
          .param("contactNote", u.contactNote())
          .param("opinion", u.opinion())
          .param("opinionOn", u.opinionOn())
          .update();
    }
  }

  /** Deletes a draft read at {@code version}; refuses where it changed meanwhile. */
  void delete(long id, int version) {
    int deleted =
        jdbc.sql("delete from proposal where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update();
    if (deleted != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /** The next number of a session within the committee (案号): one more than the highest given. */
  int nextNumber(long committeeId, long sessionId) {
    return jdbc.sql(
            "select coalesce(max(number), 0) + 1 from proposal"
                + " where committee_id = :committee and session_id = :session")
        .param("committee", committeeId)
        .param("session", sessionId)
        .query(Integer.class)
        .single();
  }

  /** The committee the proposal belongs to (ADR 7). */
  long committeeOf(long id) {
    return jdbc.sql("select committee_id from proposal where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  /** The proposals merged into {@code survivorId}: they follow it. */
  List<Proposal> mergedInto(long survivorId) {
    return jdbc.sql("select " + COLUMNS + " from proposal t where t.merged_into_id = :id")
        .param("id", survivorId)
        .query(ProposalStore::map)
        .list();
  }

  /**
   * Brings the stored overdue flags up to {@code today}. The flag is derived: it changes neither
   * version nor history.
   */
  int refreshOverdue(LocalDate today) {
    String flag = "case when " + OVERDUE + " then true else false end";
    return jdbc.sql("update proposal t set overdue = " + flag + " where overdue <> " + flag)
        .param("today", today)
        .update();
  }

  /** A member's proposal as their own list shows it. */
  record Own(
      long id,
      String subject,
      ProposalStatus status,
      Integer number,
      LocalDate submittedOn,
      boolean lead,
      boolean awaitingConfirmation) {}

  /** The member's proposals, as lead author or co-signer (drafts only their own), newest first. */
  List<Own> ownedBy(long memberId) {
    return jdbc.sql(
            "select t.id, t.subject, t.status, t.number, t.submitted_on,"
                + " case when t.lead_member_id = :scopeId then true else false end as lead,"
                + " case when exists (select 1 from proposal_cosigner c where c.proposal_id = t.id"
                + " and c.member_id = :scopeId and c.confirmed_on is null)"
                + " and t.status = 'AWAITING_COSIGNERS' then true else false end as awaiting"
                + " from proposal t where (t.lead_member_id = :scopeId or (t.status <> 'DRAFT'"
                + " and exists (select 1 from proposal_cosigner c where c.proposal_id = t.id"
                + " and c.member_id = :scopeId)))"
                + " order by awaiting desc, t.id desc")
        .param("scopeId", memberId)
        .query(
            (rs, row) ->
                new Own(
                    rs.getLong("id"),
                    rs.getString("subject"),
                    ProposalStatus.valueOf(rs.getString("status")),
                    rs.getObject("number", Integer.class),
                    date(rs, "submitted_on"),
                    rs.getBoolean("lead"),
                    rs.getBoolean("awaiting")))
        .list();
  }

  /** One message of a proposal's conversation. */
  record Message(long id, String author, Long unitId, String body, OffsetDateTime postedAt) {}

  void post(long proposalId, String author, Long unitId, String body, OffsetDateTime at) {
    jdbc.sql(
            "insert into proposal_message (proposal_id, author, author_unit_id, body, posted_at)"
                + " values (:id, :author, :unit, :body, :at)")
        .param("id", proposalId)
        .param("author", author)
        .param("unit", unitId)
        .param("body", body)
        .param("at", at)
        .update();
  }

  List<Message> conversation(long proposalId) {
    return jdbc.sql(
            "select id, author, author_unit_id, body, posted_at from proposal_message"
                + " where proposal_id = :id order by posted_at, id")
        .param("id", proposalId)
        .query(
            (rs, row) ->
                new Message(
                    rs.getLong("id"),
                    rs.getString("author"),
                    rs.getObject("author_unit_id", Long.class),
                    rs.getString("body"),
                    rs.getObject("posted_at", OffsetDateTime.class)))
        .list();
  }

  private static Proposal map(ResultSet rs, int row) throws SQLException {
    Proposal p = new Proposal();
    p.id = rs.getLong("id");
    p.sessionId = rs.getObject("session_id", Long.class);
    p.number = rs.getObject("number", Integer.class);
    p.kind = ProposalKind.valueOf(rs.getString("kind"));
    p.inSession = rs.getBoolean("in_session");
    p.leadMemberId = rs.getObject("lead_member_id", Long.class);
    p.collectiveBody = rs.getString("collective_body");
    p.sectorId = rs.getObject("sector_id", Long.class);
    p.specialCommitteeId = rs.getObject("special_committee_id", Long.class);
    p.text =
        new ProposalText(
            rs.getString("subject"),
            rs.getString("situation"),
            rs.getString("analysis"),
            rs.getString("suggestions"),
            rs.getString("suggested_units"));
    p.status = ProposalStatus.valueOf(rs.getString("status"));
    p.draftedBy = rs.getString("drafted_by");
    p.submittedOn = date(rs, "submitted_on");
    p.reviewedOn = date(rs, "reviewed_on");
    p.reviewNote = rs.getString("review_note");
    p.rejectionGround = rs.getString("rejection_ground");
    p.mergedIntoId = rs.getObject("merged_into_id", Long.class);
    p.assignedOn = date(rs, "assigned_on");
    p.dueOn = date(rs, "due_on");
    p.repliedOn = date(rs, "replied_on");
    p.replyGrade = code(ReplyGrade.class, rs.getString("reply_grade"));
    p.replyText = rs.getString("reply_text");
    p.replyLetterId = rs.getObject("reply_letter_id", Long.class);
    p.checkedOn = date(rs, "checked_on");
    p.rebutReason = rs.getString("rebut_reason");
    p.ratedOn = date(rs, "rated_on");
    p.ratingAttitude = code(Rating.class, rs.getString("rating_attitude"));
    p.ratingResult = code(Rating.class, rs.getString("rating_result"));
    p.ratingReason = rs.getString("rating_reason");
    p.rehandled = rs.getInt("rehandled");
    p.closedOn = date(rs, "closed_on");
    p.keyProposal = rs.getBoolean("key_proposal");
    p.supervisorMemberId = rs.getObject("supervisor_member_id", Long.class);
    p.urged = rs.getInt("urged");
    p.urgedOn = date(rs, "urged_on");
    p.version = rs.getInt("version");
    return p;
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static <E extends Enum<E>> E code(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
