package org.lvzhi.activity.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.lvzhi.activity.Activity;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.register.Registers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The activities the signed-in person is invited to, upcoming first, as a member sees them on a
 * phone.
 */
@Component
class MyActivities {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int LIMIT = 200;
  private final ActivityQueries activities;
  private final Registers registers;
  private final MessageSource messages;

  MyActivities(ActivityQueries activities, Registers registers, MessageSource messages) {
    this.activities = activities;
    this.registers = registers;
    this.messages = messages;
  }

  MyActivitiesView view() {
    List<ActivityQueries.Invited> mine = activities.mine(LIMIT);
    Map<Long, String> types =
        registers.titles(
            "activity-types", mine.stream().map(i -> i.activity().typeId()).distinct().toList());
    List<MyActivitiesView.Item> items =
        mine.stream()
            .map(
                invited -> {
                  Activity activity = invited.activity();
                  String state = invited.state().name();
                  return new MyActivitiesView.Item(
                      activity.id(),
                      activity.title(),
                      WHEN.format(activity.startsAt()),
                      types.getOrDefault(activity.typeId(), ""),
                      activity.localities() == null ? "" : activity.localities(),
                      state,
                      activity.cancelled()
                          ? messages.getMessage(
                              "activity.cancelled", null, LocaleContextHolder.getLocale())
                          : label(state),
                      activities.upcoming(activity),
                      activities.checkInOpen(activity),
                      activity.cancelled());
                })
            .toList();
    List<MyActivitiesView.Item> upcoming =
        new ArrayList<>(items.stream().filter(MyActivitiesView.Item::upcoming).toList());
    Collections.reverse(upcoming);
    return new MyActivitiesView(upcoming, items.stream().filter(i -> !i.upcoming()).toList());
  }

  private String label(String state) {
    return messages.getMessage(
        "participationState." + state, null, state, LocaleContextHolder.getLocale());
  }
}
