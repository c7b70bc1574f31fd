package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.system.IllegalMoveException;

/**
 * Every move from every state: the legal ones land where they should, the others change nothing.
 */
class ParticipationTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2023, 5, 10, 9, 0);

  private static final Map<String, Function<Participation, ParticipationState>> MOVES =
      Map.of(
          "signUp",
          Participation::signUp,
          "requestLeave",
          p -> p.requestLeave("赴省城参加培训"),
          "approveLeave",
          p -> p.decideLeave(true, false, "chair"),
          "rejectLeave",
          p -> p.decideLeave(false, false, "chair"),
          "checkIn",
          p -> p.checkIn(NINE, false),
          "close",
          Participation::close,
          "withdrawSignUp",
          Participation::withdrawSignUp,
          "withdrawLeave",
          Participation::withdrawLeave);

  /** From each state, where each legal move leads. */
  private static final Map<ParticipationState, Map<String, ParticipationState>> LEGAL =
      Map.of(
          ParticipationState.INVITED,
              Map.of(
                  "signUp",
                  ParticipationState.SIGNED_UP,
                  "requestLeave",
                  ParticipationState.LEAVE_REQUESTED,
                  "checkIn",
                  ParticipationState.CHECKED_IN,
                  "close",
                  ParticipationState.ABSENT),
          ParticipationState.SIGNED_UP,
              Map.of(
                  "withdrawSignUp",
                  ParticipationState.INVITED,
                  "requestLeave",
                  ParticipationState.LEAVE_REQUESTED,
                  "checkIn",
                  ParticipationState.CHECKED_IN,
                  "close",
                  ParticipationState.ABSENT),
          ParticipationState.LEAVE_REQUESTED,
              Map.of(
                  "withdrawLeave",
                  ParticipationState.INVITED,
                  "approveLeave",
                  ParticipationState.LEAVE_APPROVED,
                  "rejectLeave",
                  ParticipationState.LEAVE_REJECTED,
                  "checkIn",
                  ParticipationState.CHECKED_IN,
                  "close",
                  ParticipationState.ABSENT),
          ParticipationState.LEAVE_APPROVED,
              Map.of("checkIn", ParticipationState.CHECKED_IN, "close", ParticipationState.EXCUSED),
          ParticipationState.LEAVE_REJECTED,
              Map.of(
                  "signUp",
                  ParticipationState.SIGNED_UP,
                  "requestLeave",
                  ParticipationState.LEAVE_REQUESTED,
                  "checkIn",
                  ParticipationState.CHECKED_IN,
                  "close",
                  ParticipationState.ABSENT),
          ParticipationState.CHECKED_IN, Map.of("close", ParticipationState.PRESENT),
          ParticipationState.PRESENT, Map.of(),
          ParticipationState.EXCUSED, Map.of(),
          ParticipationState.ABSENT, Map.of());

  private static Participation in(ParticipationState state) {
    return new Participation(1L, 10L, 5L, null, state, null, null, null, null, false, 0);
  }

  @ParameterizedTest
  @EnumSource(ParticipationState.class)
  void everyMoveFromEveryState(ParticipationState from) {
    Map<String, ParticipationState> legal = LEGAL.get(from);
    MOVES.forEach(
        (name, move) -> {
          Participation participation = in(from);
          if (legal.containsKey(name)) {
            assertThat(move.apply(participation))
                .as("%s from %s returns the state left", name, from)
                .isEqualTo(from);
            assertThat(participation.state())
                .as("%s from %s", name, from)
                .isEqualTo(legal.get(name));
          } else {
            assertThatThrownBy(() -> move.apply(participation))
                .as("%s from %s", name, from)
                .isInstanceOf(IllegalMoveException.class);
            assertThat(participation.state())
                .as("refused %s from %s changes nothing", name, from)
                .isEqualTo(from);
          }
        });
  }

  @Test
  void leaveNeedsAReasonAndKeepsIt() {
    assertThatThrownBy(() -> in(ParticipationState.INVITED).requestLeave("  "))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessageContaining("理由");
    Participation participation = in(ParticipationState.SIGNED_UP);
    participation.requestLeave(" 出差 ");
    assertThat(participation.leaveReason()).isEqualTo("出差");
  }

  @Test
  void aWithdrawnLeaveRequestForgetsItsReasonAndADecidedOneCannotBeWithdrawn() {
    Participation asked = in(ParticipationState.SIGNED_UP);
    asked.requestLeave("出差");
    asked.withdrawLeave();
    assertThat(asked.state()).isEqualTo(ParticipationState.INVITED);
    assertThat(asked.leaveReason()).isNull();
    assertThatThrownBy(() -> in(ParticipationState.LEAVE_APPROVED).withdrawLeave())
        .isInstanceOf(IllegalMoveException.class)
        .hasFieldOrPropertyWithValue("messageKey", "participation.leaveAlreadyDecided");
    assertThatThrownBy(() -> in(ParticipationState.LEAVE_REJECTED).withdrawLeave())
        .hasFieldOrPropertyWithValue("messageKey", "participation.leaveAlreadyDecided");
    assertThatThrownBy(() -> in(ParticipationState.INVITED).withdrawLeave())
        .hasFieldOrPropertyWithValue("messageKey", "participation.noLeaveToWithdraw");
    assertThatThrownBy(() -> in(ParticipationState.CHECKED_IN).withdrawSignUp())
        .hasFieldOrPropertyWithValue("messageKey", "participation.noSignUpToWithdraw");
  }

  @Test
  void theLeaveDecisionSaysWhetherItCountsAgainstTheMember() {
    Participation counted = in(ParticipationState.LEAVE_REQUESTED);
    counted.decideLeave(true, true, "chair");
    counted.close();
    assertThat(counted.state()).isEqualTo(ParticipationState.EXCUSED);
    assertThat(counted.countsAgainst()).isTrue();

    Participation excused = in(ParticipationState.LEAVE_REQUESTED);
    excused.decideLeave(true, false, "chair");
    excused.close();
    assertThat(excused.countsAgainst()).isFalse();
    assertThat(excused.leaveDecidedBy()).isEqualTo("chair");

    Participation absent = in(ParticipationState.SIGNED_UP);
    absent.close();
    assertThat(absent.countsAgainst()).isTrue();
  }

  @Test
  void checkInKeepsTheTimeAndLateness() {
    Participation participation = in(ParticipationState.SIGNED_UP);
    participation.checkIn(NINE.plusMinutes(20), true);
    assertThat(participation.checkedInAt()).isEqualTo(NINE.plusMinutes(20));
    assertThat(participation.late()).isTrue();
    assertThatThrownBy(() -> participation.checkIn(NINE.plusMinutes(30), false))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessageContaining("已经签到");
  }

  @Test
  void staffCorrectOnlyClosedRecordsAndOnlyToFinalStates() {
    Set<ParticipationState> finals =
        EnumSet.of(
            ParticipationState.PRESENT, ParticipationState.EXCUSED, ParticipationState.ABSENT);
    Participation closed = in(ParticipationState.ABSENT);
    closed.correct(ParticipationState.PRESENT);
    assertThat(closed.state()).isIn(finals).isEqualTo(ParticipationState.PRESENT);
    assertThatThrownBy(() -> in(ParticipationState.SIGNED_UP).correct(ParticipationState.PRESENT))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> in(ParticipationState.PRESENT).correct(ParticipationState.SIGNED_UP))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void aParticipantIsAMemberOrACadreNeverBoth() {
    assertThatThrownBy(
            () ->
                new Participation(
                    null, 1L, 2L, 3L, ParticipationState.INVITED, null, null, null, null, false, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Participation.inviteCadre(1L, 3L).accountId()).isEqualTo(3L);
    assertThat(Participation.inviteMember(1L, 2L).memberId()).isEqualTo(2L);
  }
}
