package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lvzhi.activity.web.MyActivitiesView;

/** What a member may do from "我的活动" depends on the state and on whether check-in is open yet. */
class MyActivitiesViewTest {

  private static MyActivitiesView.Item item(String state, boolean upcoming, boolean checkInOpen) {
    return new MyActivitiesView.Item(
        1, "书香政协", "2026-12-04 16:00", "书香政协读书活动", "", state, state, upcoming, checkInOpen, false);
  }

  @Test
  void aCancelledActivityTakesNoMovesAndOnlyUndecidedChoicesCanBeTakenBack() {
    MyActivitiesView.Item cancelled =
        new MyActivitiesView.Item(
            1, "书香政协", "2026-12-04 16:00", "书香政协读书活动", "", "SIGNED_UP", "已取消", true, true, true);
    assertThat(cancelled.canCheckIn()).isFalse();
    assertThat(cancelled.canAskLeave()).isFalse();
    assertThat(cancelled.canWithdrawSignUp()).isFalse();
    assertThat(item("SIGNED_UP", true, false).canWithdrawSignUp()).isTrue();
    assertThat(item("INVITED", true, false).canWithdrawSignUp()).isFalse();
    assertThat(item("LEAVE_REQUESTED", true, false).canWithdrawLeave()).isTrue();
    assertThat(item("LEAVE_APPROVED", true, false).canWithdrawLeave()).isFalse();
    assertThat(item("LEAVE_REQUESTED", false, false).canWithdrawLeave()).isFalse();
  }

  @Test
  void theCodeBoxAppearsOnlyWhileCheckInIsOpen() {
    assertThat(item("SIGNED_UP", true, false).canCheckIn()).isFalse();
    assertThat(item("SIGNED_UP", true, true).canCheckIn()).isTrue();
    assertThat(item("CHECKED_IN", true, true).canCheckIn()).isFalse();
  }

  @Test
  void signingUpAndAskingLeaveFollowTheState() {
    assertThat(item("INVITED", true, false).canSignUp()).isTrue();
    assertThat(item("SIGNED_UP", true, false).canSignUp()).isFalse();
    assertThat(item("SIGNED_UP", true, false).canAskLeave()).isTrue();
    assertThat(item("LEAVE_REQUESTED", true, false).canAskLeave()).isFalse();
    assertThat(item("INVITED", false, false).canSignUp())
        .as("past activities take no moves")
        .isFalse();
  }
}
