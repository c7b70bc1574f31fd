package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;

/** By default only the office keeps investment records; a setting names the committees that do. */
class InvestmentKeepersTest {

  @Test
  void byDefaultNoSpecialCommitteesClerkKeepsInvestmentRecords() {
    InvestmentKeepers keepers = new InvestmentKeepers(List.of(), null);
    assertThat(keepers.withheld(Role.COMMITTEE_STAFF, null, null, 7L))
        .containsExactlyInAnyOrderElementsOf(InvestmentKeepers.KEEPING);
    assertThat(keepers.withheld(Role.COMMITTEE_STAFF, null, null, null))
        .containsExactlyInAnyOrderElementsOf(InvestmentKeepers.KEEPING);
    assertThat(keepers.withheld(Role.STAFF, null, null, null)).isEmpty();
    assertThat(keepers.withheld(Role.ADMIN, null, null, null)).isEmpty();
  }

  @Test
  void committeesNamedByIdKeepThem() {
    InvestmentKeepers keepers = new InvestmentKeepers(List.of(" 7 ", ""), null);
    assertThat(keepers.withheld(Role.COMMITTEE_STAFF, null, null, 7L)).isEmpty();
    assertThat(keepers.withheld(Role.COMMITTEE_STAFF, null, null, 8L))
        .containsExactlyInAnyOrderElementsOf(InvestmentKeepers.KEEPING);
  }
}
