package org.lvzhi.proposal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lvzhi.history.Change;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.Role;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as their authors and the office see them: drafting, co-signing, submitting and
 * withdrawing; the office's review (accept and number, not accept, return, merge); key proposals,
 * urging, and the conversation on each proposal. The units' part is {@link ProposalHandling}. Every
 * move is checked against who may make it, saved over the version read, recorded in history and
 * published as {@link ProposalMoved}.
 */
@Service
public class Proposals {

  /** Where history keeps the moves: the register's table, so the proposal's page shows them. */
  public static final String RECORD_TYPE = ProposalStore.TABLE;

  public static final String REGISTER = "proposals";
  public static final String VIEW = "proposal:view";
  public static final String DRAFT = "proposal:draft";
  public static final String REVIEW = "proposal:review";
  public static final String HANDLE = "proposal:handle";
  public static final String RATE = "proposal:rate";
  public static final String URGE = "proposal:urge";
  public static final String DISCUSS = "proposal:discuss";
  static final int MESSAGE_LENGTH = 2000;

  private final ProposalStore store;
  private final ProposalMoves moves;
  private final Members members;
  private final Sessions sessions;
  private final Grounds grounds;
  private final org.lvzhi.history.History history;

  Proposals(
      ProposalStore store,
      ProposalMoves moves,
      Members members,
      Sessions sessions,
      Grounds grounds,
      org.lvzhi.history.History history) {
    this.history = history;
    this.store = store;
    this.moves = moves;
    this.members = members;
    this.sessions = sessions;
    this.grounds = grounds;
  }

  /** What an author writes: who puts it forward, in which session, and the text. */
  public record Draft(
      ProposalKind kind,
      Long leadMemberId,
      List<Long> cosignerIds,
      String collectiveBody,
      Long sectorId,
      Long specialCommitteeId,
      boolean inSession,
      Long sessionId,
      ProposalText text) {

    Proposal.Authors authors() {
      return new Proposal.Authors(
          kind, leadMemberId, cosignerIds, collectiveBody, sectorId, specialCommitteeId);
    }
  }

  /**
   * A member's new draft, which only they see until they submit it. The office records a proposal
   * handed in on paper: it is submitted at once ({@code submittedOn}, today where null).
   */
  @Transactional
  public Proposal draft(Draft draft, java.time.LocalDate submittedOn) {
    LvzhiUser user = CurrentUser.requirePermission(DRAFT);
    Draft own = ownDraft(user, draft);
    checkPeople(own);
    Proposal proposal =
        Proposal.draft(
            own.authors(),
            own.inSession(),
            session(own),
            own.text(),
            user.username(),
            moves.today());
    if (user.role() == Role.MEMBER) {
      long id = store.insert(proposal);
      moves.record(id, null, ProposalStatus.DRAFT, "PROPOSAL_DRAFT", texts(proposal));
      moves.published(id, "PROPOSAL_DRAFT", List.of());
      return moves.reread(id);
    }
    // Handed in on paper: signed by its co-signers there, and submitted on the day it came in.
    proposal.signedOnPaper(submittedOn, moves.today());
    proposal.submit(submittedOn, moves.today());
    long id = store.insert(proposal);
    moves.record(id, null, proposal.status(), "PROPOSAL_RECORD", texts(proposal));
    moves.published(id, "PROPOSAL_SUBMIT", List.of());
    return moves.reread(id);
  }

  /** The author changes the draft, or the proposal the office returned. */
  @Transactional
  public Proposal revise(long id, Draft draft) {
    LvzhiUser user = CurrentUser.requirePermission(DRAFT);
    Proposal proposal = authorOwn(user, moves.visible(DRAFT, id));
    Draft own = ownDraft(user, draft);
    checkPeople(own);
    ProposalText before = proposal.text();
    ProposalStatus status = proposal.revise(own.authors(), session(own), own.text(), moves.today());
    List<Change> changes =
        org.lvzhi.history.History.diff(
            List.of("proposal.subject", "proposal.suggestions"),
            Map.of(
                "proposal.subject", before.subject(),
                "proposal.suggestions", Objects.toString(before.suggestions(), "")),
            Map.of(
                "proposal.subject", proposal.text().subject(),
                "proposal.suggestions", Objects.toString(proposal.text().suggestions(), "")));
    return moves.saved(proposal, status, "PROPOSAL_REVISE", changes, List.of());
  }

