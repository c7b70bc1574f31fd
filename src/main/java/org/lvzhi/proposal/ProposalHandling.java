package org.lvzhi.proposal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lvzhi.attachment.Attachments;
import org.lvzhi.history.Change;
import org.lvzhi.organisation.Units;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.Role;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's handling once accepted: the office assigns it to a lead unit and co-units and
 * decides on their requests (return, extension), the units acknowledge, contact the proposer, send
 * opinions and reply, the office checks the reply, and the proposer rates it. Every move is checked
 * against who may make it, recorded in history and published as {@link ProposalMoved}.
 */
@Service
public class ProposalHandling {

  private final ProposalMoves moves;
  private final ProposalProperties properties;
  private final Units units;
  private final Attachments attachments;

  ProposalHandling(
      ProposalMoves moves, ProposalProperties properties, Units units, Attachments attachments) {
    this.moves = moves;
    this.properties = properties;
    this.units = units;
    this.attachments = attachments;
  }

  public LocalDate today() {
    return moves.today();
  }

  /** The due date a proposal assigned on {@code on} gets by default (three months on). */
  public LocalDate defaultDue(LocalDate on) {
    return on.plus(properties.replyWithin());
  }

  /**
   * The office assigns it (交办) to a lead unit and co-units with a due date (the default where
   * null); every unit is told.
   */
  @Transactional
  public Proposal assign(
      long id, Long leadUnitId, List<Long> coUnitIds, LocalDate dueOn, LocalDate on) {
    Proposal proposal = moves.visible(Proposals.REVIEW, id);
    List<Long> co = coUnitIds == null ? List.of() : coUnitIds.stream().distinct().toList();
    List<Long> all = new ArrayList<>();
    if (leadUnitId != null) {
      all.add(leadUnitId);
    }
    all.addAll(co);
    Map<Long, String> names = units.names(all);
    for (Long unit : all) {
      if (unit == null || !names.containsKey(unit)) {
        throw new InvalidInputException(
            Map.of(
                Objects.equals(unit, leadUnitId) ? "leadUnitId" : "coUnitIds",
                Texts.of("proposal.input.unknownUnit", unit)));
      }
    }
    LocalDate date = on == null ? moves.today() : on;
    LocalDate due = dueOn == null ? defaultDue(date) : dueOn;
    ProposalStatus before = proposal.assign(leadUnitId, co, due, on, moves.today());
    List<Change> changes = new ArrayList<>();
    changes.add(ProposalMoves.set("proposal.leadUnit", names.get(leadUnitId)));
    if (!co.isEmpty()) {
      changes.add(
          ProposalMoves.set(
              "proposal.coUnits", String.join("、", co.stream().map(names::get).toList())));
    }
    changes.add(ProposalMoves.set("proposal.dueOn", proposal.dueOn()));
    return moves.saved(proposal, before, "PROPOSAL_ASSIGN", changes, all);
  }

  /** The clerk's unit acknowledges the proposal (签收). */
  @Transactional
  public Proposal acknowledge(long id, LocalDate on) {
    long unit = clerkUnit();
    Proposal proposal = moves.visible(Proposals.HANDLE, id);
    ProposalStatus before = proposal.acknowledge(unit, on, moves.today());
    return moves.saved(proposal, before, "PROPOSAL_ACKNOWLEDGE", List.of(), List.of(unit));
  }

  /** The clerk's unit asks the office to assign the proposal elsewhere (申退), saying why. */
  @Transactional
  public Proposal askReturn(long id, String reason) {
    long unit = clerkUnit();
    Proposal proposal = moves.visible(Proposals.HANDLE, id);
    ProposalStatus before = proposal.askReturn(unit, reason, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_ASK_RETURN",
        List.of(ProposalMoves.set("proposal.reason", reason == null ? null : reason.trim())),
        List.of(unit));
  }

