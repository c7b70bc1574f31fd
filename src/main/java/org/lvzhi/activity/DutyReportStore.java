package org.lvzhi.activity;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.system.RecordConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one writer of the duty_report table, and the duty-reports register's {@link RecordWriter}: a
 * new report is always submitted (and said so to the office), an edit keeps the status, a decision
 * is {@link DutyReportDecisions}'. Every write checks and bumps the version.
 */
@Repository
class DutyReportStore implements RecordWriter {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  DutyReportStore(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  Optional<DutyReport> find(long id) {
    return jdbc.sql(
            "select id, member_id, occurred_on, kind, place, content, status, version from duty_report"
                + " where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new DutyReport(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    DutyReport.Kind.valueOf(rs.getString(4)),
                    rs.getString(5),
                    rs.getString(6),
                    DutyReport.Status.valueOf(rs.getString(7)),
                    rs.getInt(8)))
        .optional();
  }

  @Override
  public long create(RecordValues values) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into duty_report (member_id, occurred_on, kind, place, content, status,"
                + " committee_id) values (:member, :on, :kind, :place, :content, 'SUBMITTED', "
                + org.lvzhi.system.CurrentUser.COMMITTEE_FOR_WRITING
                + ")")
        .param("committeeId", org.lvzhi.system.CurrentUser.committeeForWriting())
        .param("member", values.id("memberId"))
        .param("on", values.date("occurredOn"))
        .param("kind", values.text("kind"))
        .param("place", values.text("place"))
        .param("content", values.text("content"))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    events.publishEvent(new DutyReportSubmitted(id, values.id("memberId")));
    return id;
  }

  @Override
  public void update(long id, int version, RecordValues values) {
    find(id).ifPresent(DutyReport::requireUndecided);
    int updated =
        jdbc.sql(
                "update duty_report set occurred_on = :on, kind = :kind, place = :place,"
                    + " content = :content, version = version + 1 where id = :id and version = :version")
            .param("on", values.date("occurredOn"))
            .param("kind", values.text("kind"))
            .param("place", values.text("place"))
            .param("content", values.text("content"))
            .param("id", id)
            .param("version", version)
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  @Override
  public void delete(long id, int version) {
    if (jdbc.sql("delete from duty_report where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update()
        != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /** Saves a decision on a report read at its version. */
  void saveStatus(DutyReport report) {
    int updated =
        jdbc.sql(
                "update duty_report set status = :status, version = version + 1"
                    + " where id = :id and version = :version")
            .param("status", report.status().name())
            .param("id", report.id())
            .param("version", report.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /** The committee the record belongs to (ADR 7): whose office hears of it. */
  long committeeOf(long id) {
    return jdbc.sql("select committee_id from duty_report where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
