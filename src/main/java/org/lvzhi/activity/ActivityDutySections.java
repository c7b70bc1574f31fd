package org.lvzhi.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.lvzhi.duty.DutyLine;
import org.lvzhi.duty.DutyRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What activities add to a member's duty record: attendance at each activity, and self-reported
 * duty.
 */
@Configuration
class ActivityDutySections {

  private final JdbcClient jdbc;
  private final MessageSource messages;

  ActivityDutySections(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Bean
  DutyRecordSection attendanceSection() {
    return DutyRecordSection.of(
        "duty.attendance",
        10,
        (memberId, year) ->
            jdbc.sql(
                    "select a.starts_at, a.title, t.name, p.state, p.leave_counts_against from participation p"
                        + " join activity a on a.id = p.activity_id join activity_type t on t.id = a.type_id"
                        + " where p.member_id = :member and a.cancelled = false"
                        + " and a.starts_at >= :from and a.starts_at < :until"
                        + " order by a.starts_at, a.id")
                .param("member", memberId)
                .param("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("until", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .query(
                    (rs, n) ->
                        new DutyLine(
                            rs.getObject(1, LocalDateTime.class).toLocalDate(),
                            rs.getString(2),
                            rs.getString(3),
                            text("participationState." + rs.getString(4))))
                .list());
  }

  @Bean
  DutyRecordSection selfReportedSection() {
    return DutyRecordSection.of(
        "duty.selfReported",
        20,
        (memberId, year) ->
            jdbc.sql(
                    "select occurred_on, content, kind, place, status from duty_report where member_id = :member"
                        + " and occurred_on between :from and :to order by occurred_on, id")
                .param("member", memberId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(
                    (rs, n) ->
                        new DutyLine(
                            rs.getObject(1, LocalDate.class),
                            rs.getString(2),
                            text("dutyKind." + rs.getString(3))
                                + (rs.getString(4) == null ? "" : " · " + rs.getString(4)),
                            text("dutyStatus." + rs.getString(5))))
                .list());
  }

  private String text(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, key, locale);
  }
}
