package org.lvzhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/**
 * Every move from every status: the legal ones land where they should, the others change nothing.
 */
class RectificationTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 6, 15);
  private static final Rectification.Source SOURCE =
      new Rectification.Source(SourceType.PROJECT, 12L, "年产10万吨新材料项目", "/registry/projects/12");

  private static final Map<String, Function<Rectification, RectificationStatus>> MOVES =
      Map.of(
          "assign", r -> r.assign(7L, TODAY.plusDays(30), TODAY),
          "acknowledge", r -> r.acknowledge(TODAY),
          "resolve", r -> r.resolve("已协调供电公司完成线路改造", TODAY),
          "verify", r -> r.verify(TODAY),
          "reopen", r -> r.reopen("现场核查仍有停电", TODAY));

  /** From each status, where each legal move leads. */
  private static final Map<RectificationStatus, Map<String, RectificationStatus>> LEGAL =
      Map.of(
          RectificationStatus.RAISED, Map.of("assign", RectificationStatus.ASSIGNED),
          RectificationStatus.ASSIGNED,
              Map.of(
                  "assign",
                  RectificationStatus.ASSIGNED,
                  "acknowledge",
                  RectificationStatus.IN_PROGRESS),
          RectificationStatus.IN_PROGRESS,
              Map.of(
                  "assign", RectificationStatus.ASSIGNED, "resolve", RectificationStatus.RESOLVED),
          RectificationStatus.RESOLVED,
              Map.of(
                  "verify", RectificationStatus.VERIFIED, "reopen", RectificationStatus.REOPENED),
          RectificationStatus.VERIFIED, Map.of(),
          RectificationStatus.REOPENED,
              Map.of(
                  "assign",
                  RectificationStatus.ASSIGNED,
                  "acknowledge",
                  RectificationStatus.IN_PROGRESS));

  private static Rectification in(RectificationStatus status) {
    boolean assigned = status != RectificationStatus.RAISED;
    return new Rectification(
        1L,
        "园区道路积水",
        null,
        SOURCE,
        "office",
        TODAY.minusDays(40),
        status,
        assigned ? 3L : null,
        assigned ? TODAY.plusDays(5) : null,
        assigned ? TODAY.minusDays(30) : null,
        null,
        null,
        null,
        null,
        null,
        null,
        4);
  }

  @ParameterizedTest
  @EnumSource(RectificationStatus.class)
  void everyMoveFromEveryStatus(RectificationStatus from) {
    Map<String, RectificationStatus> legal = LEGAL.get(from);
    MOVES.forEach(
        (name, move) -> {
          Rectification problem = in(from);
          if (legal.containsKey(name)) {
            assertThat(move.apply(problem))
                .as("%s from %s returns the status left", name, from)
                .isEqualTo(from);
            assertThat(problem.status()).as("%s from %s", name, from).isEqualTo(legal.get(name));
          } else {
            assertThatThrownBy(() -> move.apply(problem))
                .as("%s from %s", name, from)
                .isInstanceOf(IllegalMoveException.class)
                .hasMessageMatching(".*\\p{IsHan}.*");
            assertThat(problem.status())
                .as("refused %s from %s changes nothing", name, from)
                .isEqualTo(from);
            assertThat(problem.unitId()).isEqualTo(in(from).unitId());
            assertThat(problem.dueOn()).isEqualTo(in(from).dueOn());
          }
        });
  }

  @ParameterizedTest
  @EnumSource(RectificationStatus.class)
  void whatThePanelOffersIsWhatTheModelAllows(RectificationStatus from) {
    Rectification problem = in(from);
    Map<String, RectificationStatus> legal = LEGAL.get(from);
    assertThat(problem.mayAssign()).isEqualTo(legal.containsKey("assign"));
    assertThat(problem.mayAcknowledge()).isEqualTo(legal.containsKey("acknowledge"));
    assertThat(problem.mayResolve()).isEqualTo(legal.containsKey("resolve"));
    assertThat(problem.awaitsVerification())
        .isEqualTo(legal.containsKey("verify"))
        .isEqualTo(legal.containsKey("reopen"));
  }

  @Test
  void theWholeLoopKeepsTheDateOfEachStep() {
    Rectification problem = Rectification.raise(SOURCE, "  园区道路积水 ", "", "office", TODAY);
    assertThat(problem.status()).isEqualTo(RectificationStatus.RAISED);
    assertThat(problem.title()).isEqualTo("园区道路积水");
    assertThat(problem.description()).isNull();
    assertThat(problem.raisedOn()).isEqualTo(TODAY);

    problem.assign(3L, TODAY.plusDays(10), TODAY);
    problem.acknowledge(TODAY.plusDays(1));
    problem.resolve(" 已疏通排水管网 ", TODAY.plusDays(8));
    problem.reopen("雨后仍有积水", TODAY.plusDays(9));
    assertThat(problem.status()).isEqualTo(RectificationStatus.REOPENED);
    assertThat(problem.reopenReason()).isEqualTo("雨后仍有积水");
    problem.acknowledge(TODAY.plusDays(10));
    problem.resolve("新建排水泵站", TODAY.plusDays(20));
    problem.verify(TODAY.plusDays(21));

    assertThat(problem.status()).isEqualTo(RectificationStatus.VERIFIED);
    assertThat(problem.unitId()).isEqualTo(3L);
    assertThat(problem.assignedOn()).isEqualTo(TODAY);
    assertThat(problem.acknowledgedOn()).isEqualTo(TODAY.plusDays(10));
    assertThat(problem.measures()).isEqualTo("新建排水泵站");
    assertThat(problem.resolvedOn()).isEqualTo(TODAY.plusDays(20));
    assertThat(problem.reopenedOn()).isEqualTo(TODAY.plusDays(9));
    assertThat(problem.verifiedOn()).isEqualTo(TODAY.plusDays(21));
  }

  @Test
  void assigningNeedsAUnitAndADueDateNotInThePast() {
    assertThatThrownBy(() -> in(RectificationStatus.RAISED).assign(null, null, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("unitId", "请选择承办单位。")
                    .containsEntry("dueOn", "请填写整改期限。"));
    assertThatThrownBy(() -> in(RectificationStatus.RAISED).assign(3L, TODAY.minusDays(1), TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("dueOn")
                    .containsValue("整改期限不能早于交办日期（" + TODAY + "）。"));
    Rectification problem = in(RectificationStatus.RAISED);
    problem.assign(3L, TODAY, TODAY);
    assertThat(problem.dueOn()).isEqualTo(TODAY);
  }

  @Test
  void reassigningToAnotherUnitWaitsForItsAcknowledgement() {
    Rectification problem = in(RectificationStatus.ASSIGNED);
    problem.acknowledge(TODAY);
    problem.assign(9L, TODAY.plusDays(20), TODAY.plusDays(1));
    assertThat(problem.status()).isEqualTo(RectificationStatus.ASSIGNED);
    assertThat(problem.unitId()).isEqualTo(9L);
    assertThat(problem.acknowledgedOn()).isNull();
    assertThat(problem.assignedOn()).isEqualTo(TODAY.plusDays(1));
  }

  @Test
  void resolvingNeedsMeasuresAndReopeningAReason() {
    Rectification inProgress = in(RectificationStatus.IN_PROGRESS);
    assertThatThrownBy(() -> inProgress.resolve("  ", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("measures"));
    assertThatThrownBy(() -> inProgress.resolve("很".repeat(2001), TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("measures"));
    assertThat(inProgress.status()).isEqualTo(RectificationStatus.IN_PROGRESS);
    assertThat(inProgress.measures()).isNull();

    Rectification resolved = in(RectificationStatus.RESOLVED);
    assertThatThrownBy(() -> resolved.reopen(null, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
    assertThat(resolved.status()).isEqualTo(RectificationStatus.RESOLVED);
  }

  @Test
  void raisingNeedsATitle() {
    assertThatThrownBy(() -> Rectification.raise(SOURCE, " ", "描述", "office", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("title"));
    assertThatThrownBy(() -> Rectification.raise(SOURCE, "问".repeat(201), null, "office", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("title"));
  }

  @Test
  void refusalsSayWhyInChinese() {
    assertThatThrownBy(() -> in(RectificationStatus.IN_PROGRESS).acknowledge(TODAY))
        .hasMessage("已经签收，问题正在整改中。");
    assertThatThrownBy(() -> in(RectificationStatus.RAISED).acknowledge(TODAY))
        .hasMessage("问题尚未交办，不能签收。");
    assertThatThrownBy(() -> in(RectificationStatus.ASSIGNED).resolve("措施", TODAY))
        .hasMessage("请先签收，再反馈整改结果。");
    assertThatThrownBy(() -> in(RectificationStatus.VERIFIED).assign(3L, TODAY, TODAY))
        .hasMessage("问题已核实销号，不能再交办。");
    assertThatThrownBy(() -> in(RectificationStatus.VERIFIED).verify(TODAY)).hasMessage("问题已核实销号。");
  }

  @Test
  void refusalsAreKeysReadInTheReadersLanguage() {
    assertThatThrownBy(() -> in(RectificationStatus.VERIFIED).verify(TODAY))
        .isInstanceOfSatisfying(
            IllegalMoveException.class,
            e -> assertThat(e.messageKey()).isEqualTo("rectification.move.verifyVerified"));
    org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
    try {
      assertThatThrownBy(() -> in(RectificationStatus.RAISED).acknowledge(TODAY))
          .hasMessage("The problem has not been assigned yet and cannot be acknowledged.");
      assertThatThrownBy(() -> Rectification.raise(SOURCE, "问".repeat(201), null, "office", TODAY))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.fieldErrors().get("title"))
                      .isEqualTo("The problem may not exceed 200 characters."));
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }
    assertThatThrownBy(() -> Rectification.raise(SOURCE, "积水", "述".repeat(2001), "office", TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors().get("description")).isEqualTo("问题描述不能超过2000字。"));
  }

  @Test
  void overdueIsAPassedDueDateNotYetResolved() {
    for (RectificationStatus status : RectificationStatus.values()) {
      Rectification problem = in(status);
      boolean dueDatePassed = status != RectificationStatus.RAISED;
      assertThat(problem.overdueOn(TODAY.plusDays(5))).as("on the due date, %s", status).isFalse();
      assertThat(problem.overdueOn(TODAY.plusDays(6)))
          .as("the day after, %s", status)
          .isEqualTo(
              dueDatePassed
                  && status != RectificationStatus.RESOLVED
                  && status != RectificationStatus.VERIFIED);
    }
  }
}
