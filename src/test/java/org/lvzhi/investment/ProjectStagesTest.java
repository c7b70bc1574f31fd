package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.shared.Amount;

class ProjectStagesTest {

  private static final LocalDate DAY = LocalDate.of(2023, 4, 12);

  private static ProjectStages at(Stage stage, Amount contract) {
    return new ProjectStages(stage, null, contract);
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = {"LEAD", "ASSESSED", "NEGOTIATING"})
  void beforeSigningAProjectMovesForwardToAnyStageUpToNegotiation(Stage from) {
    for (Stage to : Stage.values()) {
      ProjectStages project = at(from, null);
      boolean legal = to.isAfter(from) && !to.isAfter(Stage.NEGOTIATING);
      if (legal) {
        ProjectStages.Move move = project.advance(to, DAY, null);
        assertThat(move.from()).isEqualTo(from);
        assertThat(project.stage()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> project.advance(to, DAY, null)).isInstanceOf(IllegalStageMoveException.class);
        assertThat(project.stage()).isEqualTo(from);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = {"SIGNED", "REGISTERED", "LANDED", "STARTED", "OPERATING"})
  void afterSigningOnlyLaterStagesAreReachable(Stage from) {
    for (Stage to : Stage.values()) {
      ProjectStages project = at(from, Amount.ofWan("100"));
      if (to.isAfter(from) && to != Stage.SUSPENDED) {
        project.advance(to, DAY, "note");
        assertThat(project.stage()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> project.advance(to, DAY, null)).isInstanceOf(IllegalStageMoveException.class);
        assertThat(project.stage()).isEqualTo(from);
      }
    }
  }

  @Test
  void signingCountsTheFirstContractOnceAndLaterOnlyTheIncrease() {
    ProjectStages project = ProjectStages.newLead();
    ProjectStages.Move first = project.sign(Amount.ofYi("1.20"), DAY);
    assertThat(first.signing().first()).isTrue();
    assertThat(first.signing().counted()).isEqualTo(Amount.ofYi("1.20"));
    assertThat(project.stage()).isEqualTo(Stage.SIGNED);

    assertThatThrownBy(() -> project.sign(Amount.ofYi("2"), DAY)).isInstanceOf(IllegalStageMoveException.class);
    ProjectStages.Move increase = project.increaseContract(Amount.ofYi("1.83"), DAY.plusMonths(2));
    assertThat(increase.signing().first()).isFalse();
    assertThat(increase.signing().counted()).isEqualTo(Amount.ofWan("6300"));
    assertThat(project.contract()).isEqualTo(Amount.ofYi("1.83"));
    assertThat(project.stage()).isEqualTo(Stage.SIGNED);
    assertThatThrownBy(() -> project.increaseContract(Amount.ofYi("1.50"), DAY)).isInstanceOf(IllegalStageMoveException.class);
  }

  @Test
  void signingNeedsAPositiveAmountAndADateAndNoStageBeyondIsReachedUnsigned() {
    assertThatThrownBy(() -> ProjectStages.newLead().sign(Amount.ZERO, DAY)).isInstanceOf(IllegalStageMoveException.class);
    assertThatThrownBy(() -> ProjectStages.newLead().sign(Amount.ofWan("1"), null)).isInstanceOf(IllegalStageMoveException.class);
    assertThatThrownBy(() -> ProjectStages.newLead().advance(Stage.LANDED, DAY, null))
        .isInstanceOf(IllegalStageMoveException.class).hasMessageContaining("尚未签约");
    assertThatThrownBy(() -> ProjectStages.newLead().increaseContract(Amount.ofWan("1"), DAY))
        .isInstanceOf(IllegalStageMoveException.class);
  }

  @Test
  void suspensionNeedsAReasonAndResumptionReturnsToWhereItStopped() {
    ProjectStages project = at(Stage.LANDED, Amount.ofWan("500"));
    assertThatThrownBy(() -> project.suspend(" ", DAY)).isInstanceOf(IllegalStageMoveException.class);
    project.suspend("投资方资金链紧张", DAY);
    assertThat(project.stage()).isEqualTo(Stage.SUSPENDED);
    assertThat(project.stoppedAt()).isEqualTo(Stage.LANDED);
    assertThat(project.contract()).as("a suspended project keeps what it counted").isEqualTo(Amount.ofWan("500"));
    assertThatThrownBy(() -> project.suspend("again", DAY)).isInstanceOf(IllegalStageMoveException.class);
    assertThatThrownBy(() -> project.advance(Stage.STARTED, DAY, null)).isInstanceOf(IllegalStageMoveException.class);
    assertThatThrownBy(() -> project.sign(Amount.ofWan("1"), DAY)).isInstanceOf(IllegalStageMoveException.class);

    ProjectStages.Move resumed = project.resume(DAY.plusDays(30));
    assertThat(resumed.to()).isEqualTo(Stage.LANDED);
    assertThat(project.stage()).isEqualTo(Stage.LANDED);
    assertThatThrownBy(() -> project.resume(DAY)).isInstanceOf(IllegalStageMoveException.class);
  }

  @Test
  void aLeadSuspendedBeforeSigningResumesAsALead() {
    ProjectStages project = ProjectStages.newLead();
    project.suspend("对方暂缓投资", DAY);
    project.resume(DAY);
    assertThat(project.stage()).isEqualTo(Stage.LEAD);
    assertThat(project.contract()).isNull();
  }
}
