package org.lvzhi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsALongUncommonPassword() {
    assertThat(policy.problem("zhangsan", "Yunxi-Pass-2026!")).isEmpty();
  }

  @Test
  void refusesShortPasswords() {
    assertThat(policy.problem("zhangsan", "Ab3$5678")).hasValue("password.tooShort");
    assertThat(policy.problem("zhangsan", null)).hasValue("password.tooShort");
  }

  @Test
  void refusesTheUsernameEitherWayRound() {
    assertThat(policy.problem("13812345678", "13812345678")).hasValue("password.username");
    assertThat(policy.problem("wangwei2023", "3202iewgnaw")).hasValue("password.username");
  }

  @Test
  void refusesCommonPasswordsWhateverTheCase() {
    assertThat(policy.problem("zhangsan", "1234567890")).hasValue("password.common");
    assertThat(policy.problem("zhangsan", "QWERTYUIOP")).hasValue("password.common");
    assertThat(policy.problem("zhangsan", "woaini1314")).hasValue("password.common");
  }
}
