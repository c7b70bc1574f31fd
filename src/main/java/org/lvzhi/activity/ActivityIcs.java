package org.lvzhi.activity;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lvzhi.register.Registers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An activity as an iCalendar (.ics) event, for phones' and desktops' calendars. */
@Component
public class ActivityIcs {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Registers registers;
  private final ActivityStore activities;
  private final MessageSource messages;

  ActivityIcs(Registers registers, ActivityStore activities, MessageSource messages) {
    this.registers = registers;
    this.activities = activities;
    this.messages = messages;
  }

  /** The activity as .ics text, for someone who may see it. */
  public String of(long activityId) {
    registers.requireVisible("activities", activityId);
    Activity activity = activities.find(activityId).orElseThrow();
    VEvent event = new VEvent();
    event.setUid("activity-" + activityId + "@lvzhi");
    event.setSummary(activity.title());
    event.setDateStart(date(activity.startsAt()));
    event.setDateEnd(date(activity.endsAt()));
    String provinces =
        activity.provinces().stream()
            .map(
                code ->
                    messages.getMessage("province." + code, null, code, Locale.SIMPLIFIED_CHINESE))
            .collect(Collectors.joining("、"));
    String localities = activity.localities() == null ? "" : activity.localities();
    String location = (provinces + " " + localities).trim();
    if (!location.isEmpty()) {
      event.setLocation(location);
    }
    if (activity.topic() != null) {
      event.setDescription(activity.topic());
    }
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//Lvzhi//履职//ZH");
    calendar.addEvent(event);
    return Biweekly.write(calendar).go();
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(SHANGHAI).toInstant());
  }
}
