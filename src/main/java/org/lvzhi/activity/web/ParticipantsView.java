package org.lvzhi.activity.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** What the participants panel shows. */
public record ParticipantsView(
    long activityId,
    boolean closed,
    boolean cancelled,
    String cancelReason,
    String deciderName,
    boolean canOrganise,
    boolean showCode,
    String checkInCode,
    List<Line> lines,
    int present,
    int invited,
    String myState,
    String myStateLabel,
    java.util.Map<Long, String> specialCommittees,
    java.util.Map<Long, String> sectors,
    String csrfParameter,
    String csrfToken,
    Function<String, String> t) {

  /** One invitee. */
  public record Line(
      long id,
      String name,
      String state,
      String stateLabel,
      String checkedInAt,
      boolean late,
      String leaveReason,
      boolean canDecideLeave) {}

  static Function<String, String> labels(MessageSource messages) {
    var locale = LocaleContextHolder.getLocale();
    return key -> messages.getMessage(key, null, "??" + key + "??", locale);
  }

  /** Whether the reader organises the activity (its code, its sign-in sheet), open or not. */
  public boolean organiser() {
    return showCode;
  }

  /** Neither closed nor cancelled: moves may still be made. */
  private boolean open() {
    return !closed && !cancelled;
  }

  public boolean canWithdrawSignUp() {
    return open() && "SIGNED_UP".equals(myState);
  }

  public boolean canWithdrawLeave() {
    return open() && "LEAVE_REQUESTED".equals(myState);
  }

  public boolean canSignUp() {
    return open() && ("INVITED".equals(myState) || "LEAVE_REJECTED".equals(myState));
  }

  public boolean canAskLeave() {
    return open()
        && ("INVITED".equals(myState)
            || "SIGNED_UP".equals(myState)
            || "LEAVE_REJECTED".equals(myState));
  }

  public boolean canCheckIn() {
    return open() && myState != null && !"CHECKED_IN".equals(myState);
  }

  public String base() {
    return "/activities/" + activityId;
  }
}
