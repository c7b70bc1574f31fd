package org.lvzhi.activity.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.account.Accounts;
import org.lvzhi.activity.Activity;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.activity.Participation;
import org.lvzhi.activity.ParticipationState;
import org.lvzhi.organisation.Members;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CsrfField;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The participants part of an activity's page: invitees and their states, and what the user may do.
 */
@Component
public class ParticipantsPanel implements RecordPanel {

  /** People read times to the minute. */
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  private final ActivityQueries activities;
  private final Members members;
  private final Accounts accounts;
  private final TemplateEngine templates;
  private final MessageSource messages;

  public ParticipantsPanel(
      ActivityQueries activities,
      Members members,
      Accounts accounts,
      TemplateEngine templates,
      MessageSource messages) {
    this.activities = activities;
    this.members = members;
    this.accounts = accounts;
    this.templates = templates;
    this.messages = messages;
  }

  @Override
  public String html(long activityId) {
    StringOutput output = new StringOutput();
    templates.render("activity/participants.jte", Map.of("panel", view(activityId)), output);
    return output.toString();
  }

  ParticipantsView view(long activityId) {
    LvzhiUser user = CurrentUser.require();
    Activity activity = activities.activity(activityId);
    List<Participation> all = activities.participants(activityId);
    Map<Long, String> memberNames = members.names(ActivityQueries.memberIds(all));
    Map<Long, String> cadreNames =
        accounts.displayNames(
            all.stream().filter(p -> p.accountId() != null).map(Participation::accountId).toList());
    Map<ParticipationState, Integer> counts = new EnumMap<>(ParticipationState.class);
    List<ParticipantsView.Line> lines = new ArrayList<>();
    boolean mayDecide = activities.mayDecideLeave(user, activity);
    for (Participation p : all) {
      counts.merge(p.state(), 1, Integer::sum);
      String name =
          p.memberId() != null
              ? memberNames.get(p.memberId())
              : label("participation.cadreName", cadreNames.get(p.accountId()));
      lines.add(
          new ParticipantsView.Line(
              p.id(),
              name,
              p.state().name(),
              label("participationState." + p.state()),
              p.checkedInAt() == null ? "" : MINUTES.format(p.checkedInAt()),
              p.late(),
              readableReason(user, activity, p),
              mayDecide && p.state() == ParticipationState.LEAVE_REQUESTED));
    }
    boolean organiser = user.can("activity:edit");
    var mine = activities.mineIn(activityId);
    return new ParticipantsView(
        activityId,
        activity.closed(),
        activity.cancelled(),
        activity.cancelReason(),
        deciderName(activity),
        organiser && !activity.closed() && !activity.cancelled(),
        organiser,
        activity.checkInCode(),
        lines,
        counts.getOrDefault(ParticipationState.PRESENT, 0),
        all.size(),
        mine.map(p -> p.state().name()).orElse(null),
        mine.map(p -> label("participationState." + p.state())).orElse(null),
        organiser ? members.specialCommittees() : Map.of(),
        organiser ? members.sectors() : Map.of(),
        CsrfField.current().parameter(),
        CsrfField.current().token(),
        ParticipantsView.labels(messages));
  }

  /**
   * Who decides leave, as the page says it: the chair or the head by name, else the office (also
   * where no chair or head is recorded).
   */
  private String deciderName(Activity activity) {
    ActivityQueries.LeaveDecider decider = activities.leaveDecider(activity);
    if (decider.memberId() == null) {
      return label("leave.deciderOffice");
    }
    String name = members.names(List.of(decider.memberId())).getOrDefault(decider.memberId(), "");
    return label("leave.decider." + decider.authority(), name);
  }

  /** The leave reason where this user may read it (the API's rule), otherwise blank. */
  private String readableReason(LvzhiUser user, Activity activity, Participation participation) {
    String reason = participation.leaveReason();
    return reason != null && activities.mayReadLeaveReason(user, activity, participation)
        ? reason
        : "";
  }

  private String label(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
