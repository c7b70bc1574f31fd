package org.lvzhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/** The report's moves from every state. */
class ReportTest {

  private static final ReportText TEXT =
      new ReportText("工作进展情况", List.of(new ReportText.Block(false, "开展活动6次。")));

  private final Report draft =
      Report.generate(1, TEXT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  private final Report fin = draft.finalise();

  @Test
  void aGeneratedReportIsADraftAtVersionOne() {
    assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
    assertThat(draft.latest()).isEqualTo(1);
  }

  @Test
  void aDraftTakesVersionsAndIsFinalised() {
    assertThat(draft.save(TEXT, "改了一处").latest()).isEqualTo(2);
    assertThat(draft.finalise().status()).isEqualTo(ReportStatus.FINAL);
    assertThatThrownBy(draft::reopen).isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void aFinalReportTakesNoVersionUntilReopened() {
    assertThatThrownBy(() -> fin.save(TEXT, null)).isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(fin::finalise).isInstanceOf(IllegalMoveException.class);
    Report reopened = fin.reopen();
    assertThat(reopened.status()).isEqualTo(ReportStatus.DRAFT);
    assertThat(reopened.save(TEXT, null).latest()).isEqualTo(2);
  }

  @Test
  void aVersionNeedsATitleAndTextWithinTheLimits() {
    assertThatThrownBy(() -> draft.save(new ReportText(" ", List.of()), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsKeys("title", "blocks"));
    String tooLong = "字".repeat(ReportText.BLOCK_LENGTH + 1);
    assertThatThrownBy(
            () ->
                draft.save(
                    new ReportText("标题", List.of(new ReportText.Block(false, tooLong))),
                    "x".repeat(201)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsKeys("blocks[0]", "note"));
  }
}
