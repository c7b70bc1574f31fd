package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.IllegalMoveException;

/** Every move needs its date, a refused move changes nothing, and the refusals say why. */
class ProjectStagesDatesTest {

  private static final LocalDate DAY = LocalDate.of(2023, 4, 12);
  private static final LocalDate TODAY = LocalDate.of(2023, 6, 30);
  private static final LocalDate PREVIOUS = LocalDate.of(2023, 1, 5);

  private static ProjectStages signedAt(Stage stage) {
    return new ProjectStages(stage, null, Amount.ofWan("5000"));
  }

  @Test
  void everyMoveNeedsADate() {
    ProjectStages lead = ProjectStages.newLead();
    assertThatThrownBy(() -> lead.advance(Stage.ASSESSED, null, null, TODAY, PREVIOUS))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> lead.suspend("资金未到位", null, TODAY, PREVIOUS))
        .isInstanceOf(IllegalMoveException.class);
    assertThat(lead.stage()).isEqualTo(Stage.LEAD);

    ProjectStages signed = signedAt(Stage.SIGNED);
    assertThatThrownBy(() -> signed.increaseContract(Amount.ofWan("6000"), null, TODAY, PREVIOUS))
        .isInstanceOf(IllegalMoveException.class);
    assertThat(signed.contract()).isEqualTo(Amount.ofWan("5000"));

    ProjectStages suspended =
        new ProjectStages(Stage.SUSPENDED, Stage.LANDED, Amount.ofWan("5000"));
    assertThatThrownBy(() -> suspended.resume(null, TODAY, PREVIOUS))
        .isInstanceOf(IllegalMoveException.class);
    assertThat(suspended.stage()).isEqualTo(Stage.SUSPENDED);
    assertThat(suspended.stoppedAt()).isEqualTo(Stage.LANDED);
  }

  @Test
  void signingAndSuspendingAreMovesOfTheirOwn() {
    ProjectStages lead = ProjectStages.newLead();
    assertThatThrownBy(() -> lead.advance(Stage.SIGNED, DAY, null, TODAY, PREVIOUS))
        .hasMessageContaining("签约金额");
    assertThatThrownBy(() -> lead.advance(Stage.SUSPENDED, DAY, null, TODAY, PREVIOUS))
        .hasMessageContaining("原因");
  }

  @Test
  void anIncreaseMustRaiseTheContract() {
    ProjectStages signed = signedAt(Stage.LANDED);
    assertThatThrownBy(() -> signed.increaseContract(Amount.ofWan("5000"), DAY, TODAY, PREVIOUS))
        .isInstanceOf(IllegalMoveException.class);
    assertThat(signed.contract()).isEqualTo(Amount.ofWan("5000"));
  }

  @Test
  void suspensionRecordsTheMoveWithTheReason() {
    ProjectStages project = signedAt(Stage.LANDED);
    ProjectStages.Move move = project.suspend("  资金未到位 ", DAY, TODAY, PREVIOUS);
    assertThat(move)
        .isEqualTo(new ProjectStages.Move(Stage.LANDED, Stage.SUSPENDED, DAY, "资金未到位", null));
  }
}