  /** The author submits it; a joint one waits for its co-signers, who are asked to confirm. */
  @Transactional
  public Proposal submit(long id, java.time.LocalDate on) {
    LvzhiUser user = CurrentUser.requirePermission(DRAFT);
    Proposal proposal = authorOwn(user, moves.visible(DRAFT, id));
    ProposalStatus before = proposal.submit(user.role() == Role.MEMBER ? null : on, moves.today());
    return moves.saved(proposal, before, "PROPOSAL_SUBMIT", List.of(), List.of());
  }

  /** A co-signer confirms the joint proposal put to them. */
  @Transactional
  public Proposal confirm(long id) {
    LvzhiUser user = CurrentUser.requirePermission(DRAFT);
    Proposal proposal = moves.visible(VIEW, id);
    ProposalStatus before = proposal.confirm(memberOf(user), moves.today());
    return moves.saved(proposal, before, "PROPOSAL_COSIGN", List.of(), List.of());
  }

  /** A co-signer declines the joint proposal put to them and leaves its list. */
  @Transactional
  public Proposal decline(long id) {
    LvzhiUser user = CurrentUser.requirePermission(DRAFT);
    Proposal proposal = moves.visible(VIEW, id);
    ProposalStatus before = proposal.decline(memberOf(user), moves.today());
    return moves.saved(proposal, before, "PROPOSAL_DECLINE", List.of(), List.of());
  }

  /** The author (or the office, on the author's written request) withdraws it before review. */
  @Transactional
  public Proposal withdraw(long id, String reason, java.time.LocalDate on) {
    LvzhiUser user = CurrentUser.require();
    Proposal proposal;
    if (user.can(REVIEW)) {
      proposal = moves.visible(REVIEW, id);
    } else {
      proposal = authorOwn(user, moves.visible(DRAFT, id));
    }
    ProposalStatus before = proposal.withdraw(reason, on, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_WITHDRAW",
        List.of(ProposalMoves.set("proposal.reason", proposal.reviewNote())),
        List.of());
  }

  /** The author deletes a draft nobody else has seen. */
  @Transactional
  public void deleteDraft(long id) {
    LvzhiUser user = CurrentUser.requirePermission(DRAFT);
    Proposal proposal = authorOwn(user, moves.visible(DRAFT, id));
    if (proposal.status() != ProposalStatus.DRAFT) {
      throw new org.lvzhi.system.IllegalMoveException("proposal.move.deleteSubmitted");
    }
    store.delete(id, proposal.version());
    moves.record(id, ProposalStatus.DRAFT, null, "PROPOSAL_DELETE", List.of());
  }

  /** The office accepts it (立案): it takes the next number of its session. */
  @Transactional
  public Proposal accept(long id, Long sessionId, java.time.LocalDate on) {
    Proposal proposal = moves.visible(REVIEW, id);
    Long session = sessionId != null ? sessionId : proposal.sessionId();
    if (session == null || !sessions.exists(session)) {
      throw new InvalidInputException(
          Map.of("sessionId", Texts.of("proposal.input.sessionMissing")));
    }
    int number = store.nextNumber(store.committeeOf(id), session);
    ProposalStatus before = proposal.accept(session, number, on, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_ACCEPT",
        List.of(ProposalMoves.set("proposal.number", number)),
        List.of());
  }

  /**
   * The office does not accept it, on a ground of the committee's list; it goes on as a suggestion.
   */
  @Transactional
  public Proposal reject(long id, String ground, String note, java.time.LocalDate on) {
    Proposal proposal = moves.visible(REVIEW, id);
    String name = ground == null ? null : grounds.name(ground).orElse(null);
    if (ground != null && name == null) {
      throw new InvalidInputException(
          Map.of("ground", Texts.of("proposal.input.unknownGround", ground)));
    }
    ProposalStatus before = proposal.reject(ground, note, on, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_REJECT",
        List.of(
            ProposalMoves.set("proposal.ground", name),
            ProposalMoves.set("proposal.reviewNote", proposal.reviewNote())),
        List.of());
  }

  /** The office returns it to its author for revision. */
  @Transactional
  public Proposal returnForRevision(long id, String note, java.time.LocalDate on) {
    Proposal proposal = moves.visible(REVIEW, id);
    ProposalStatus before = proposal.returnForRevision(note, on, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_RETURN",
        List.of(ProposalMoves.set("proposal.reviewNote", proposal.reviewNote())),
        List.of());
  }

