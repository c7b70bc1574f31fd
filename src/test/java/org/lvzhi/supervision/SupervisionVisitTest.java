package org.lvzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.InvalidInputException;

/** A visit and a finding are checked whole before anything is saved. */
class SupervisionVisitTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  static SupervisionVisit.Input visit(String on, List<Long> units) {
    return new SupervisionVisit.Input(
        7L,
        null,
        "走访县市场监管局",
        on == null ? null : LocalDate.parse(on),
        "routine",
        "FORUM",
        units,
        null);
  }

  @Test
  void aCompleteVisitIsRecordedWithItsCodesAndDistinctUnits() {
    SupervisionVisit v =
        SupervisionVisit.record(
            visit("2026-03-01", Arrays.asList(3L, 3L, null, 4L)), "chair", TODAY);
    assertThat(v.mode()).isEqualTo(SupervisionCodes.Mode.ROUTINE);
    assertThat(v.manner()).isEqualTo(SupervisionCodes.Manner.FORUM);
    assertThat(v.unitIds()).containsExactly(3L, 4L);
    assertThat(v.withActivity(11).activityId()).isEqualTo(11);
  }

  @Test
  void aVisitInThePastIsTakenAndOneInTheFutureRefused() {
    assertThat(SupervisionVisit.record(visit("2019-01-02", List.of(1L)), "u", TODAY).visitedOn())
        .isEqualTo(LocalDate.of(2019, 1, 2));
    assertThatThrownBy(() -> SupervisionVisit.record(visit("2026-07-01", List.of(1L)), "u", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("visitedOn"));
  }

  @Test
  void everyMissingFieldOfAVisitIsNamedAtOnce() {
    var in =
        new SupervisionVisit.Input(
            null, null, " ", null, "WEEKLY", null, List.of(), "x".repeat(2001));
    assertThatThrownBy(() -> SupervisionVisit.record(in, "u", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys(
                        "squadId", "title", "visitedOn", "mode", "manner", "unitIds", "summary"));
  }

  static Finding.Input finding(String category, String origin, String found, String due) {
    return new Finding.Input(
        category,
        origin,
        "审批材料要求重复提交，企业多跑腿",
        found == null ? null : LocalDate.parse(found),
        5L,
        due == null ? null : LocalDate.parse(due));
  }

  @Test
  void aFindingDefaultsToTheSquadsOwnAndTakesItsTitleFromTheDescription() {
    Finding f =
        Finding.record(
            1, LocalDate.of(2026, 3, 1), finding("FEES", null, "2026-03-01", null), "chair", TODAY);
    assertThat(f.origin()).isEqualTo(SupervisionCodes.Origin.SQUAD);
    assertThat(f.itemTitle()).isEqualTo("审批材料要求重复提交，企业多跑腿");
    assertThat(
            Finding.record(
                    1,
                    LocalDate.of(2026, 3, 1),
                    new Finding.Input(
                        "OTHER", "enterprise", "问".repeat(80), LocalDate.of(2026, 3, 2), 5L, null),
                    "c",
                    TODAY)
                .itemTitle())
        .hasSize(Finding.TITLE_LENGTH + 1);
  }

  @Test
  void aFindingIsRefusedInTheFutureBeforeItsVisitOrDueBeforeItWasFound() {
    LocalDate visited = LocalDate.of(2026, 3, 1);
    assertThatThrownBy(
            () ->
                Finding.record(
                    1, visited, finding("FEES", "SQUAD", "2026-07-01", null), "c", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("foundOn"));
    assertThatThrownBy(
            () ->
                Finding.record(
                    1, visited, finding("FEES", "SQUAD", "2026-02-28", null), "c", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("foundOn"));
    assertThatThrownBy(
            () ->
                Finding.record(
                    1, visited, finding("FEES", "SQUAD", "2026-03-05", "2026-03-04"), "c", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("dueOn"));
    assertThatThrownBy(
            () ->
                Finding.record(
                    1,
                    visited,
                    new Finding.Input("BRIBES", "NOBODY", " ", null, null, null),
                    "c",
                    TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("category", "origin", "description", "foundOn", "unitId"));
  }
}
