package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The activities the signed-in person is invited to, upcoming first, as a member sees them on a phone. */
@Component
public class MyActivities {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final ActivityProperties properties;
  private final Clock clock;

  MyActivities(JdbcClient jdbc, MessageSource messages, ActivityProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.properties = properties;
    this.clock = clock;
  }

  public MyActivitiesView view() {
    LvzhiUser user = CurrentUser.require();
    LocalDateTime now = LocalDateTime.now(clock);
    List<MyActivitiesView.Item> items = jdbc.sql("select a.id, a.title, a.starts_at, a.ends_at, t.name, a.localities,"
            + " a.closed, p.state from participation p join activity a on a.id = p.activity_id"
            + " join activity_type t on t.id = a.type_id"
            + " where (p.member_id = :member or p.account_id = :account) order by a.starts_at desc, a.id desc limit 200")
        .param("member", user.memberId() == null ? -1L : user.memberId())
        .param("account", user.accountId())
        .query((rs, n) -> {
          LocalDateTime start = rs.getObject(3, LocalDateTime.class);
          LocalDateTime end = rs.getObject(4, LocalDateTime.class);
          String state = rs.getString(8);
          boolean open = !rs.getBoolean(7) && end.isAfter(now);
          boolean checkInOpen = open && !now.isBefore(start.minus(properties.checkInOpensBefore()));
          return new MyActivitiesView.Item(rs.getLong(1), rs.getString(2), WHEN.format(start), rs.getString(5),
              rs.getString(6) == null ? "" : rs.getString(6), state, label(state), open, checkInOpen);
        })
        .list();
    List<MyActivitiesView.Item> upcoming = new java.util.ArrayList<>(
        items.stream().filter(MyActivitiesView.Item::upcoming).toList());
    java.util.Collections.reverse(upcoming);
    return new MyActivitiesView(upcoming, items.stream().filter(i -> !i.upcoming()).toList());
  }

  private String label(String state) {
    return messages.getMessage("participationState." + state, null, state, LocaleContextHolder.getLocale());
  }
}
