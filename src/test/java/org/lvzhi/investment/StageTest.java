package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void signedOrLaterIsSigningAndEveryStageAfterItButNotSuspension() {
    EnumSet<Stage> signedOrLater = EnumSet.noneOf(Stage.class);
    for (Stage stage : Stage.values()) {
      if (stage.isSignedOrLater()) {
        signedOrLater.add(stage);
      }
    }
    assertThat(signedOrLater)
        .containsExactly(
            Stage.SIGNED, Stage.REGISTERED, Stage.LANDED, Stage.STARTED, Stage.OPERATING);
  }

  @Test
  void aStageIsNotAfterItself() {
    assertThat(Stage.SIGNED.isAfter(Stage.SIGNED)).isFalse();
    assertThat(Stage.LANDED.isAfter(Stage.SIGNED)).isTrue();
    assertThat(Stage.SIGNED.isAfter(Stage.LANDED)).isFalse();
  }
}
