package org.lvzhi.supervision;

import org.lvzhi.rectification.ProblemSourceAuthority;
import org.lvzhi.rectification.SourceType;
import org.lvzhi.system.LvzhiUser;
import org.springframework.stereotype.Component;

/**
 * What the squad may do with the problems found on its visits (the source record is the visit): see
 * them, and raise, assign, verify and reopen them — its leader and members, and the office.
 */
@Component
class SquadAuthority implements ProblemSourceAuthority {

  private final VisitStore visits;
  private final SquadAccess squads;

  SquadAuthority(VisitStore visits, SquadAccess squads) {
    this.visits = visits;
    this.squads = squads;
  }

  @Override
  public SourceType source() {
    return SourceType.SUPERVISION;
  }

  @Override
  public boolean grants(LvzhiUser user, long visitId, Grant grant) {
    return visits
        .find(visitId)
        .map(
            visit ->
                grant == Grant.VIEW
                    ? squads.maySee(user, visit.squadId())
                    : squads.mayRecordFor(user, visit.squadId()))
        .orElse(false);
  }
}
