package org.lvzhi.supervision;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one writer of supervision_outcome: links from a visit (or a plan) to a record of another
 * register that came of it, named by register and id — never a copy of it.
 */
@Repository
class OutcomeStore {

  static final String TABLE = "supervision_outcome";

  /** An outcome link as pages show it. */
  record Link(
      long id,
      Long visitId,
      Long planId,
      String register,
      long recordId,
      SupervisionCodes.OutcomeKind kind,
      LocalDate formedOn) {}

  private final JdbcClient jdbc;

  OutcomeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Link link) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into supervision_outcome (visit_id, plan_id, register_name, record_id, kind,"
                + " formed_on, linked_by, committee_id) values (:visit, :plan, :register, :record,"
                + " :kind, :on, :by, "
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ")")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("visit", link.visitId())
        .param("plan", link.planId())
        .param("register", link.register())
        .param("record", link.recordId())
        .param("kind", link.kind().name())
        .param("on", link.formedOn())
        .param("by", CurrentUser.actorName())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Whether the visit (or plan) already links to the record. */
  boolean exists(Long visitId, Long planId, String register, long recordId) {
    return jdbc.sql(
                "select count(*) from supervision_outcome where register_name = :r and record_id = :id"
                    + " and coalesce(visit_id, 0) = :v and coalesce(plan_id, 0) = :p"
                    + CurrentUser.inWorkingCommittee("committee_id"))
            .param("r", register)
            .param("id", recordId)
            .param("v", visitId == null ? 0L : visitId)
            .param("p", planId == null ? 0L : planId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<Link> ofVisit(long visitId) {
    return jdbc.sql(
            "select id, visit_id, plan_id, register_name, record_id, kind, formed_on"
                + " from supervision_outcome where visit_id = :v"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by formed_on, id")
        .param("v", visitId)
        .query(
            (rs, n) ->
                new Link(
                    rs.getLong(1),
                    rs.getObject(2, Long.class),
                    rs.getObject(3, Long.class),
                    rs.getString(4),
                    rs.getLong(5),
                    SupervisionCodes.OutcomeKind.valueOf(rs.getString(6)),
                    rs.getObject(7, LocalDate.class)))
        .list();
  }
}
