package org.lvzhi.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lvzhi.system.Role;

/**
 * One county committee of the demo and what its registers are filled with: its term, sectors,
 * special committees, units, members and accounts. {@link DemoNames} holds the two counties.
 *
 * @param seat the county town, in addresses
 * @param areaCode the administrative area in the units' credit codes
 * @param phoneExchange the first of the units' landline numbers (after the area code 0916)
 * @param leaderPosts the posts of the leading members, who come first in the roster
 * @param viceChairs how many leading members after the chair are vice-chairs; the next one is the
 *     secretary-general
 * @param partyGroup the leading members (by position) in the party group
 * @param standing how many members, from the first, sit on the standing committee
 * @param leftAt the position of the member who left during the term, or -1
 * @param mobileBase where the members' mobile numbers start
 * @param unitSeed the seed of what is drawn for the units (contacts, numbers, addresses)
 * @param memberSeed the seed of what is drawn for the members (names, dates, parties, numbers)
 */
record DemoCounty(
    String committee,
    String region,
    String seat,
    String areaCode,
    int phoneExchange,
    LocalDate termStartsOn,
    List<String> sectors,
    List<String> specialCommittees,
    List<String> departments,
    List<String> enterprises,
    List<String> streets,
    List<String> parks,
    List<String> employers,
    List<String> leaderPosts,
    int viceChairs,
    Set<Integer> partyGroup,
    int members,
    int standing,
    int leftAt,
    int mobileBase,
    long unitSeed,
    long memberSeed,
    List<Account> accounts) {

  /** What a demo account is bound to: nothing, or the n-th member, unit or special committee. */
  enum Bound {
    NOTHING,
    MEMBER,
    UNIT,
    SPECIAL_COMMITTEE
  }

  /** A demo account; {@code index} picks the member, department or special committee. */
  record Account(String username, String displayName, Role role, Bound bound, int index) {

    static Account of(String username, String displayName, Role role) {
      return new Account(username, displayName, role, Bound.NOTHING, 0);
    }
  }
}
