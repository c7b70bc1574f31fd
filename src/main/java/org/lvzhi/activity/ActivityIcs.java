package org.lvzhi.activity;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lvzhi.register.Registers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An activity as an iCalendar (.ics) event, for phones' and desktops' calendars. */
@Component
class ActivityIcs {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Registers registers;
  private final MessageSource messages;

  ActivityIcs(Registers registers, MessageSource messages) {
    this.registers = registers;
    this.messages = messages;
  }

  @SuppressWarnings("unchecked")
  String of(long activityId) {
    Map<String, Object> activity = registers.read("activities", activityId);
    VEvent event = new VEvent();
    event.setUid("activity-" + activityId + "@lvzhi");
    event.setSummary((String) activity.get("title"));
    event.setDateStart(date((LocalDateTime) activity.get("startsAt")));
    event.setDateEnd(date((LocalDateTime) activity.get("endsAt")));
    String provinces = ((List<String>) activity.get("provinces")).stream()
        .map(code -> messages.getMessage("province." + code, null, code, Locale.SIMPLIFIED_CHINESE))
        .collect(Collectors.joining("、"));
    String localities = activity.get("localities") == null ? "" : (String) activity.get("localities");
    String location = (provinces + " " + localities).trim();
    if (!location.isEmpty()) {
      event.setLocation(location);
    }
    if (activity.get("topic") != null) {
      event.setDescription((String) activity.get("topic"));
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
