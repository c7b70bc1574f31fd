package org.lvzhi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/** A suggestion's moves from every state: what each allows, what it refuses and why. */
class SuggestionTest {

  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  static final Suggestion.Source MEETING = new Suggestion.Source(SourceKind.MEETING, 7, "专题协商会");
  static final long UNIT = 10;

  static Suggestion made() {
    return Suggestion.make(
        MEETING, "建议建设产地冷库。", new Suggestion.Author(3L, null), null, TODAY.minusDays(5), TODAY);
  }

  /** A suggestion brought to {@code status} by the legal moves. */
  static Suggestion in(SuggestionStatus status) {
    Suggestion s = made();
    if (status != SuggestionStatus.PENDING) {
      s.sendTo(UNIT, TODAY.minusDays(4));
    }
    if (status.answered()) {
      s.answer(status, "已研究。", TODAY.minusDays(2), TODAY);
    }
    assertThat(s.status()).isEqualTo(status);
    return s;
  }

  @Test
  void aSuggestionIsMadePendingOnTheDayGivenByAMemberOrANamedOutsider() {
    Suggestion s = made();
    assertThat(s.status()).isEqualTo(SuggestionStatus.PENDING);
    assertThat(s.madeOn()).isEqualTo(TODAY.minusDays(5));
    Suggestion outside =
        Suggestion.make(
            MEETING, " 完善公交线路 ", new Suggestion.Author(null, "县交通运输局"), UNIT, null, TODAY);
    assertThat(outside.madeOn()).as("today where not given").isEqualTo(TODAY);
    assertThat(outside.content()).isEqualTo("完善公交线路");
    assertThat(outside.author().name()).isEqualTo("县交通运输局");
  }

  @Test
  void aSuggestionWithoutTextOrAuthorOrMadeInTheFutureIsRefusedNamingEveryField() {
    assertThatThrownBy(
            () ->
                Suggestion.make(
                    MEETING, " ", new Suggestion.Author(null, " "), null, TODAY.plusDays(1), TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors())
                    .containsKeys("content", "madeBy", "madeOn"));
    assertThatThrownBy(
            () ->
                Suggestion.make(
                    MEETING, "x".repeat(2001), new Suggestion.Author(1L, null), null, null, TODAY))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = SuggestionStatus.class,
      names = {"PENDING", "SENT"})
  void aPendingOrSentSuggestionMayBeSentToADepartment(SuggestionStatus status) {
    Suggestion s = in(status);
    assertThat(s.sendTo(11L, TODAY)).isEqualTo(status);
    assertThat(s.status()).isEqualTo(SuggestionStatus.SENT);
    assertThat(s.unitId()).isEqualTo(11L);
    assertThat(s.sentOn()).isEqualTo(TODAY);
  }

  @ParameterizedTest
  @EnumSource(
      value = SuggestionStatus.class,
      names = {"ADOPTED", "IMPLEMENTING", "NOT_ADOPTED"})
  void anAnsweredSuggestionIsNotSentAgain(SuggestionStatus status) {
    Suggestion s = in(status);
    assertThatThrownBy(() -> s.sendTo(11L, TODAY)).isInstanceOf(IllegalMoveException.class);
    assertThat(s.status()).isEqualTo(status);
  }

  @Test
  void sendingNeedsADepartment() {
    assertThatThrownBy(() -> made().sendTo(null, TODAY)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = SuggestionStatus.class,
      names = {"ADOPTED", "IMPLEMENTING", "NOT_ADOPTED"})
  void aSentSuggestionIsAnsweredWithEachOutcome(SuggestionStatus outcome) {
    Suggestion s = in(SuggestionStatus.SENT);
    assertThat(s.answer(outcome, "答复", null, TODAY)).isEqualTo(SuggestionStatus.SENT);
    assertThat(s.status()).isEqualTo(outcome);
    assertThat(s.answeredOn()).isEqualTo(TODAY);
    assertThat(s.answer()).isEqualTo("答复");
  }

  @Test
  void aSuggestionBeingImplementedMayLaterBeAdoptedButNothingElse() {
    Suggestion s = in(SuggestionStatus.IMPLEMENTING);
    assertThatThrownBy(() -> s.answer(SuggestionStatus.NOT_ADOPTED, "x", null, TODAY))
        .isInstanceOf(IllegalMoveException.class);
    s.answer(SuggestionStatus.ADOPTED, "已落实", null, TODAY);
    assertThat(s.status()).isEqualTo(SuggestionStatus.ADOPTED);
  }

  @ParameterizedTest
  @EnumSource(
      value = SuggestionStatus.class,
      names = {"PENDING", "ADOPTED", "NOT_ADOPTED"})
  void aPendingOrFinishedSuggestionIsNotAnswered(SuggestionStatus status) {
    Suggestion s = in(status);
    assertThatThrownBy(() -> s.answer(SuggestionStatus.ADOPTED, "x", null, TODAY))
        .isInstanceOf(IllegalMoveException.class);
    assertThat(s.status()).isEqualTo(status);
  }

  @Test
  void anAnswerNeedsAnOutcomeTextAndADateNeitherFutureNorBeforeItWasMade() {
    Suggestion s = in(SuggestionStatus.SENT);
    assertThatThrownBy(() -> s.answer(SuggestionStatus.PENDING, " ", TODAY.plusDays(1), TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors())
                    .containsKeys("outcome", "answer", "answeredOn"));
    assertThatThrownBy(() -> s.answer(SuggestionStatus.ADOPTED, "x", TODAY.minusDays(10), TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThat(s.status()).as("a refused move changes nothing").isEqualTo(SuggestionStatus.SENT);
  }
}