  /** The office merges it into another proposal (并案), which it follows from now on. */
  @Transactional
  public Proposal merge(long id, Long survivorId, java.time.LocalDate on) {
    Proposal proposal = moves.visible(REVIEW, id);
    if (survivorId == null) {
      throw new InvalidInputException(
          Map.of("survivorId", Texts.of("validation.required", Texts.of("proposal.survivor"))));
    }
    Proposal survivor = moves.visible(REVIEW, survivorId);
    ProposalStatus before = proposal.mergeInto(survivor, on, moves.today());
    Proposal saved =
        moves.saved(
            proposal,
            before,
            "PROPOSAL_MERGE",
            List.of(ProposalMoves.set("proposal.survivor", title(survivor))),
            List.of());
    moves.record(
        survivorId,
        survivor.status(),
        survivor.status(),
        "PROPOSAL_ABSORB",
        List.of(ProposalMoves.set("proposal.merged", title(proposal))));
    return saved;
  }

  /** Marks it a key proposal (重点提案) supervised by a leader, or no longer one. */
  @Transactional
  public Proposal markKey(long id, boolean key, Long supervisorMemberId) {
    Proposal proposal = moves.visible(REVIEW, id);
    if (key && supervisorMemberId != null && !members.inWorkingCommittee(supervisorMemberId)) {
      throw new InvalidInputException(
          Map.of(
              "supervisorMemberId", Texts.of("proposal.input.unknownMember", supervisorMemberId)));
    }
    ProposalStatus before = proposal.markKey(key, supervisorMemberId);
    String supervisor =
        supervisorMemberId == null
            ? null
            : members.names(List.of(supervisorMemberId)).get(supervisorMemberId);
    return moves.saved(
        proposal,
        before,
        key ? "PROPOSAL_KEY" : "PROPOSAL_UNKEY",
        key ? List.of(ProposalMoves.set("proposal.supervisor", supervisor)) : List.of(),
        List.of());
  }

  /** The office, or the leader supervising a key proposal, urges its units (催办). */
  @Transactional
  public Proposal urge(long id) {
    LvzhiUser user = CurrentUser.requirePermission(URGE);
    Proposal proposal = moves.visible(URGE, id);
    if (!user.can(REVIEW)
        && (user.memberId() == null || !user.memberId().equals(proposal.supervisorMemberId()))) {
      throw new NotAllowedException("proposal.urgeNotSupervisor");
    }
    ProposalStatus before = proposal.urge(moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_URGE",
        List.of(ProposalMoves.set("proposal.urged", proposal.urged())),
        proposal.units().stream().map(HandlingUnit::unitId).toList());
  }

  /** A proposal the current user may see (404 otherwise). */
  @Transactional(readOnly = true)
  public Proposal get(long id) {
    return moves.visible(VIEW, id);
  }

  /** The proposals merged into this one, which follow it (only those the user may see). */
  @Transactional(readOnly = true)
  public List<Proposal> merged(long id) {
    get(id);
    LvzhiUser user = CurrentUser.require();
    return store.mergedInto(id).stream()
        .filter(
            p ->
                user.memberId() == null
                    || user.role() != Role.MEMBER
                    || Objects.equals(p.leadMemberId(), user.memberId()))
        .toList();
  }

  /** A member's proposal in their own list: what it is, where it stands, their part in it. */
  public record Mine(
      long id,
      String subject,
      ProposalStatus status,
      Integer number,
      java.time.LocalDate submittedOn,
      boolean lead,
      boolean awaitingConfirmation) {}

  /** The signed-in member's proposals, those awaiting their confirmation first. */
  @Transactional(readOnly = true)
  public List<Mine> mine() {
    LvzhiUser user = CurrentUser.requirePermission(VIEW);
    if (user.memberId() == null) {
      return List.of();
    }
    return store.ownedBy(user.memberId()).stream()
        .map(
            o ->
                new Mine(
                    o.id(),
                    o.subject(),
                    o.status(),
                    o.number(),
                    o.submittedOn(),
                    o.lead(),
                    o.awaitingConfirmation()))
        .toList();
  }

  /** The grounds for not accepting a proposal, code → name, in the committee's order. */
  @Transactional(readOnly = true)
  public Map<String, String> grounds() {
    return grounds.all();
  }

