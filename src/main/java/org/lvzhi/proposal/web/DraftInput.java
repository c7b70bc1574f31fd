package org.lvzhi.proposal.web;

import java.util.List;
import org.lvzhi.proposal.Proposal;
import org.lvzhi.proposal.ProposalKind;
import org.lvzhi.proposal.ProposalText;
import org.lvzhi.proposal.Proposals;

/** What the drafting form sends, as typed. Public: the template reads it. */
public record DraftInput(
    String kind,
    List<Long> cosignerIds,
    String collectiveBody,
    Long sectorId,
    Long specialCommitteeId,
    boolean inSession,
    Long sessionId,
    String subject,
    String situation,
    String analysis,
    String suggestions,
    String suggestedUnits,
    String submittedOn) {

  static DraftInput blank(Long sessionId) {
    return new DraftInput(
        ProposalKind.INDIVIDUAL.name(),
        List.of(),
        "",
        null,
        null,
        true,
        sessionId,
        "",
        "",
        "",
        "",
        "",
        "");
  }

  static DraftInput of(Proposal p) {
    ProposalText t = p.text();
    return new DraftInput(
        p.kind().name(),
        p.cosigners().stream().map(c -> c.memberId()).toList(),
        orEmpty(p.collectiveBody()),
        p.sectorId(),
        p.specialCommitteeId(),
        p.inSession(),
        p.sessionId(),
        t.subject(),
        orEmpty(t.situation()),
        orEmpty(t.analysis()),
        orEmpty(t.suggestions()),
        orEmpty(t.suggestedUnits()),
        "");
  }

  /** The draft as the service takes it; an unknown kind is left for the aggregate to refuse. */
  Proposals.Draft draft(Long leadMemberId) {
    ProposalKind chosen;
    try {
      chosen = kind == null ? null : ProposalKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      chosen = null;
    }
    return new Proposals.Draft(
        chosen,
        leadMemberId,
        cosigners(),
        collectiveBody,
        sectorId,
        specialCommitteeId,
        inSession,
        sessionId,
        new ProposalText(subject, situation, analysis, suggestions, suggestedUnits));
  }

  public List<Long> cosigners() {
    return cosignerIds == null ? List.of() : cosignerIds;
  }

  public String text(String value) {
    return value == null ? "" : value;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
