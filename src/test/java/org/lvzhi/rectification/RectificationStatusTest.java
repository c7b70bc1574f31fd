package org.lvzhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RectificationStatusTest {

  @Test
  void onlyVerificationClosesTheLoop() {
    EnumSet<RectificationStatus> open = EnumSet.noneOf(RectificationStatus.class);
    for (RectificationStatus status : RectificationStatus.values()) {
      if (status.open()) {
        open.add(status);
      }
    }
    assertThat(open).isEqualTo(EnumSet.complementOf(EnumSet.of(RectificationStatus.VERIFIED)));
  }
}
