package org.lvzhi.proposal;

import static org.lvzhi.proposal.ProposalStatus.ACCEPTED;
import static org.lvzhi.proposal.ProposalStatus.ASSIGNED;
import static org.lvzhi.proposal.ProposalStatus.AWAITING_COSIGNERS;
import static org.lvzhi.proposal.ProposalStatus.AWAITING_FEEDBACK;
import static org.lvzhi.proposal.ProposalStatus.CLOSED;
import static org.lvzhi.proposal.ProposalStatus.DRAFT;
import static org.lvzhi.proposal.ProposalStatus.IN_PROGRESS;
import static org.lvzhi.proposal.ProposalStatus.MERGED;
import static org.lvzhi.proposal.ProposalStatus.REJECTED_AS_SUGGESTION;
import static org.lvzhi.proposal.ProposalStatus.REPLIED;
import static org.lvzhi.proposal.ProposalStatus.RETURNED;
import static org.lvzhi.proposal.ProposalStatus.SUBMITTED;
import static org.lvzhi.proposal.ProposalStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.proposal.HandlingCodes.UnitState;
import org.lvzhi.system.IllegalMoveException;

/**
 * One proposal and every move it may make (DESIGN.md's proposal workflow): the author drafts,
 * revises and submits it, co-signers confirm, the office reviews it (accepts and numbers it, does
 * not accept it, returns or merges it), the author may withdraw it; the office assigns it to a lead
 * unit and co-units with a due date; each unit acknowledges or asks for it to be returned, the lead
 * unit may ask for more time, contacts the proposer and replies, co-units send their opinions; the
 * office passes or rebuts the reply; the proposer rates it, which closes it or sends it back.
 *
 * <p>Each move checks the status first (refused with {@link IllegalMoveException}, 409), then its
 * input (400 naming the fields), and returns the status it left. A refused move changes nothing.
 * Who may make a move is the service's business ({@link Proposals}); what the state allows is
 * decided here. Public for the module's web layer, which reads it.
 */
public final class Proposal {

  static final int NOTE_LENGTH = 1000;

  Long id;
  Long sessionId;
  Integer number;
  ProposalKind kind;
  boolean inSession;
  Long leadMemberId;
  String collectiveBody;
  Long sectorId;
  Long specialCommitteeId;
  ProposalText text;
  ProposalStatus status;
  String draftedBy;
  LocalDate submittedOn;
  LocalDate reviewedOn;
  String reviewNote;
  String rejectionGround;
  Long mergedIntoId;
  LocalDate assignedOn;
  LocalDate dueOn;
  LocalDate repliedOn;
  ReplyGrade replyGrade;
  String replyText;
  Long replyLetterId;
  LocalDate checkedOn;
  String rebutReason;
  LocalDate ratedOn;
  Rating ratingAttitude;
  Rating ratingResult;
  String ratingReason;
  int rehandled;
  LocalDate closedOn;
  boolean keyProposal;
  Long supervisorMemberId;
  int urged;
  LocalDate urgedOn;
  int version;
  final List<Cosigner> cosigners = new ArrayList<>();
  final List<HandlingUnit> units = new ArrayList<>();

  Proposal() {}

  /** Who puts it forward: a member alone, a member with co-signers, or a body. */
  record Authors(
      ProposalKind kind,
      Long leadMemberId,
      List<Long> cosignerIds,
      String collectiveBody,
      Long sectorId,
      Long specialCommitteeId) {}

  /** A new draft; its author alone sees it until it is submitted. */
  static Proposal draft(
      Authors authors,
      boolean inSession,
      Long sessionId,
      ProposalText text,
      String draftedBy,
      LocalDate today) {
    Proposal proposal = new Proposal();
    proposal.status = DRAFT;
    proposal.draftedBy = draftedBy;
    proposal.inSession = inSession;
    proposal.sessionId = sessionId;
    proposal.write(authors, text, today);
    return proposal;
  }

  /** The author changes the draft, or the proposal the office returned. */
  ProposalStatus revise(Authors authors, Long session, ProposalText newText, LocalDate today) {
    if (!ProposalStatus.AUTHOR_EDITS.contains(status)) {
      throw new IllegalMoveException("proposal.move.reviseSubmitted");
    }
    write(authors, newText, today);
    sessionId = session;
    return status;
  }

