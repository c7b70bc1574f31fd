package org.lvzhi.activity.web;

import java.util.List;
import org.lvzhi.activity.Participations;
import org.lvzhi.organisation.Members;

/**
 * Whom to invite, as a form or a client gives it: {@code group} is {@code everyone}, {@code
 * standing}, {@code special-committee:<id>} or {@code sector:<id>} (or empty), plus individual
 * member ids and whether to invite the office's cadres.
 */
record InviteRequest(String group, List<Long> memberIds, boolean cadres) {

  Participations.Invitation invitation() {
    return new Participations.Invitation(members(), cadres);
  }

  private Members.Group members() {
    String chosen = group == null ? "" : group.trim();
    if (chosen.equals("everyone")) {
      return new Members.Group.Everyone();
    }
    if (chosen.equals("standing")) {
      return new Members.Group.StandingMembers();
    }
    if (chosen.startsWith("special-committee:")) {
      return new Members.Group.OfSpecialCommittee(
          Long.parseLong(chosen.substring("special-committee:".length())));
    }
    if (chosen.startsWith("sector:")) {
      return new Members.Group.OfSector(Long.parseLong(chosen.substring("sector:".length())));
    }
    return new Members.Group.Individuals(memberIds == null ? List.of() : memberIds);
  }
}
