package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.IllegalMoveException;

class ProjectStagesTest {

  private static final LocalDate DAY = LocalDate.of(2023, 4, 12);
  private static final LocalDate TODAY = LocalDate.of(2024, 1, 31);

  private static ProjectStages at(Stage stage, Amount contract) {
    return new ProjectStages(stage, null, contract);
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"LEAD", "ASSESSED", "NEGOTIATING"})
  void beforeSigningAProjectMovesForwardToAnyStageUpToNegotiation(Stage from) {
    for (Stage to : Stage.values()) {
      ProjectStages project = at(from, null);
      boolean legal = to.isAfter(from) && !to.isAfter(Stage.NEGOTIATING);
      if (legal) {
        ProjectStages.Move move = project.advance(to, DAY, null, TODAY, null);
        assertThat(move.from()).isEqualTo(from);
        assertThat(project.stage()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> project.advance(to, DAY, null, TODAY, null))
            .isInstanceOf(IllegalMoveException.class);
        assertThat(project.stage()).isEqualTo(from);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"SIGNED", "REGISTERED", "LANDED", "STARTED", "OPERATING"})
  void afterSigningOnlyLaterStagesAreReachable(Stage from) {
    for (Stage to : Stage.values()) {
      ProjectStages project = at(from, Amount.ofWan("100"));
      if (to.isAfter(from) && to != Stage.SUSPENDED) {
        project.advance(to, DAY, "note", TODAY, null);
        assertThat(project.stage()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> project.advance(to, DAY, null, TODAY, null))
            .isInstanceOf(IllegalMoveException.class);
        assertThat(project.stage()).isEqualTo(from);
      }
    }
  }

  @Test
  void signingCountsTheFirstContractOnceAndLaterOnlyTheIncrease() {
    ProjectStages project = ProjectStages.newLead();
    ProjectStages.Move first = project.sign(Amount.ofYi("1.20"), DAY, TODAY, null);
    assertThat(first.signing().first()).isTrue();
    assertThat(first.signing().counted()).isEqualTo(Amount.ofYi("1.20"));
    assertThat(project.stage()).isEqualTo(Stage.SIGNED);

    assertThatThrownBy(() -> project.sign(Amount.ofYi("2"), DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
    ProjectStages.Move increase =
        project.increaseContract(Amount.ofYi("1.83"), DAY.plusMonths(2), TODAY, null);
    assertThat(increase.signing().first()).isFalse();
    assertThat(increase.signing().counted()).isEqualTo(Amount.ofWan("6300"));
    assertThat(project.contract()).isEqualTo(Amount.ofYi("1.83"));
    assertThat(project.stage()).isEqualTo(Stage.SIGNED);
    assertThatThrownBy(() -> project.increaseContract(Amount.ofYi("1.50"), DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void signingNeedsAPositiveAmountAndADateAndNoStageBeyondIsReachedUnsigned() {
    assertThatThrownBy(() -> ProjectStages.newLead().sign(Amount.ZERO, DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> ProjectStages.newLead().sign(Amount.ofWan("1"), null, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> ProjectStages.newLead().advance(Stage.LANDED, DAY, null, TODAY, null))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessageContaining("尚未签约");
    assertThatThrownBy(
            () -> ProjectStages.newLead().increaseContract(Amount.ofWan("1"), DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void suspensionNeedsAReasonAndResumptionReturnsToWhereItStopped() {
    ProjectStages project = at(Stage.LANDED, Amount.ofWan("500"));
    assertThatThrownBy(() -> project.suspend(" ", DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
    project.suspend("投资方资金链紧张", DAY, TODAY, null);
    assertThat(project.stage()).isEqualTo(Stage.SUSPENDED);
    assertThat(project.stoppedAt()).isEqualTo(Stage.LANDED);
    assertThat(project.contract())
        .as("a suspended project keeps what it counted")
        .isEqualTo(Amount.ofWan("500"));
    assertThatThrownBy(() -> project.suspend("again", DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> project.advance(Stage.STARTED, DAY, null, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> project.sign(Amount.ofWan("1"), DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);

    ProjectStages.Move resumed = project.resume(DAY.plusDays(30), TODAY, null);
    assertThat(resumed.to()).isEqualTo(Stage.LANDED);
    assertThat(project.stage()).isEqualTo(Stage.LANDED);
    assertThatThrownBy(() -> project.resume(DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void aLeadSuspendedBeforeSigningResumesAsALead() {
    ProjectStages project = ProjectStages.newLead();
    project.suspend("对方暂缓投资", DAY, TODAY, null);
    project.resume(DAY, TODAY, null);
    assertThat(project.stage()).isEqualTo(Stage.LEAD);
    assertThat(project.contract()).isNull();
  }

  @Test
  void noMoveIsDatedAfterToday() {
    LocalDate today = LocalDate.of(2023, 6, 1);
    ProjectStages project = ProjectStages.newLead();
    assertThatThrownBy(() -> project.advance(Stage.ASSESSED, today.plusDays(1), null, today, null))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessage("日期不能晚于今天。");
    assertThatThrownBy(() -> project.sign(Amount.ofWan("1"), today.plusDays(1), today, null))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessage("日期不能晚于今天。");
    assertThat(project.stage()).isEqualTo(Stage.LEAD);
    assertThat(project.contract()).as("a refused signing leaves no contract").isNull();
    project.advance(Stage.ASSESSED, today, null, today, null);
    assertThat(project.stage()).isEqualTo(Stage.ASSESSED);
  }

  @Test
  void noMoveIsDatedBeforeThePreviousMoveOrTheLeadDate() {
    LocalDate previous = LocalDate.of(2023, 3, 10);
    ProjectStages signed = at(Stage.SIGNED, Amount.ofWan("100"));
    assertThatThrownBy(
            () ->
                signed.increaseContract(
                    Amount.ofWan("200"), previous.minusDays(1), TODAY, previous))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessage("日期不能早于上一次进度或线索登记日期（2023-03-10）。");
    assertThat(signed.contract()).isEqualTo(Amount.ofWan("100"));
    assertThatThrownBy(() -> signed.suspend("停工", previous.minusDays(1), TODAY, previous))
        .isInstanceOf(IllegalMoveException.class);
    assertThat(signed.stage()).isEqualTo(Stage.SIGNED);
    assertThat(signed.advance(Stage.LANDED, previous, null, TODAY, previous).on())
        .as("the same day is allowed")
        .isEqualTo(previous);
    ProjectStages suspended = new ProjectStages(Stage.SUSPENDED, Stage.LANDED, Amount.ofWan("1"));
    assertThatThrownBy(() -> suspended.resume(previous.minusDays(1), TODAY, previous))
        .isInstanceOf(IllegalMoveException.class);
    assertThat(suspended.stage()).isEqualTo(Stage.SUSPENDED);
  }

  @Test
  void aMoveWithoutADateIsRefusedWhateverTheMove() {
    ProjectStages lead = ProjectStages.newLead();
    ProjectStages signed = at(Stage.SIGNED, Amount.ofWan("100"));
    ProjectStages suspended = new ProjectStages(Stage.SUSPENDED, Stage.LEAD, null);
    for (org.junit.jupiter.api.function.Executable move :
        java.util.List.<org.junit.jupiter.api.function.Executable>of(
            () -> lead.advance(Stage.ASSESSED, null, null, TODAY, DAY),
            () -> lead.sign(Amount.ofWan("1"), null, TODAY, DAY),
            () -> signed.increaseContract(Amount.ofWan("200"), null, TODAY, DAY),
            () -> lead.suspend("暂缓", null, TODAY, DAY),
            () -> suspended.resume(null, TODAY, DAY))) {
      assertThatThrownBy(move::execute)
          .isInstanceOf(IllegalMoveException.class)
          .hasMessage("请填写日期。");
    }
    assertThat(lead.stage()).isEqualTo(Stage.LEAD);
  }

  @Test
  void aMoveWithoutTodayIsAProgrammingErrorAndWithoutAPreviousDateHasNoLowerBound() {
    assertThatThrownBy(() -> ProjectStages.newLead().advance(Stage.ASSESSED, DAY, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(
            ProjectStages.newLead()
                .advance(Stage.ASSESSED, LocalDate.of(1990, 1, 1), null, TODAY, null)
                .to())
        .isEqualTo(Stage.ASSESSED);
  }

  @Test
  void aLargerContractIsRequiredAndTheRefusalNamesTheCurrentOne() {
    ProjectStages signed = at(Stage.SIGNED, Amount.ofWan("500"));
    assertThatThrownBy(() -> signed.increaseContract(null, DAY, TODAY, null))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessage("新的合同金额须大于原合同金额 500.00万元。");
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void theStagesOfferedForAnAdvanceAreExactlyThoseItAccepts(Stage from) {
    for (Amount contract : new Amount[] {null, Amount.ofWan("100")}) {
      java.util.List<Stage> offered =
          new ProjectStages(from, Stage.LEAD, contract).advanceTargets();
      for (Stage to : Stage.values()) {
        ProjectStages project = new ProjectStages(from, Stage.LEAD, contract);
        boolean accepted;
        try {
          project.advance(to, DAY, null, TODAY, null);
          accepted = true;
        } catch (IllegalMoveException refused) {
          accepted = false;
        }
        assertThat(offered.contains(to))
            .as(from + " → " + to + " with contract " + contract)
            .isEqualTo(accepted);
      }
    }
  }
}