  private void write(Authors authors, ProposalText newText, LocalDate today) {
    Input input = new Input(today);
    ProposalText clean =
        new ProposalText(
            input.required(
                "subject", "proposal.subject", newText.subject(), ProposalText.SUBJECT_LENGTH),
            input.optional(
                "situation", "proposal.situation", newText.situation(), ProposalText.BODY_LENGTH),
            input.optional(
                "analysis", "proposal.analysis", newText.analysis(), ProposalText.BODY_LENGTH),
            input.optional(
                "suggestions",
                "proposal.suggestions",
                newText.suggestions(),
                ProposalText.BODY_LENGTH),
            input.optional(
                "suggestedUnits",
                "proposal.suggestedUnits",
                newText.suggestedUnits(),
                ProposalText.UNITS_LENGTH));
    ProposalKind newKind = input.present("kind", "proposal.kind", authors.kind());
    Set<Long> cosignerIds =
        new LinkedHashSet<>(authors.cosignerIds() == null ? List.of() : authors.cosignerIds());
    String body =
        input.optional("collectiveBody", "proposal.collectiveBody", authors.collectiveBody(), 100);
    if (newKind == ProposalKind.COLLECTIVE) {
      if (body == null && authors.sectorId() == null && authors.specialCommitteeId() == null) {
        input.problem("collectiveBody", "proposal.input.collectiveBodyMissing");
      }
    } else if (newKind != null && authors.leadMemberId() == null) {
      input.problem("leadMemberId", "proposal.input.leadMissing");
    }
    if (newKind == ProposalKind.INDIVIDUAL && !cosignerIds.isEmpty()) {
      input.problem("cosigners", "proposal.input.individualWithCosigners");
    }
    if (authors.leadMemberId() != null && cosignerIds.contains(authors.leadMemberId())) {
      input.problem("cosigners", "proposal.input.leadAsCosigner");
    }
    input.refuseIfAny();
    kind = newKind;
    leadMemberId = authors.leadMemberId();
    collectiveBody = newKind == ProposalKind.COLLECTIVE ? body : null;
    sectorId = authors.sectorId();
    specialCommitteeId = authors.specialCommitteeId();
    text = clean;
    List<Cosigner> kept = new ArrayList<>();
    for (Long member : cosignerIds) {
      kept.add(
          cosigners.stream()
              .filter(c -> c.memberId() == member)
              .findFirst()
              .orElse(new Cosigner(member, null)));
    }
    cosigners.clear();
    cosigners.addAll(kept);
  }

  /**
   * The author submits it: it counts as submitted at once, or once every co-signer has confirmed.
   */
  ProposalStatus submit(LocalDate on, LocalDate today) {
    if (!ProposalStatus.AUTHOR_EDITS.contains(status)) {
      throw new IllegalMoveException("proposal.move.submitTwice");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, null);
    input.required("situation", "proposal.situation", text.situation(), ProposalText.BODY_LENGTH);
    input.required(
        "suggestions", "proposal.suggestions", text.suggestions(), ProposalText.BODY_LENGTH);
    if (kind == ProposalKind.JOINT && cosigners.isEmpty()) {
      input.problem("cosigners", "proposal.input.jointWithoutCosigners");
    }
    input.refuseIfAny();
    ProposalStatus before = status;
    submittedOn = date;
    status = allConfirmed() ? SUBMITTED : AWAITING_COSIGNERS;
    return before;
  }

  /** The co-signers signed the paper the office records: each counts from {@code on}. */
  void signedOnPaper(LocalDate on, LocalDate today) {
    LocalDate date = on == null || on.isAfter(today) ? today : on;
    cosigners.replaceAll(c -> c.confirmed() ? c : new Cosigner(c.memberId(), date));
  }

  /** A co-signer confirms; the last one to confirm makes it submitted. */
  ProposalStatus confirm(long memberId, LocalDate today) {
    int at = cosignerAt(memberId);
    if (status != AWAITING_COSIGNERS || cosigners.get(at).confirmed()) {
      throw new IllegalMoveException("proposal.move.confirmNotAwaited");
    }
    ProposalStatus before = status;
    cosigners.set(at, new Cosigner(memberId, today));
    if (allConfirmed()) {
      status = SUBMITTED;
      submittedOn = today;
    }
    return before;
  }

  /**
   * A co-signer declines and leaves the list; with nobody left the draft goes back to its author.
   */
  ProposalStatus decline(long memberId, LocalDate today) {
    int at = cosignerAt(memberId);
    if (status != AWAITING_COSIGNERS && status != DRAFT || cosigners.get(at).confirmed()) {
      throw new IllegalMoveException("proposal.move.confirmNotAwaited");
    }
    ProposalStatus before = status;
    cosigners.remove(at);
    if (status == AWAITING_COSIGNERS) {
      if (cosigners.isEmpty()) {
        status = DRAFT;
      } else if (allConfirmed()) {
        status = SUBMITTED;
        submittedOn = today;
      }
    }
    return before;
  }

