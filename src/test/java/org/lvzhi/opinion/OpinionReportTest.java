package org.lvzhi.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/**
 * Every move of a report from every status: legal ones land where they should, others change
 * nothing.
 */
class OpinionReportTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 6, 15);

  private static final Map<String, Function<OpinionReport, OpinionStatus>> MOVES =
      Map.of(
          "submit", r -> r.submit(null, TODAY),
          "withdraw", OpinionReport::withdraw,
          "notAdopt", r -> r.notAdopt("与已报信息重复"),
          "edit", r -> r.edit("编辑稿", 1500),
          "review", OpinionReport::review,
          "signOff", r -> r.signOff("chair"),
          "publish", r -> r.publish(TODAY),
          "unpublish", OpinionReport::unpublish);

  private static final Map<OpinionStatus, Map<String, OpinionStatus>> LEGAL =
      Map.of(
          OpinionStatus.SAVED, Map.of("submit", OpinionStatus.SUBMITTED),
          OpinionStatus.SUBMITTED,
              Map.of(
                  "withdraw", OpinionStatus.SAVED,
                  "notAdopt", OpinionStatus.NOT_ADOPTED,
                  "edit", OpinionStatus.EDITED),
          OpinionStatus.NOT_ADOPTED, Map.of(),
          OpinionStatus.EDITED,
              Map.of(
                  "notAdopt", OpinionStatus.NOT_ADOPTED,
                  "edit", OpinionStatus.EDITED,
                  "review", OpinionStatus.REVIEWED),
          OpinionStatus.REVIEWED, Map.of("signOff", OpinionStatus.SIGNED_OFF),
          OpinionStatus.SIGNED_OFF, Map.of("publish", OpinionStatus.PUBLISHED),
          OpinionStatus.PUBLISHED, Map.of("unpublish", OpinionStatus.SIGNED_OFF));

  /** A report in {@code status}; signed-off and published ones are compiled in issue 9. */
  private static OpinionReport in(OpinionStatus status) {
    boolean compiled = status == OpinionStatus.SIGNED_OFF || status == OpinionStatus.PUBLISHED;
    return new OpinionReport(
        1L,
        "关于农村养老的建议",
        "原稿",
        5L,
        List.of(6L),
        null,
        status,
        null,
        status == OpinionStatus.SAVED ? null : TODAY.minusDays(3),
        null,
        null,
        null,
        compiled ? 9L : null,
        2);
  }

  @ParameterizedTest
  @EnumSource(OpinionStatus.class)
  void everyMoveFromEveryStatus(OpinionStatus from) {
    Map<String, OpinionStatus> legal = LEGAL.get(from);
    MOVES.forEach(
        (name, move) -> {
          OpinionReport report = in(from);
          if (legal.containsKey(name)) {
            assertThat(move.apply(report)).as("%s from %s", name, from).isEqualTo(from);
            assertThat(report.status()).as("%s from %s", name, from).isEqualTo(legal.get(name));
          } else {
            assertThatThrownBy(() -> move.apply(report))
                .as("%s from %s", name, from)
                .isInstanceOf(IllegalMoveException.class)
                .hasMessageMatching(".*\\p{IsHan}.*");
            assertThat(report.status()).as("refused %s from %s", name, from).isEqualTo(from);
            assertThat(report.editedContent()).isNull();
          }
        });
  }

  @ParameterizedTest
  @EnumSource(OpinionStatus.class)
  void whatThePanelOffersIsWhatTheModelAllows(OpinionStatus from) {
    OpinionReport report = in(from);
    Map<String, OpinionStatus> legal = LEGAL.get(from);
    assertThat(report.maySubmit()).isEqualTo(legal.containsKey("submit"));
    assertThat(report.mayWithdraw()).isEqualTo(legal.containsKey("withdraw"));
    assertThat(report.mayScreen()).isEqualTo(legal.containsKey("edit"));
    assertThat(report.mayReview()).isEqualTo(legal.containsKey("review"));
    assertThat(report.maySignOff()).isEqualTo(legal.containsKey("signOff"));
  }

  @Test
  void onlyASavedReportMayBeChanged() {
    in(OpinionStatus.SAVED).requireChangeable();
    for (OpinionStatus status : OpinionStatus.values()) {
      if (status != OpinionStatus.SAVED) {
        assertThatThrownBy(() -> in(status).requireChangeable())
            .isInstanceOf(IllegalMoveException.class);
      }
    }
  }

  @Test
  void theEditorsTextIsKeptBesideTheOriginalAndPrinted() {
    OpinionReport report = in(OpinionStatus.SUBMITTED);
    assertThat(report.publishedText()).isEqualTo("原稿");
    report.edit("  编辑后的稿子 ", 1500);
    assertThat(report.content()).isEqualTo("原稿");
    assertThat(report.editedContent()).isEqualTo("编辑后的稿子");
    assertThat(report.publishedText()).isEqualTo("编辑后的稿子");
    assertThat(report.authors()).containsExactly(5L, 6L);
  }

  @Test
  void inputIsCheckedAfterTheStatusAndNamesTheField() {
    OpinionReport saved = in(OpinionStatus.SAVED);
    assertThatThrownBy(() -> saved.submit(TODAY.plusDays(1), TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("on"));
    assertThat(saved.status()).isEqualTo(OpinionStatus.SAVED);
    OpinionReport submitted = in(OpinionStatus.SUBMITTED);
    assertThatThrownBy(() -> submitted.edit("长".repeat(101), 100))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsKey("editedContent"));
    assertThatThrownBy(() -> submitted.notAdopt(" "))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
    assertThat(submitted.status()).isEqualTo(OpinionStatus.SUBMITTED);
  }

  @Test
  void aSignedOffReportGoesIntoOneIssueOnly() {
    OpinionReport report = in(OpinionStatus.REVIEWED);
    report.signOff("chair");
    report.compileInto(3L);
    assertThatThrownBy(() -> report.compileInto(4L)).isInstanceOf(IllegalMoveException.class);
    report.removeFromBulletin();
    report.compileInto(4L);
    assertThat(report.bulletinId()).isEqualTo(4L);
    assertThatThrownBy(() -> in(OpinionStatus.EDITED).compileInto(4L))
        .isInstanceOf(IllegalMoveException.class);
  }
}
