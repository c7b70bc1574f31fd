package org.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T"})
  void acceptsPublishedCodes(String code) {
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y44",
        "9135010OM000100Y43",
        "91350100M000100Y4",
        "",
        "91350100m000100y43",
        "91350100I000100Y43"
      })
  void refusesWrongCheckCharacterShapeOrAlphabet(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91610723MA6000001", "12610723MB1234567", "91110000600037341"})
  void theComputedCheckCharacterValidates(String first17) {
    assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isTrue();
  }
}