  private int cosignerAt(long memberId) {
    for (int i = 0; i < cosigners.size(); i++) {
      if (cosigners.get(i).memberId() == memberId) {
        return i;
      }
    }
    throw new IllegalMoveException("proposal.move.notCosigner");
  }

  private boolean allConfirmed() {
    return cosigners.stream().allMatch(Cosigner::confirmed);
  }

  /** The author withdraws it (撤案) before the office has accepted it. */
  ProposalStatus withdraw(String reason, LocalDate on, LocalDate today) {
    if (!ProposalStatus.WITHDRAWABLE.contains(status)) {
      throw new IllegalMoveException("proposal.move.withdrawReviewed");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, submittedOn);
    String note = input.optional("reason", "proposal.reason", reason, NOTE_LENGTH);
    input.refuseIfAny();
    ProposalStatus before = status;
    status = WITHDRAWN;
    reviewedOn = date;
    reviewNote = note;
    return before;
  }

  /** The office accepts it (立案) under the number the session gives it. */
  ProposalStatus accept(long session, int givenNumber, LocalDate on, LocalDate today) {
    requireSubmitted();
    Input input = new Input(today);
    LocalDate date = input.on(on, submittedOn);
    input.refuseIfAny();
    sessionId = session;
    number = givenNumber;
    return reviewed(ACCEPTED, date, null);
  }

  /**
   * The office does not accept it as a proposal, on a ground of the list; it goes on as a
   * suggestion.
   */
  ProposalStatus reject(String ground, String note, LocalDate on, LocalDate today) {
    requireSubmitted();
    Input input = new Input(today);
    LocalDate date = input.on(on, submittedOn);
    input.present("ground", "proposal.ground", ground);
    String clean = input.optional("note", "proposal.reviewNote", note, NOTE_LENGTH);
    input.refuseIfAny();
    rejectionGround = ground;
    return reviewed(REJECTED_AS_SUGGESTION, date, clean);
  }

  /** The office returns it to its author for revision, saying what to change. */
  ProposalStatus returnForRevision(String note, LocalDate on, LocalDate today) {
    requireSubmitted();
    Input input = new Input(today);
    LocalDate date = input.on(on, submittedOn);
    String clean = input.required("note", "proposal.reviewNote", note, NOTE_LENGTH);
    input.refuseIfAny();
    return reviewed(RETURNED, date, clean);
  }

  /**
   * The office merges it into {@code survivor} (并案): from now on it follows the survivor. A number
   * it was given stays with it.
   */
  ProposalStatus mergeInto(Proposal survivor, LocalDate on, LocalDate today) {
    if (!ProposalStatus.MERGEABLE.contains(status)) {
      throw new IllegalMoveException("proposal.move.mergeHandled");
    }
    if (survivor.id.equals(id) || !ProposalStatus.SURVIVES_MERGE.contains(survivor.status)) {
      throw new IllegalMoveException("proposal.move.mergeIntoFinished");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, submittedOn);
    input.refuseIfAny();
    mergedIntoId = survivor.id;
    return reviewed(MERGED, date, reviewNote);
  }

  private void requireSubmitted() {
    if (status != SUBMITTED) {
      throw new IllegalMoveException(
          status == AWAITING_COSIGNERS
              ? "proposal.move.reviewAwaitingCosigners"
              : "proposal.move.reviewNotSubmitted");
    }
  }

  private ProposalStatus reviewed(ProposalStatus outcome, LocalDate on, String note) {
    ProposalStatus before = status;
    status = outcome;
    reviewedOn = on;
    reviewNote = note;
    return before;
  }

