package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.system.IllegalMoveException;

/**
 * The rules of an activity's day: when check-in is open, when it is late, and that a closed
 * activity takes no moves.
 */
class ActivityRulesTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2023, 5, 10, 9, 0);
  private static final LocalDateTime ELEVEN = NINE.plusHours(2);
  private static final Duration OPENS = Duration.ofMinutes(30);
  private static final Duration LATE = Duration.ofMinutes(15);

  private static Activity activity(boolean closed) {
    return activity(closed, ActivityCodes.Category.RESEARCH, ActivityCodes.Organiser.OFFICE, null);
  }

  private static Activity activity(
      boolean closed,
      ActivityCodes.Category category,
      ActivityCodes.Organiser organiser,
      Long committee) {
    return new Activity(
        7L,
        "调研",
        3L,
        category,
        NINE,
        ELEVEN,
        List.of("FJ"),
        null,
        organiser,
        committee,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "123456",
        closed,
        false,
        null,
        4);
  }

  @Test
  void aCancelledActivityKeepsItsReasonAndTakesNoMoreMoves() {
    Activity cancelled = activity(false).cancel("  因台风改期  ");
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.cancelReason()).isEqualTo("因台风改期");
    assertThat(cancelled.checkInOpen(NINE, OPENS)).as("no check-in").isFalse();
    assertThatThrownBy(cancelled::requireOpen)
        .isInstanceOf(IllegalMoveException.class)
        .hasFieldOrPropertyWithValue("messageKey", "activity.alreadyCancelled");
    assertThatThrownBy(() -> cancelled.cancel("再取消一次"))
        .hasFieldOrPropertyWithValue("messageKey", "activity.alreadyCancelled");
    assertThatThrownBy(cancelled::close)
        .hasFieldOrPropertyWithValue("messageKey", "activity.alreadyCancelled");
    assertThatThrownBy(() -> activity(true).cancel("已结束"))
        .hasFieldOrPropertyWithValue("messageKey", "activity.alreadyClosed");
    assertThatThrownBy(() -> activity(false).cancel(" "))
        .hasFieldOrPropertyWithValue("messageKey", "activity.cancelNeedsReason");
  }

  @Test
  void checkInOpensBeforeTheStartAndClosesAtTheEnd() {
    Activity open = activity(false);
    assertThat(open.checkInOpen(NINE.minusMinutes(31), OPENS)).as("before it opens").isFalse();
    assertThat(open.checkInOpen(NINE.minusMinutes(30), OPENS)).as("as it opens").isTrue();
    assertThat(open.checkInOpen(NINE.plusMinutes(40), OPENS)).as("during").isTrue();
    assertThat(open.checkInOpen(ELEVEN, OPENS)).as("at the end").isTrue();
    assertThat(open.checkInOpen(ELEVEN.plusMinutes(1), OPENS)).as("after the end").isFalse();
    assertThat(activity(true).checkInOpen(NINE, OPENS)).as("closed").isFalse();
  }

  @Test
  void aCheckInIsLateOnlyAfterTheLateness() {
    Activity open = activity(false);
    assertThat(open.lateAt(NINE.minusMinutes(10), LATE)).isFalse();
    assertThat(open.lateAt(NINE.plusMinutes(15), LATE)).isFalse();
    assertThat(open.lateAt(NINE.plusMinutes(16), LATE)).isTrue();
  }

  @Test
  void aCheckInNeedsTheCodeAndTheWindow() {
    Activity open = activity(false);
    open.requireCheckIn(" 123456 ", NINE, OPENS);
    assertThatThrownBy(() -> open.requireCheckIn("654321", NINE, OPENS))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessageContaining("签到码不正确");
    assertThatThrownBy(() -> open.requireCheckIn(null, NINE, OPENS))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> open.requireCheckIn("123456", NINE.minusHours(1), OPENS))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessageContaining("不在签到时间内")
        .hasMessageContaining("8:30");
    assertThatThrownBy(() -> activity(true).requireCheckIn("123456", NINE, OPENS))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessageContaining("不在签到时间内");
  }

  @Test
  void anOpenActivityClosesOnceAndThenTakesNoMoves() {
    Activity open = activity(false);
    open.requireOpen();
    Activity closed = open.close();
    assertThat(closed.closed()).isTrue();
    assertThat(closed.version()).as("the store bumps the version").isEqualTo(open.version());
    assertThatThrownBy(closed::requireOpen)
        .isInstanceOf(IllegalMoveException.class)
        .hasMessageContaining("活动已结束");
    assertThatThrownBy(closed::close).isInstanceOf(IllegalMoveException.class);
  }

  @ParameterizedTest
  @EnumSource(ActivityCodes.Category.class)
  void leaveIsTheChairsForPlenaryAndStandingMeetingsTheHeadsForACommitteesOtherwiseTheOffices(
      ActivityCodes.Category category) {
    boolean chair =
        category == ActivityCodes.Category.PLENARY
            || category == ActivityCodes.Category.STANDING_COMMITTEE;
    assertThat(
            activity(false, category, ActivityCodes.Organiser.SPECIAL_COMMITTEE, 5L)
                .leaveAuthority())
        .isEqualTo(chair ? Activity.LeaveAuthority.CHAIR : Activity.LeaveAuthority.COMMITTEE_HEAD);
    assertThat(activity(false, category, ActivityCodes.Organiser.OFFICE, null).leaveAuthority())
        .isEqualTo(chair ? Activity.LeaveAuthority.CHAIR : Activity.LeaveAuthority.OFFICE);
    assertThat(
            activity(false, category, ActivityCodes.Organiser.SPECIAL_COMMITTEE, null)
                .leaveAuthority())
        .isEqualTo(chair ? Activity.LeaveAuthority.CHAIR : Activity.LeaveAuthority.OFFICE);
  }

  @Test
  void anOccurrenceIsANewOpenActivityOfTheSeriesWithItsOwnCode() {
    Activity occurrence =
        activity(true).occurrence(NINE.plusWeeks(1), ELEVEN.plusWeeks(1), 9L, "000111");
    assertThat(occurrence.id()).isNull();
    assertThat(occurrence.closed()).isFalse();
    assertThat(occurrence.seriesId()).isEqualTo(9L);
    assertThat(occurrence.checkInCode()).isEqualTo("000111");
    assertThat(occurrence.startsAt()).isEqualTo(NINE.plusWeeks(1));
    assertThat(occurrence.provinces()).containsExactly("FJ");
  }
}
