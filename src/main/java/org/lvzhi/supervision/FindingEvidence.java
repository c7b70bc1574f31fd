package org.lvzhi.supervision;

import org.lvzhi.attachment.AttachmentOwner;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.stereotype.Component;

/**
 * Evidence of a finding (photos, documents) is attached to the finding: those who see its visit see
 * it, and so does the responsible unit's clerk; the squad (and the office) adds and removes it.
 */
@Component
class FindingEvidence implements AttachmentOwner {

  private final FindingStore findings;
  private final VisitStore visits;
  private final SquadAccess squads;

  FindingEvidence(FindingStore findings, VisitStore visits, SquadAccess squads) {
    this.findings = findings;
    this.visits = visits;
    this.squads = squads;
  }

  @Override
  public String ownerType() {
    return FindingStore.TABLE;
  }

  @Override
  public boolean mayView(long ownerId) {
    LvzhiUser user = CurrentUser.get().orElse(null);
    if (user == null) {
      return false;
    }
    return findings
        .find(ownerId)
        .filter(
            f ->
                user.unitId() != null && user.unitId() == f.unitId()
                    || squad(f).map(s -> squads.maySee(user, s)).orElse(false))
        .isPresent();
  }

  @Override
  public boolean mayChange(long ownerId) {
    LvzhiUser user = CurrentUser.get().orElse(null);
    if (user == null) {
      return false;
    }
    return findings
        .find(ownerId)
        .flatMap(this::squad)
        .filter(s -> squads.mayRecordFor(user, s))
        .isPresent();
  }

  private java.util.Optional<Long> squad(Finding finding) {
    return visits.find(finding.visitId()).map(SupervisionVisit::squadId);
  }
}