  /**
   * The office assigns it (交办) to a lead unit and co-units with a due date, or assigns it again
   * (after a unit asked for it to be returned, say): units that stay keep their steps.
   */
  ProposalStatus assign(
      Long leadUnit, List<Long> coUnits, LocalDate due, LocalDate on, LocalDate today) {
    if (!ProposalStatus.ASSIGNABLE.contains(status)) {
      throw new IllegalMoveException("proposal.move.assignNotAccepted");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, reviewedOn);
    input.present("leadUnitId", "proposal.leadUnit", leadUnit);
    Set<Long> co = new LinkedHashSet<>(coUnits == null ? List.of() : coUnits);
    if (leadUnit != null && co.contains(leadUnit)) {
      input.problem("coUnitIds", "proposal.input.leadAsCoUnit");
    }
    if (input.present("dueOn", "proposal.dueOn", due) != null && due.isBefore(date)) {
      input.problem("dueOn", "proposal.input.dueBeforeAssigned", date);
    }
    input.refuseIfAny();
    List<HandlingUnit> next = new ArrayList<>();
    next.add(keptOrNew(leadUnit, true));
    co.forEach(unit -> next.add(keptOrNew(unit, false)));
    units.clear();
    units.addAll(next);
    ProposalStatus before = status;
    assignedOn = date;
    dueOn = due;
    HandlingUnit lead = leadUnit().orElseThrow();
    status =
        before == IN_PROGRESS && lead.state() == UnitState.ACKNOWLEDGED ? IN_PROGRESS : ASSIGNED;
    if (status == ASSIGNED) {
      lead.keep();
    }
    return before;
  }

  private HandlingUnit keptOrNew(long unitId, boolean lead) {
    HandlingUnit unit =
        unit(unitId).filter(u -> u.state() != UnitState.RETURN_REQUESTED).orElse(null);
    if (unit == null) {
      return HandlingUnit.assigned(unitId, lead);
    }
    if (unit.lead() != lead) {
      unit.lead(lead);
      unit.settleExtension();
    }
    return unit;
  }

  /** An assigned unit acknowledges it (签收); the lead unit's acknowledgement starts the handling. */
  ProposalStatus acknowledge(long unitId, LocalDate on, LocalDate today) {
    HandlingUnit unit = handlingUnit(unitId);
    if (!status.handling() || unit.state() != UnitState.ASSIGNED) {
      throw new IllegalMoveException("proposal.move.acknowledgeTwice");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, assignedOn);
    input.refuseIfAny();
    ProposalStatus before = status;
    unit.acknowledge(date);
    if (unit.lead() && status == ASSIGNED) {
      status = IN_PROGRESS;
    }
    return before;
  }

  /**
   * An assigned unit holds it is not its matter and asks the office to assign it elsewhere (申退);
   * only the office passes it on.
   */
  ProposalStatus askReturn(long unitId, String reason, LocalDate today) {
    HandlingUnit unit = handlingUnit(unitId);
    if (!status.handling() || unit.state() != UnitState.ASSIGNED) {
      throw new IllegalMoveException("proposal.move.returnAfterAcknowledged");
    }
    Input input = new Input(today);
    String clean = input.required("reason", "proposal.reason", reason, NOTE_LENGTH);
    input.refuseIfAny();
    unit.askReturn(clean);
    return status;
  }

  /** The office refuses a unit's request to return it: the unit handles it. */
  ProposalStatus refuseReturn(long unitId) {
    HandlingUnit unit = handlingUnit(unitId);
    if (unit.state() != UnitState.RETURN_REQUESTED) {
      throw new IllegalMoveException("proposal.move.noReturnRequest");
    }
    unit.keep();
    return status;
  }

  /** The lead unit asks for a later due date, within the longest the committee allows. */
  ProposalStatus askExtension(
      long unitId, LocalDate until, String reason, LocalDate latestDue, LocalDate today) {
    HandlingUnit unit = handlingUnit(unitId);
    if (status != IN_PROGRESS || !unit.lead() || unit.extensionRequested()) {
      throw new IllegalMoveException("proposal.move.extensionNotNow");
    }
    Input input = new Input(today);
    String clean = input.required("reason", "proposal.reason", reason, NOTE_LENGTH);
    if (input.present("until", "proposal.extensionUntil", until) != null) {
      if (!until.isAfter(dueOn)) {
        input.problem("until", "proposal.input.extensionNotLater", dueOn);
      } else if (until.isAfter(latestDue)) {
        input.problem("until", "proposal.input.extensionTooLong", latestDue);
      }
    }
    input.refuseIfAny();
    unit.askExtension(until, clean);
    return status;
  }

  /** The office grants (the due date moves) or refuses the lead unit's request for more time. */
  ProposalStatus settleExtension(boolean grant) {
    HandlingUnit lead = leadUnit().filter(HandlingUnit::extensionRequested).orElse(null);
    if (lead == null) {
      throw new IllegalMoveException("proposal.move.noExtensionRequest");
    }
    if (grant) {
      dueOn = lead.extensionUntil();
    }
    lead.settleExtension();
    return status;
  }

