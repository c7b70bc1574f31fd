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
      return new Members.Group.OfSpecialCommittee(id(chosen, "special-committee:"));
    }
    if (chosen.startsWith("sector:")) {
      return new Members.Group.OfSector(id(chosen, "sector:"));
    }
    if (!chosen.isEmpty() && !chosen.equals("individuals")) {
      throw unknownGroup(chosen);
    }
    return new Members.Group.Individuals(memberIds == null ? List.of() : memberIds);
  }

  /** The id after a group's prefix; anything but a positive number is an unknown group. */
  private static long id(String chosen, String prefix) {
    try {
      long id = Long.parseLong(chosen.substring(prefix.length()).trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw unknownGroup(chosen);
  }

  private static org.lvzhi.system.InvalidInputException unknownGroup(String chosen) {
    return new org.lvzhi.system.InvalidInputException(
        java.util.Map.of("group", org.lvzhi.system.Texts.of("invite.unknownGroup", chosen)));
  }
}
