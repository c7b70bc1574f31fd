package org.lvzhi.activity.web;

import java.util.List;

/** "我的活动": upcoming (soonest first) and past activities of the signed-in person. */
public record MyActivitiesView(List<Item> upcoming, List<Item> past) {

  /** One activity with the person's state in it. */
  public record Item(
      long id,
      String title,
      String startsAt,
      String type,
      String places,
      String state,
      String stateLabel,
      boolean upcoming,
      boolean checkInOpen,
      boolean cancelled) {

    /** Upcoming and not cancelled: the member may still move. */
    private boolean open() {
      return upcoming && !cancelled;
    }

    public boolean canSignUp() {
      return open() && (state.equals("INVITED") || state.equals("LEAVE_REJECTED"));
    }

    public boolean canAskLeave() {
      return open()
          && (state.equals("INVITED")
              || state.equals("SIGNED_UP")
              || state.equals("LEAVE_REJECTED"));
    }

    /**
     * Only while check-in is open (from shortly before the start to the end): no code box days
     * ahead.
     */
    public boolean canCheckIn() {
      return checkInOpen && !cancelled && !state.equals("CHECKED_IN");
    }

    /** A sign-up may be taken back while the activity is open. */
    public boolean canWithdrawSignUp() {
      return open() && state.equals("SIGNED_UP");
    }

    /** A leave request may be taken back until it is decided. */
    public boolean canWithdrawLeave() {
      return open() && state.equals("LEAVE_REQUESTED");
    }
  }
}
