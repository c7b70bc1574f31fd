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
      boolean checkInOpen) {

    public boolean canSignUp() {
      return upcoming && (state.equals("INVITED") || state.equals("LEAVE_REJECTED"));
    }

    public boolean canAskLeave() {
      return upcoming
          && (state.equals("INVITED")
              || state.equals("SIGNED_UP")
              || state.equals("LEAVE_REJECTED"));
    }

    /**
     * Only while check-in is open (from shortly before the start to the end): no code box days
     * ahead.
     */
    public boolean canCheckIn() {
      return checkInOpen && !state.equals("CHECKED_IN");
    }
  }
}
