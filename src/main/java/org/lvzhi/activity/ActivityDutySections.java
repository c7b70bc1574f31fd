package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.lvzhi.duty.DutyLine;
import org.lvzhi.duty.DutyRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What activities add to a member's duty record: every activity the member was invited to, counted
 * as attended, on leave, absent or still to come; and self-reported duty, counted by its review.
 */
@Configuration
class ActivityDutySections {

  static final String ATTENDED = "attended";
  static final String ON_LEAVE = "onLeave";
  static final String ABSENT = "absent";
  static final String TO_COME = "toCome";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final Clock clock;

  ActivityDutySections(JdbcClient jdbc, MessageSource messages, Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Which count an invitation falls into. Checked in or present: attended; approved leave or
   * excused: on leave (even before the day: the member will not come); absent, or the activity is
   * over without a check-in (closing it will say absent): absent; otherwise it is still to come.
   */
  static String tally(ParticipationState state, boolean over) {
    return switch (state) {
      case PRESENT, CHECKED_IN -> ATTENDED;
      case EXCUSED, LEAVE_APPROVED -> ON_LEAVE;
      case ABSENT -> ABSENT;
      case INVITED, SIGNED_UP, LEAVE_REQUESTED, LEAVE_REJECTED -> over ? ABSENT : TO_COME;
    };
  }

  @Bean
  DutyRecordSection attendanceSection() {
    return DutyRecordSection.of(
        "duty.attendance",
        10,
        List.of(ATTENDED, ON_LEAVE, ABSENT, TO_COME),
        (memberId, year) -> attendance(memberId, year, LocalDateTime.now(clock)));
  }

  private List<DutyLine> attendance(long memberId, int year, LocalDateTime now) {
    return jdbc.sql(
            "select a.starts_at, a.title, t.name, p.state, a.ends_at from participation p"
                + " join activity a on a.id = p.activity_id join activity_type t on t.id = a.type_id"
                + " where p.member_id = :member and a.cancelled = false"
                + " and a.starts_at >= :from and a.starts_at < :until"
                + " order by a.starts_at, a.id")
        .param("member", memberId)
        .param("from", LocalDate.of(year, 1, 1).atStartOfDay())
        .param("until", LocalDate.of(year + 1, 1, 1).atStartOfDay())
        .query(
            (rs, n) -> {
              ParticipationState state = ParticipationState.valueOf(rs.getString(4));
              boolean over = !rs.getObject(5, LocalDateTime.class).isAfter(now);
              String tally = tally(state, over);
              // Over, not closed, no check-in: the line says why it counts as absent.
              boolean unsettled = !state.isFinal() && ABSENT.equals(tally);
              return new DutyLine(
                  rs.getObject(1, LocalDateTime.class).toLocalDate(),
                  rs.getString(2),
                  rs.getString(3),
                  text(unsettled ? "duty.attendance.notCheckedIn" : "participationState." + state),
                  tally);
            })
        .list();
  }

  @Bean
  DutyRecordSection selfReportedSection() {
    return DutyRecordSection.of(
        "duty.selfReported",
        20,
        List.of("confirmed", "submitted", "rejected"),
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
                            text("dutyStatus." + rs.getString(5)),
                            rs.getString(5).toLowerCase(Locale.ROOT)))
                .list());
  }

  private String text(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, key, locale);
  }
}
