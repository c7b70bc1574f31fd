package org.lvzhi.investment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.system.PermissionLimit;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who keeps investment records: the office, and the clerks of the special committees that {@code
 * lvzhi.investment.keeping-committees} names (by name or id; none by default). Every other special
 * committee's clerk reads investment records but does not create, edit, import, move or enter
 * ledgers, targets and milestones of them: those permissions are withheld at sign-in, so pages, the
 * API and the use cases refuse alike.
 */
@Component
class InvestmentKeepers implements PermissionLimit {

  /** What a special committee's clerk holds on investment only where the committee keeps it. */
  static final Set<String> KEEPING =
      Set.of("investment:edit", "investment:import", "investment:delete", Projects.MOVE);

  private final List<String> committees;
  private final JdbcClient jdbc;

  InvestmentKeepers(
      @Value("${lvzhi.investment.keeping-committees:}") List<String> committees, JdbcClient jdbc) {
    this.committees =
        committees.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> withheld(Role role, Long memberId, Long unitId, Long specialCommitteeId) {
    if (role != Role.COMMITTEE_STAFF) {
      return Set.of();
    }
    return specialCommitteeId != null && keeping().contains(specialCommitteeId)
        ? Set.of()
        : KEEPING;
  }

  /** The ids of the keeping committees, read when an account signs in (names may be renamed). */
  Set<Long> keeping() {
    Set<Long> ids = new HashSet<>();
    for (String committee : committees) {
      if (committee.length() < 19 && committee.chars().allMatch(Character::isDigit)) {
        ids.add(Long.parseLong(committee));
      } else {
        ids.addAll(
            jdbc.sql("select id from special_committee where name = :name")
                .param("name", committee)
                .query(Long.class)
                .list());
      }
    }
    return ids;
  }
}
