package org.lvzhi.proposal.web;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.proposal.AllowedMoves;
import org.lvzhi.proposal.HandlingUnit;
import org.lvzhi.proposal.Proposal;

/** A proposal as the API answers it: everything it holds, and the moves the caller may make now. */
record ProposalJson(
    long id,
    Integer number,
    Long sessionId,
    String kind,
    String status,
    boolean inSession,
    Long leadMemberId,
    List<ProposalCosigner> cosigners,
    String collectiveBody,
    Long sectorId,
    Long specialCommitteeId,
    String subject,
    String situation,
    String analysis,
    String suggestions,
    String suggestedUnits,
    LocalDate submittedOn,
    LocalDate reviewedOn,
    String reviewNote,
    String rejectionGround,
    Long mergedIntoId,
    LocalDate assignedOn,
    LocalDate dueOn,
    boolean overdue,
    List<ProposalUnit> units,
    LocalDate repliedOn,
    String replyGrade,
    String replyText,
    Long replyLetterId,
    boolean repliedOnTime,
    LocalDate checkedOn,
    String rebutReason,
    LocalDate ratedOn,
    String ratingAttitude,
    String ratingResult,
    String ratingReason,
    int rehandled,
    LocalDate closedOn,
    boolean keyProposal,
    Long supervisorMemberId,
    int urged,
    int version,
    AllowedMoves allowedMoves) {

  record ProposalCosigner(long memberId, LocalDate confirmedOn) {}

  record ProposalUnit(
      long unitId,
      boolean lead,
      String state,
      LocalDate acknowledgedOn,
      String returnReason,
      LocalDate extensionUntil,
      String extensionReason,
      LocalDate contactedOn,
      String contactManner,
      String contactNote,
      String opinion,
      LocalDate opinionOn) {

    static ProposalUnit of(HandlingUnit u) {
      return new ProposalUnit(
          u.unitId(),
          u.lead(),
          u.state().name(),
          u.acknowledgedOn(),
          u.returnReason(),
          u.extensionUntil(),
          u.extensionReason(),
          u.contactedOn(),
          name(u.contactManner()),
          u.contactNote(),
          u.opinion(),
          u.opinionOn());
    }
  }

  static ProposalJson of(Proposal p, LocalDate today, AllowedMoves moves) {
    return new ProposalJson(
        p.id(),
        p.number(),
        p.sessionId(),
        p.kind().name(),
        p.status().name(),
        p.inSession(),
        p.leadMemberId(),
        p.cosigners().stream()
            .map(c -> new ProposalCosigner(c.memberId(), c.confirmedOn()))
            .toList(),
        p.collectiveBody(),
        p.sectorId(),
        p.specialCommitteeId(),
        p.text().subject(),
        p.text().situation(),
        p.text().analysis(),
        p.text().suggestions(),
        p.text().suggestedUnits(),
        p.submittedOn(),
        p.reviewedOn(),
        p.reviewNote(),
        p.rejectionGround(),
        p.mergedIntoId(),
        p.assignedOn(),
        p.dueOn(),
        p.overdueOn(today),
        p.units().stream().map(ProposalUnit::of).toList(),
        p.repliedOn(),
        name(p.replyGrade()),
        p.replyText(),
        p.replyLetterId(),
        p.repliedOnTime(),
        p.checkedOn(),
        p.rebutReason(),
        p.ratedOn(),
        name(p.ratingAttitude()),
        name(p.ratingResult()),
        p.ratingReason(),
        p.rehandled(),
        p.closedOn(),
        p.keyProposal(),
        p.supervisorMemberId(),
        p.urged(),
        p.version(),
        moves);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
