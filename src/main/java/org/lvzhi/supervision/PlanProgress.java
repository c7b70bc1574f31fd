package org.lvzhi.supervision;

import java.util.List;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's supervision plans against what was done: visits and distinct units supervised. */
@Service
public class PlanProgress {

  /** One plan's progress. */
  public record Progress(
      long planId,
      String topic,
      int plannedVisits,
      long visitsDone,
      long plannedUnits,
      long unitsDone) {

    public String href() {
      return "/registry/supervision-plans/" + planId;
    }
  }

  private final JdbcClient jdbc;
  private final VisitStore visits;

  PlanProgress(JdbcClient jdbc, VisitStore visits) {
    this.jdbc = jdbc;
    this.visits = visits;
  }

  /** The working committee's plans of the year, by topic. */
  @Transactional(readOnly = true)
  public List<Progress> of(int year) {
    CurrentUser.requirePermission("supervision-plan:view");
    return jdbc.sql(
            "select p.id, p.topic, p.planned_visits, (select count(*) from supervision_plan_unit u"
                + " where u.plan_id = p.id) from supervision_plan p where p.plan_year = :y"
                + CurrentUser.inWorkingCommittee("p.committee_id")
                + " order by p.topic, p.id")
        .param("y", year)
        .query(
            (rs, n) -> {
              long[] done = visits.progress(rs.getLong(1));
              return new Progress(
                  rs.getLong(1), rs.getString(2), rs.getInt(3), done[0], rs.getLong(4), done[1]);
            })
        .list();
  }

  /** Whether the working committee has this plan. */
  @Transactional(readOnly = true)
  public boolean exists(long planId) {
    return jdbc.sql(
                "select count(*) from supervision_plan where id = :id"
                    + CurrentUser.inWorkingCommittee("committee_id"))
            .param("id", planId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The working committee's plans of the year, by id, for the visit form. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> topics(int year) {
    java.util.Map<Long, String> topics = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select id, topic from supervision_plan where plan_year = :y"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by topic, id")
        .param("y", year)
        .query(
            rs -> {
              topics.put(rs.getLong(1), rs.getString(2));
            });
    return topics;
  }
}
