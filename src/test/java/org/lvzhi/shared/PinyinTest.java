package org.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

  @Test
  void aChineseNameGivesTheInitialsOfItsSyllables() {
    assertThat(Pinyin.initials("张建国")).isEqualTo("zjg");
    assertThat(Pinyin.initials("云溪县发展和改革局")).isEqualTo("yxxfzhggj");
  }

  @Test
  void lettersAndDigitsStayAndOtherSignsAreLeftOut() {
    assertThat(Pinyin.initials("第10届·ABC")).isEqualTo("d10jabc");
    assertThat(Pinyin.initials(null)).isEmpty();
    assertThat(Pinyin.initials("😀")).isEmpty();
  }
}
