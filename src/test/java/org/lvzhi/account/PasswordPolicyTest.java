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

  @Test
  void refusesBlankPasswordsAsBlank() {
    assertThat(policy.problem("zhangsan", "          ")).hasValue("password.blank");
    assertThat(policy.problem("zhangsan", " \t         ")).hasValue("password.blank");
  }

  @Test
  void refusesRepetitionAndSequences() {
    assertThat(policy.problem("zhangsan", "aaaaaaaaaa")).isPresent();
    assertThat(policy.problem("zhangsan", "Yunxi-77777-Q")).hasValue("password.repetitive");
    assertThat(policy.problem("zhangsan", "Yunxi-abcde-Q")).hasValue("password.sequence");
    assertThat(policy.problem("zhangsan", "Yunxi-56789-Q")).hasValue("password.sequence");
    assertThat(policy.problem("zhangsan", "Yunxi-asdfg-Q")).hasValue("password.sequence");
  }

  @Test
  void refusesSimpleVariationsOfCommonPasswords() {
    assertThat(policy.problem("zhangsan", "Password1!")).hasValue("password.weak");
    assertThat(policy.problem("zhangsan", "P@ssw0rd2026")).hasValue("password.weak");
  }

  @Test
  void acceptsTheFixturePasswordsAndRandomOneTimePasswords() {
    for (String password :
        java.util.List.of(
            "Yunxi-Test-Pass-2026",
            "Yunxi-Another-2026",
            "Fagaiju-Lianluo-26",
            "Right-Password-2026",
            "Kept-Password-2026",
            "Activity-Test-2026",
            "Notify-Test-2026",
            "Attach-Test-2026")) {
      assertThat(policy.problem("it-staff", password)).as(password).isEmpty();
    }
    for (int i = 0; i < 200; i++) {
      String oneTime = OneTimePasswords.generate();
      assertThat(policy.problem("it-staff", oneTime)).as(oneTime).isEmpty();
    }
  }
}
