package org.lvzhi.consultation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.organisation.Units;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units (departments) taking part in a consultation meeting — or any activity: a list kept
 * beside the activity and replaced as a whole, recorded in the activity's history.
 */
@Service
public class MeetingUnits {

  static final String TABLE = "consultation_meeting_unit";
  static final String SET = "CONSULTATION_UNITS";
  private final JdbcClient jdbc;
  private final Units units;
  private final History history;
  private final ObjectProvider<Registers> registers;

  MeetingUnits(JdbcClient jdbc, Units units, History history, ObjectProvider<Registers> registers) {
    this.jdbc = jdbc;
    this.units = units;
    this.history = history;
    this.registers = registers;
  }

  /** The units taking part in the activity, by id with their names, in the order of names. */
  @Transactional(readOnly = true)
  public Map<Long, String> of(long activityId) {
    CurrentUser.requirePermission(Suggestions.VIEW);
    registers.getObject().requireVisible(Suggestions.ACTIVITIES, activityId);
    List<Long> ids =
        jdbc.sql(
                "select t.unit_id from consultation_meeting_unit t where t.activity_id = :id"
                    + CurrentUser.inWorkingCommittee("t.committee_id"))
            .param("id", activityId)
            .query(Long.class)
            .list();
    Map<Long, String> names = units.names(ids);
    Map<Long, String> sorted = new LinkedHashMap<>();
    names.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Replaces the units taking part in the activity (needs {@code consultation:edit}). */
  @Transactional
  public void set(long activityId, List<Long> unitIds) {
    CurrentUser.requirePermission(Suggestions.EDIT);
    Long committee = CurrentUser.committeeForWriting();
    Map<Long, String> before = of(activityId);
    Set<Long> wanted = new LinkedHashSet<>(unitIds == null ? List.of() : unitIds);
    wanted.remove(null);
    Map<Long, String> names = units.names(wanted);
    if (names.size() != wanted.size()) {
      throw new InvalidInputException(
          Map.of("unitIds", Texts.of("consultation.input.unknownUnit")));
    }
    jdbc.sql("delete from consultation_meeting_unit where activity_id = :id")
        .param("id", activityId)
        .update();
    for (Long unit : wanted) {
      jdbc.sql(
              "insert into consultation_meeting_unit (activity_id, unit_id, committee_id) values"
                  + " (:id, :unit, "
                  + CurrentUser.COMMITTEE_FOR_WRITING
                  + ")")
          .param("id", activityId)
          .param("unit", unit)
          .param("committeeId", committee)
          .update();
    }
    history.record(
        "activity",
        activityId,
        SET,
        List.of(
            new Change(
                "consultation.units",
                String.join("、", before.values()),
                String.join("、", wanted.stream().map(names::get).toList()))));
  }
}
