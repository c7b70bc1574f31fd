package org.lvzhi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;
import org.lvzhi.system.SecondFactor.Step;

class TwoFactorTest {

  private final TwoFactorStore store = mock(TwoFactorStore.class);

  private TwoFactor twoFactor(Set<Role> required) {
    var properties =
        new SecurityProperties(
            5,
            Duration.ofMinutes(15),
            30,
            Duration.ofMinutes(15),
            5,
            new SecurityProperties.TwoFactor(required));
    return new TwoFactor(store, null, properties, null, Clock.systemUTC());
  }

  private static LvzhiUser user(long id, Role role) {
    return new LvzhiUser(
        id, "u" + id, "U", "!", role, null, null, null, true, false, false, Set.of(), 1L, null);
  }

  @Test
  void anEnrolledAccountNeedsACodeAfterThePassword() {
    when(store.secret(7L)).thenReturn(Optional.of("SECRET"));
    assertThat(twoFactor(Set.of()).after(user(7, Role.STAFF))).isEqualTo(Step.CODE);
  }

  @Test
  void nothingIsAskedOfAnAccountThatHasNotEnrolledByDefault() {
    when(store.secret(8L)).thenReturn(Optional.empty());
    assertThat(twoFactor(Set.of()).after(user(8, Role.ADMIN))).isEqualTo(Step.NONE);
  }

  @Test
  void aRoleThatMustUseCodesIsSentToEnrolAfterThePassword() {
    when(store.secret(9L)).thenReturn(Optional.empty());
    TwoFactor required = twoFactor(Set.of(Role.ADMIN, Role.STAFF));
    assertThat(required.after(user(9, Role.STAFF))).isEqualTo(Step.ENROL);
    assertThat(required.after(user(9, Role.MEMBER))).isEqualTo(Step.NONE);
  }

  @Test
  void onlyAdministratorsStaffAndRequiredRolesMayEnrol() {
    assertThat(twoFactor(Set.of()).mayEnrol(user(1, Role.ADMIN))).isTrue();
    assertThat(twoFactor(Set.of()).mayEnrol(user(1, Role.STAFF))).isTrue();
    assertThat(twoFactor(Set.of()).mayEnrol(user(1, Role.MEMBER))).isFalse();
    assertThat(twoFactor(Set.of(Role.LEADER)).mayEnrol(user(1, Role.LEADER))).isTrue();
  }
}