  /** The office refuses a unit's request to return the proposal: the unit keeps it. */
  @Transactional
  public Proposal refuseReturn(long id, Long unitId) {
    Proposal proposal = moves.visible(Proposals.REVIEW, id);
    if (unitId == null) {
      throw new InvalidInputException(
          Map.of("unitId", Texts.of("validation.required", Texts.of("proposal.unit"))));
    }
    ProposalStatus before = proposal.refuseReturn(unitId);
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_REFUSE_RETURN",
        List.of(ProposalMoves.set("proposal.unit", units.names(List.of(unitId)).get(unitId))),
        List.of(unitId));
  }

  /** The lead unit asks for a later due date, within six months of the assignment. */
  @Transactional
  public Proposal askExtension(long id, LocalDate until, String reason) {
    long unit = clerkUnit();
    Proposal proposal = moves.visible(Proposals.HANDLE, id);
    LocalDate latest = proposal.assignedOn().plus(properties.longestReply());
    ProposalStatus before = proposal.askExtension(unit, until, reason, latest, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_ASK_EXTENSION",
        List.of(
            ProposalMoves.set("proposal.extensionUntil", until),
            ProposalMoves.set("proposal.reason", reason.trim())),
        List.of(unit));
  }

  /** The office grants (the due date moves) or refuses the lead unit's request for more time. */
  @Transactional
  public Proposal settleExtension(long id, boolean grant) {
    Proposal proposal = moves.visible(Proposals.REVIEW, id);
    LocalDate dueBefore = proposal.dueOn();
    ProposalStatus before = proposal.settleExtension(grant);
    List<Change> changes =
        grant
            ? List.of(
                new Change(
                    "proposal.dueOn", String.valueOf(dueBefore), proposal.dueOn().toString()))
            : List.of();
    return moves.saved(
        proposal,
        before,
        grant ? "PROPOSAL_GRANT_EXTENSION" : "PROPOSAL_REFUSE_EXTENSION",
        changes,
        proposal.leadUnit().map(u -> List.of(u.unitId())).orElse(List.of()));
  }

  /** The lead unit records its contact with the proposer (办前沟通): date, manner, what was said. */
  @Transactional
  public Proposal recordContact(long id, ContactManner manner, String note, LocalDate on) {
    long unit = clerkUnit();
    Proposal proposal = moves.visible(Proposals.HANDLE, id);
    ProposalStatus before = proposal.recordContact(unit, manner, note, on, moves.today());
    HandlingUnit lead = proposal.leadUnit().orElseThrow();
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_CONTACT",
        List.of(
            // The manner stays with the unit's line (shown on the page in the reader's language).
            ProposalMoves.set("proposal.contactedOn", lead.contactedOn()),
            ProposalMoves.set("proposal.contactNote", lead.contactNote())),
        List.of(unit));
  }

  /** A co-unit sends its opinion to the lead unit (会办意见). */
  @Transactional
  public Proposal sendOpinion(long id, String opinion, LocalDate on) {
    long unit = clerkUnit();
    Proposal proposal = moves.visible(Proposals.HANDLE, id);
    ProposalStatus before = proposal.sendOpinion(unit, opinion, on, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_OPINION",
        List.of(
            ProposalMoves.set("proposal.coOpinion", proposal.unit(unit).orElseThrow().opinion())),
        proposal.leadUnit().map(u -> List.of(u.unitId())).orElse(List.of()));
  }

  /**
   * The lead unit replies (答复) with its grade, the text and the signed letter, which is kept with
   * the proposal; refused as a whole (no file kept) where anything is missing.
   */
  @Transactional
  public Proposal reply(
      long id, ReplyGrade grade, String text, String letterName, InputStream letter, LocalDate on) {
    long unit = clerkUnit();
    Proposal proposal = moves.visible(Proposals.HANDLE, id);
    Long letterId = null;
    if (letter != null && letterName != null && !letterName.isBlank()) {
      proposal.checkReply(unit);
      letterId = attachments.store(Proposals.RECORD_TYPE, id, letterName, letter).id();
    }
    ProposalStatus before = proposal.reply(unit, grade, text, letterId, on, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_REPLY",
        List.of(
            ProposalMoves.set("proposal.replyGrade", grade == null ? null : grade.name()),
            ProposalMoves.set("proposal.replyText", proposal.replyText())),
        List.of(unit));
  }

  /** The office passes the reply: the proposer is asked to rate it. */
  @Transactional
  public Proposal passReply(long id, LocalDate on) {
    Proposal proposal = moves.visible(Proposals.REVIEW, id);
    ProposalStatus before = proposal.passReply(on, moves.today());
    return moves.saved(proposal, before, "PROPOSAL_PASS", List.of(), List.of());
  }

  /** The office rebuts the reply: the lead unit handles it again. */
  @Transactional
  public Proposal rebutReply(long id, String reason, LocalDate on) {
    Proposal proposal = moves.visible(Proposals.REVIEW, id);
    ProposalStatus before = proposal.rebutReply(reason, on, moves.today());
    return moves.saved(
        proposal,
        before,
        "PROPOSAL_REBUT",
        List.of(ProposalMoves.set("proposal.reason", proposal.rebutReason())),
        proposal.leadUnit().map(u -> List.of(u.unitId())).orElse(List.of()));
  }

  /**
   * The lead author rates the unit's attitude and the result (the office records a paper feedback
   * form); a dissatisfied result sends it back to the lead unit once.
   */
  @Transactional
  public Proposal rate(long id, Rating attitude, Rating result, String reason, LocalDate on) {
    LvzhiUser user = CurrentUser.requirePermission(Proposals.RATE);
    Proposal proposal = moves.visible(Proposals.RATE, id);
    if (user.role() == Role.MEMBER && !Objects.equals(proposal.leadMemberId(), user.memberId())) {
      throw new NotAllowedException("proposal.notAuthor");
    }
    ProposalStatus before =
        proposal.rate(attitude, result, reason, properties.maxRehandles(), on, moves.today());
    return moves.saved(
        proposal,
        before,
        proposal.status() == ProposalStatus.CLOSED ? "PROPOSAL_RATE" : "PROPOSAL_REHANDLE",
        List.of(
            ProposalMoves.set(
                "proposal.ratingAttitude", moves.chinese("rating." + attitude.name())),
            ProposalMoves.set("proposal.ratingResult", moves.chinese("rating." + result.name())),
            ProposalMoves.set("proposal.ratingReason", proposal.ratingReason())),
        proposal.leadUnit().map(u -> List.of(u.unitId())).orElse(List.of()));
  }

  private static long clerkUnit() {
    LvzhiUser user = CurrentUser.requirePermission(Proposals.HANDLE);
    if (user.unitId() == null) {
      throw new NotAllowedException("proposal.notUnit");
    }
    return user.unitId();
  }
}
