package org.lvzhi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The one writer of supervision_finding; reads are limited to the working committee (ADR 7). */
@Repository
class FindingStore {

  static final String TABLE = "supervision_finding";
  private static final String SELECT =
      "select t.id, t.visit_id, t.category, t.origin, t.description, t.found_on, t.unit_id,"
          + " t.rectification_id, t.recorded_by, t.version from supervision_finding t where 1 = 1";

  private final JdbcClient jdbc;

  FindingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Finding f) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into supervision_finding (visit_id, category, origin, description, found_on,"
                + " unit_id, rectification_id, recorded_by, committee_id) values (:visit, :category,"
                + " :origin, :description, :on, :unit, :item, :by, "
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ")")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("visit", f.visitId())
        .param("category", f.category().name())
        .param("origin", f.origin().name())
        .param("description", f.description())
        .param("on", f.foundOn())
        .param("unit", f.unitId())
        .param("item", f.rectificationId())
        .param("by", f.recordedBy())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<Finding> find(long id) {
    return jdbc.sql(SELECT + CurrentUser.inWorkingCommittee("t.committee_id") + " and t.id = :id")
        .param("id", id)
        .query(FindingStore::map)
        .optional();
  }

  List<Finding> ofVisit(long visitId) {
    return jdbc.sql(
            SELECT
                + CurrentUser.inWorkingCommittee("t.committee_id")
                + " and t.visit_id = :v order by t.found_on, t.id")
        .param("v", visitId)
        .query(FindingStore::map)
        .list();
  }

  /** The finding that became this rectification item, whoever asks (for notices). */
  Optional<Finding> ofItem(long rectificationId) {
    return jdbc.sql(SELECT + " and t.rectification_id = :r")
        .param("r", rectificationId)
        .query(FindingStore::map)
        .optional();
  }

  private static Finding map(ResultSet rs, int row) throws SQLException {
    return new Finding(
        rs.getLong("id"),
        rs.getLong("visit_id"),
        SupervisionCodes.Category.valueOf(rs.getString("category")),
        SupervisionCodes.Origin.valueOf(rs.getString("origin")),
        rs.getString("description"),
        rs.getObject("found_on", LocalDate.class),
        rs.getLong("unit_id"),
        rs.getLong("rectification_id"),
        rs.getString("recorded_by"),
        rs.getInt("version"));
  }
}