  /** The lead unit records its contact with the proposer (办前沟通), which must come before a reply. */
  ProposalStatus recordContact(
      long unitId, ContactManner manner, String note, LocalDate on, LocalDate today) {
    HandlingUnit unit = handlingUnit(unitId);
    if (status != IN_PROGRESS || !unit.lead()) {
      throw new IllegalMoveException("proposal.move.contactNotHandling");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, unit.acknowledgedOn());
    input.present("manner", "proposal.contactManner", manner);
    String clean = input.optional("note", "proposal.contactNote", note, NOTE_LENGTH);
    input.refuseIfAny();
    unit.contacted(date, manner, clean);
    return status;
  }

  /** A co-unit sends its opinion to the lead unit (会办意见). */
  ProposalStatus sendOpinion(long unitId, String opinion, LocalDate on, LocalDate today) {
    HandlingUnit unit = handlingUnit(unitId);
    if (!status.handling() || unit.lead() || unit.state() != UnitState.ACKNOWLEDGED) {
      throw new IllegalMoveException("proposal.move.opinionNotNow");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, unit.acknowledgedOn());
    String clean =
        input.required("opinion", "proposal.coOpinion", opinion, ProposalText.BODY_LENGTH);
    input.refuseIfAny();
    unit.opinion(clean, date);
    return status;
  }

  /** Refuses (409) a reply the proposal cannot take now, before its letter is kept. */
  void checkReply(long unitId) {
    HandlingUnit unit = handlingUnit(unitId);
    if (status != IN_PROGRESS || !unit.lead()) {
      throw new IllegalMoveException("proposal.move.replyNotHandling");
    }
    if (unit.contactedOn() == null) {
      throw new IllegalMoveException("proposal.move.replyBeforeContact");
    }
  }

  /** The lead unit replies with a grade, the text and the signed letter (答复). */
  ProposalStatus reply(
      long unitId, ReplyGrade grade, String reply, Long letterId, LocalDate on, LocalDate today) {
    checkReply(unitId);
    HandlingUnit unit = handlingUnit(unitId);
    Input input = new Input(today);
    LocalDate date = input.on(on, unit.contactedOn());
    input.present("grade", "proposal.replyGrade", grade);
    String clean = input.required("reply", "proposal.replyText", reply, ProposalText.BODY_LENGTH);
    input.present("letter", "proposal.replyLetter", letterId);
    input.refuseIfAny();
    ProposalStatus before = status;
    status = REPLIED;
    replyGrade = grade;
    replyText = clean;
    replyLetterId = letterId;
    repliedOn = date;
    unit.settleExtension();
    return before;
  }

  /** The office passes the reply on to the proposer for rating. */
  ProposalStatus passReply(LocalDate on, LocalDate today) {
    requireReplied();
    Input input = new Input(today);
    LocalDate date = input.on(on, repliedOn);
    input.refuseIfAny();
    status = AWAITING_FEEDBACK;
    checkedOn = date;
    rebutReason = null;
    return REPLIED;
  }

  /** The office rebuts the reply: the lead unit handles it again. */
  ProposalStatus rebutReply(String reason, LocalDate on, LocalDate today) {
    requireReplied();
    Input input = new Input(today);
    LocalDate date = input.on(on, repliedOn);
    String clean = input.required("reason", "proposal.reason", reason, NOTE_LENGTH);
    input.refuseIfAny();
    status = IN_PROGRESS;
    checkedOn = date;
    rebutReason = clean;
    return REPLIED;
  }

  private void requireReplied() {
    if (status != REPLIED) {
      throw new IllegalMoveException("proposal.move.checkNotReplied");
    }
  }

  /**
   * The proposer rates the unit's attitude and the result (满意度测评); a dissatisfied result sends it
   * back to the lead unit unless it was already re-handled as often as the committee allows.
   */
  ProposalStatus rate(
      Rating attitude,
      Rating result,
      String reason,
      int maxRehandles,
      LocalDate on,
      LocalDate today) {
    if (status != AWAITING_FEEDBACK) {
      throw new IllegalMoveException("proposal.move.rateNotAwaited");
    }
    Input input = new Input(today);
    LocalDate date = input.on(on, checkedOn);
    input.present("attitude", "proposal.ratingAttitude", attitude);
    input.present("result", "proposal.ratingResult", result);
    boolean dissatisfied = attitude == Rating.DISSATISFIED || result == Rating.DISSATISFIED;
    String clean =
        dissatisfied
            ? input.required("reason", "proposal.ratingReason", reason, NOTE_LENGTH)
            : input.optional("reason", "proposal.ratingReason", reason, NOTE_LENGTH);
    input.refuseIfAny();
    ratingAttitude = attitude;
    ratingResult = result;
    ratingReason = clean;
    ratedOn = date;
    if (result == Rating.DISSATISFIED && rehandled < maxRehandles) {
      rehandled++;
      status = IN_PROGRESS;
    } else {
      status = CLOSED;
      closedOn = date;
    }
    return AWAITING_FEEDBACK;
  }

