package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.system.IllegalMoveException;

/** A duty report is decided once: confirmed or rejected while submitted, never again. */
class DutyReportTest {

  private static DutyReport in(DutyReport.Status status) {
    return new DutyReport(
        1L, 2L, LocalDate.of(2023, 5, 10), DutyReport.Kind.SPEECH, null, "发言", status, 3);
  }

  @Test
  void aSubmittedReportIsConfirmedOrRejected() {
    assertThat(in(DutyReport.Status.SUBMITTED).confirm().status())
        .isEqualTo(DutyReport.Status.CONFIRMED);
    assertThat(in(DutyReport.Status.SUBMITTED).reject().status())
        .isEqualTo(DutyReport.Status.REJECTED);
    in(DutyReport.Status.SUBMITTED).requireUndecided();
  }

  @ParameterizedTest
  @EnumSource(
      value = DutyReport.Status.class,
      names = {"CONFIRMED", "REJECTED"})
  void aDecidedReportTakesNoMoreDecisions(DutyReport.Status status) {
    assertThatThrownBy(() -> in(status).confirm())
        .isInstanceOf(IllegalMoveException.class)
        .hasMessage("该履职记录已审核，不能重复审核。");
    assertThatThrownBy(() -> in(status).reject()).isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> in(status).requireUndecided())
        .isInstanceOf(IllegalMoveException.class);
  }
}
