package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.activity.ActivityDutySections.ABSENT;
import static org.lvzhi.activity.ActivityDutySections.ATTENDED;
import static org.lvzhi.activity.ActivityDutySections.ON_LEAVE;
import static org.lvzhi.activity.ActivityDutySections.TO_COME;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which duty-record count every participation state falls into, before and after the activity. */
class DutyTallyTest {

  private static final Map<ParticipationState, String> BEFORE_IT_ENDS =
      new EnumMap<>(
          Map.of(
              ParticipationState.INVITED, TO_COME,
              ParticipationState.SIGNED_UP, TO_COME,
              ParticipationState.LEAVE_REQUESTED, TO_COME,
              ParticipationState.LEAVE_REJECTED, TO_COME,
              ParticipationState.LEAVE_APPROVED, ON_LEAVE,
              ParticipationState.CHECKED_IN, ATTENDED,
              ParticipationState.PRESENT, ATTENDED,
              ParticipationState.EXCUSED, ON_LEAVE,
              ParticipationState.ABSENT, ABSENT));

  @ParameterizedTest
  @EnumSource(ParticipationState.class)
  void beforeTheActivityEndsOnlyAnUndecidedInvitationIsStillToCome(ParticipationState state) {
    assertThat(ActivityDutySections.tally(state, false)).isEqualTo(BEFORE_IT_ENDS.get(state));
  }

  @ParameterizedTest
  @EnumSource(ParticipationState.class)
  void onceItIsOverNothingIsToComeAndNoCheckInIsAbsentUnlessExcused(ParticipationState state) {
    String expected =
        BEFORE_IT_ENDS.get(state).equals(TO_COME) ? ABSENT : BEFORE_IT_ENDS.get(state);
    assertThat(ActivityDutySections.tally(state, true)).isEqualTo(expected);
  }

  @Test
  void closingAnActivityMovesNobodyToAnotherCount() {
    // What close() makes of an open state counts where the open state counted once it was over.
    for (ParticipationState state : ParticipationState.values()) {
      if (state.isFinal()) {
        continue;
      }
      Participation p = new Participation(1L, 1, 1L, null, state, null, null, null, null, false, 0);
      p.close();
      assertThat(ActivityDutySections.tally(p.state(), true))
          .as("%s closed as %s", state, p.state())
          .isEqualTo(ActivityDutySections.tally(state, true));
    }
  }
}