  /** Marks it a key proposal (重点提案) supervised by a leader, or no longer one. */
  ProposalStatus markKey(boolean key, Long supervisor) {
    if (!status.accepted() || status == MERGED) {
      throw new IllegalMoveException("proposal.move.keyNotAccepted");
    }
    keyProposal = key;
    supervisorMemberId = key ? supervisor : null;
    return status;
  }

  /** Urges the units (催办) while they have not replied. */
  ProposalStatus urge(LocalDate today) {
    if (!status.handling()) {
      throw new IllegalMoveException("proposal.move.urgeNotHandling");
    }
    urged++;
    urgedOn = today;
    return status;
  }

  private HandlingUnit handlingUnit(long unitId) {
    return unit(unitId)
        .orElseThrow(() -> new IllegalMoveException("proposal.move.notAssignedUnit"));
  }

  public Optional<HandlingUnit> unit(long unitId) {
    return units.stream().filter(u -> u.unitId() == unitId).findFirst();
  }

  public Optional<HandlingUnit> leadUnit() {
    return units.stream().filter(HandlingUnit::lead).findFirst();
  }

  /** Overdue on {@code today}: with its units past the due date, not replied. */
  public boolean overdueOn(LocalDate today) {
    return status.handling() && dueOn != null && dueOn.isBefore(today);
  }

  /** Replied by the due date (as extended). */
  public boolean repliedOnTime() {
    return repliedOn != null && dueOn != null && !repliedOn.isAfter(dueOn);
  }

  /** Whether the member is among its authors: the lead author or a co-signer. */
  public boolean authoredBy(long memberId) {
    return (leadMemberId != null && leadMemberId == memberId)
        || cosigners.stream().anyMatch(c -> c.memberId() == memberId);
  }

  public Long id() {
    return id;
  }

  public Long sessionId() {
    return sessionId;
  }

  public Integer number() {
    return number;
  }

  public ProposalKind kind() {
    return kind;
  }

  public boolean inSession() {
    return inSession;
  }

  public Long leadMemberId() {
    return leadMemberId;
  }

  public String collectiveBody() {
    return collectiveBody;
  }

  public Long sectorId() {
    return sectorId;
  }

  public Long specialCommitteeId() {
    return specialCommitteeId;
  }

  public ProposalText text() {
    return text;
  }

  public ProposalStatus status() {
    return status;
  }

  public String draftedBy() {
    return draftedBy;
  }

  public LocalDate submittedOn() {
    return submittedOn;
  }

  public LocalDate reviewedOn() {
    return reviewedOn;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public String rejectionGround() {
    return rejectionGround;
  }

  public Long mergedIntoId() {
    return mergedIntoId;
  }

  public LocalDate assignedOn() {
    return assignedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDate repliedOn() {
    return repliedOn;
  }

  public ReplyGrade replyGrade() {
    return replyGrade;
  }

  public String replyText() {
    return replyText;
  }

  public Long replyLetterId() {
    return replyLetterId;
  }

  public LocalDate checkedOn() {
    return checkedOn;
  }

  public String rebutReason() {
    return rebutReason;
  }

  public LocalDate ratedOn() {
    return ratedOn;
  }

  public Rating ratingAttitude() {
    return ratingAttitude;
  }

  public Rating ratingResult() {
    return ratingResult;
  }

  public String ratingReason() {
    return ratingReason;
  }

  public int rehandled() {
    return rehandled;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public boolean keyProposal() {
    return keyProposal;
  }

  public Long supervisorMemberId() {
    return supervisorMemberId;
  }

  public int urged() {
    return urged;
  }

  public LocalDate urgedOn() {
    return urgedOn;
  }

  public int version() {
    return version;
  }

  public List<Cosigner> cosigners() {
    return List.copyOf(cosigners);
  }

  public List<HandlingUnit> units() {
    return List.copyOf(units);
  }
}