  /** The moves made on the proposal, oldest first. */
  @Transactional(readOnly = true)
  public List<org.lvzhi.history.HistoryEntry> steps(long id) {
    get(id);
    List<org.lvzhi.history.HistoryEntry> steps = new ArrayList<>(history.of(RECORD_TYPE, id));
    steps.removeIf(entry -> !entry.action().startsWith("PROPOSAL_"));
    java.util.Collections.reverse(steps);
    return steps;
  }

  /** One message of the conversation, with who wrote it. */
  public record Message(String author, Long unitId, String body, OffsetDateTime postedAt) {}

  /** The conversation on the proposal, oldest first. */
  @Transactional(readOnly = true)
  public List<Message> conversation(long id) {
    get(id);
    return store.conversation(id).stream()
        .map(m -> new Message(m.author(), m.unitId(), m.body(), m.postedAt()))
        .toList();
  }

  /**
   * Adds a message to the conversation (proposers, its units, the office, leaders); the others are
   * told. A draft has no conversation yet.
   */
  @Transactional
  public void post(long id, String body) {
    LvzhiUser user = CurrentUser.requirePermission(DISCUSS);
    Proposal proposal = moves.visible(VIEW, id);
    if (proposal.status() == ProposalStatus.DRAFT) {
      throw new org.lvzhi.system.IllegalMoveException("proposal.move.talkOnDraft");
    }
    InvalidInputException.refuseLongerThan("body", "proposal.message", body, MESSAGE_LENGTH);
    if (body == null || body.isBlank()) {
      throw new InvalidInputException(
          Map.of("body", Texts.of("validation.required", Texts.of("proposal.message"))));
    }
    store.post(id, user.username(), user.unitId(), body.trim(), OffsetDateTime.now());
    moves.published(
        id, "PROPOSAL_MESSAGE", user.unitId() == null ? List.of() : List.of(user.unitId()));
  }

  private Draft ownDraft(LvzhiUser user, Draft draft) {
    if (draft == null || draft.text() == null) {
      throw new InvalidInputException(
          Map.of("subject", Texts.of("validation.required", Texts.of("proposal.subject"))));
    }
    if (user.role() != Role.MEMBER) {
      return draft;
    }
    return new Draft(
        draft.kind(),
        memberOf(user),
        draft.cosignerIds(),
        draft.collectiveBody(),
        draft.sectorId(),
        draft.specialCommitteeId(),
        draft.inSession(),
        draft.sessionId(),
        draft.text());
  }

  private void checkPeople(Draft draft) {
    List<Long> people = new ArrayList<>();
    if (draft.leadMemberId() != null) {
      people.add(draft.leadMemberId());
    }
    if (draft.cosignerIds() != null) {
      people.addAll(draft.cosignerIds());
    }
    for (Long member : people) {
      if (member == null || !members.inWorkingCommittee(member)) {
        throw new InvalidInputException(
            Map.of("cosigners", Texts.of("proposal.input.unknownMember", member)));
      }
    }
    if (draft.sessionId() != null && !sessions.exists(draft.sessionId())) {
      throw new InvalidInputException(
          Map.of("sessionId", Texts.of("proposal.input.sessionMissing")));
    }
  }

  private Long session(Draft draft) {
    return draft.sessionId() != null
        ? draft.sessionId()
        : sessions.current(moves.today()).orElse(null);
  }

  /** A member moves only what they lead; the office, anything it may see. */
  private static Proposal authorOwn(LvzhiUser user, Proposal proposal) {
    if (user.role() == Role.MEMBER && !Objects.equals(proposal.leadMemberId(), user.memberId())) {
      throw new NotAllowedException("proposal.notAuthor");
    }
    return proposal;
  }

  private static long memberOf(LvzhiUser user) {
    if (user.memberId() == null) {
      throw new NotAllowedException("proposal.notAuthor");
    }
    return user.memberId();
  }

  private List<Change> texts(Proposal proposal) {
    return List.of(
        ProposalMoves.set("proposal.kind", moves.chinese("proposalKind." + proposal.kind().name())),
        ProposalMoves.set("proposal.subject", proposal.text().subject()));
  }

  static String title(Proposal proposal) {
    return (proposal.number() == null ? "" : "#" + proposal.number() + " ")
        + proposal.text().subject();
  }
}
