package org.lvzhi.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the units (承办单位) register without going through the register
 * engine: their names. Read-only; for modules whose panels the register engine itself shows, so
 * they cannot depend on it. (The bean has its own name: {@code units} is the register.)
 */
@Service("organisationUnits")
@Transactional(readOnly = true)
public class Units {

  private final JdbcClient jdbc;

  Units(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The names of these units of the working committee (ADR 7), by id; an id that names no such unit
   * is left out.
   */
  public Map<Long, String> names(Collection<Long> unitIds) {
    Map<Long, String> names = new HashMap<>();
    List<Long> ids = unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "select id, name from unit where id in (:ids)"
                  + org.lvzhi.system.CurrentUser.inWorkingCommittee("committee_id"))
          .param("ids", ids)
          .query(
              rs -> {
                names.put(rs.getLong(1), rs.getString(2));
              });
    }
    return names;
  }

  /**
   * Every unit of the working committee by name, in the order of their names: for choosing one to
   * assign work to.
   */
  public Map<Long, String> all() {
    Map<Long, String> names = new LinkedHashMap<>();
    jdbc.sql(
            "select id, name from unit where 1 = 1"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("committee_id")
                + " order by name, id")
        .query(
            rs -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    return names;
  }

  /**
   * The types ({@code GOVERNMENT}, {@code ENTERPRISE} …) of these units of one committee, by id; an
   * id that names no unit of it is left out.
   */
  public Map<Long, String> typesIn(long committeeId, Collection<Long> unitIds) {
    Map<Long, String> types = new HashMap<>();
    List<Long> ids = unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, unit_type from unit where committee_id = :committee and id in (:ids)")
          .param("committee", committeeId)
          .param("ids", ids)
          .query(
              rs -> {
                types.put(rs.getLong(1), rs.getString(2));
              });
    }
    return types;
  }
}
