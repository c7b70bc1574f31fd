package org.lvzhi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one writer of supervision_visit and supervision_visit_unit. Reads are limited to the working
 * committee (ADR 7); who of it may see a visit is {@link SquadAccess}'s to say.
 */
@Repository
class VisitStore {

  static final String TABLE = "supervision_visit";
  private static final String COLUMNS =
      "t.id, t.activity_id, t.squad_id, t.plan_id, t.title, t.visited_on, t.mode, t.manner,"
          + " t.summary, t.recorded_by, t.version";

  private final JdbcClient jdbc;

  VisitStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(SupervisionVisit visit) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into supervision_visit (activity_id, squad_id, plan_id, title, visited_on, mode,"
                + " manner, summary, recorded_by, committee_id) values (:activity, :squad, :plan,"
                + " :title, :on, :mode, :manner, :summary, :by, "
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ")")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("activity", visit.activityId())
        .param("squad", visit.squadId())
        .param("plan", visit.planId())
        .param("title", visit.title())
        .param("on", visit.visitedOn())
        .param("mode", visit.mode().name())
        .param("manner", visit.manner().name())
        .param("summary", visit.summary())
        .param("by", visit.recordedBy())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (Long unit : visit.unitIds()) {
      jdbc.sql("insert into supervision_visit_unit (visit_id, unit_id) values (:v, :u)")
          .param("v", id)
          .param("u", unit)
          .update();
    }
    return id;
  }

  Optional<SupervisionVisit> find(long id) {
    return where("t.id = :id", Map.of("id", id)).stream().findFirst();
  }

  /** The working committee's visits of these squads (all squads where null), newest first. */
  List<SupervisionVisit> recent(List<Long> squads, int limit) {
    if (squads != null && squads.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new HashMap<>();
    String condition = "1 = 1";
    if (squads != null) {
      condition = "t.squad_id in (:squads)";
      params.put("squads", squads);
    }
    return where(condition + " order by t.visited_on desc, t.id desc limit " + limit, params);
  }

  /** The visit of an activity, if the activity is one. */
  Optional<Long> ofActivity(long activityId) {
    return jdbc.sql(
            "select id from supervision_visit where activity_id = :a"
                + CurrentUser.inWorkingCommittee("committee_id"))
        .param("a", activityId)
        .query(Long.class)
        .optional();
  }

  /** How many visits a plan has had, and how many distinct units they reached. */
  long[] progress(long planId) {
    long visits =
        jdbc.sql("select count(*) from supervision_visit where plan_id = :p")
            .param("p", planId)
            .query(Long.class)
            .single();
    long units =
        jdbc.sql(
                "select count(distinct u.unit_id) from supervision_visit_unit u"
                    + " join supervision_visit v on v.id = u.visit_id where v.plan_id = :p")
            .param("p", planId)
            .query(Long.class)
            .single();
    return new long[] {visits, units};
  }

  /** Whether the working committee already has a visit with this title on this day. */
  Optional<Long> titled(String title, LocalDate on) {
    return jdbc
        .sql(
            "select id from supervision_visit where title = :t and visited_on = :on"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by id")
        .param("t", title)
        .param("on", on)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  private List<SupervisionVisit> where(String condition, Map<String, Object> params) {
    List<SupervisionVisit> visits =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from supervision_visit t where "
                    + "1 = 1"
                    + CurrentUser.inWorkingCommittee("t.committee_id")
                    + " and "
                    + condition)
            .params(params)
            .query(VisitStore::map)
            .list();
    if (visits.isEmpty()) {
      return visits;
    }
    Map<Long, List<Long>> units = new LinkedHashMap<>();
    jdbc.sql(
            "select visit_id, unit_id from supervision_visit_unit where visit_id in (:ids)"
                + " order by unit_id")
        .param("ids", visits.stream().map(SupervisionVisit::id).toList())
        .query(
            rs -> {
              units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    return visits.stream()
        .map(
            v ->
                new SupervisionVisit(
                    v.id(),
                    v.activityId(),
                    v.squadId(),
                    v.planId(),
                    v.title(),
                    v.visitedOn(),
                    v.mode(),
                    v.manner(),
                    v.summary(),
                    units.getOrDefault(v.id(), List.of()),
                    v.recordedBy(),
                    v.version()))
        .toList();
  }

  private static SupervisionVisit map(ResultSet rs, int row) throws SQLException {
    return new SupervisionVisit(
        rs.getLong("id"),
        rs.getLong("activity_id"),
        rs.getLong("squad_id"),
        rs.getObject("plan_id", Long.class),
        rs.getString("title"),
        rs.getObject("visited_on", LocalDate.class),
        SupervisionCodes.Mode.valueOf(rs.getString("mode")),
        SupervisionCodes.Manner.valueOf(rs.getString("manner")),
        rs.getString("summary"),
        List.of(),
        rs.getString("recorded_by"),
        rs.getInt("version"));
  }
}
