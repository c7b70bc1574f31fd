package org.lvzhi.output;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of adoptions and instructions, and their only writer. */
@Repository
class AdoptionStore {

  private final JdbcClient jdbc;

  AdoptionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertAdoption(
      String ownerType, long ownerId, AdoptionLevel level, String body, LocalDate on) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into adoption (committee_id, owner_type, owner_id, level, body, adopted_on,"
                + " recorded_by) values ("
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ", :type, :owner, :level, :body, :on, :by)")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("type", ownerType)
        .param("owner", ownerId)
        .param("level", level.name())
        .param("body", body)
        .param("on", on)
        .param("by", CurrentUser.actorName())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  long insertInstruction(
      String ownerType,
      long ownerId,
      AdoptionLevel level,
      String leader,
      String content,
      LocalDate on) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into leader_instruction (committee_id, owner_type, owner_id, level, leader,"
                + " content, instructed_on, recorded_by) values ("
                + CurrentUser.COMMITTEE_FOR_WRITING
                + ", :type, :owner, :level, :leader, :content, :on, :by)")
        .param("committeeId", CurrentUser.committeeForWriting())
        .param("type", ownerType)
        .param("owner", ownerId)
        .param("level", level.name())
        .param("leader", leader)
        .param("content", content)
        .param("on", on)
        .param("by", CurrentUser.actorName())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Map<Long, AdoptionLevel> highestLevels(String ownerType, Collection<Long> ownerIds) {
    Map<Long, AdoptionLevel> highest = new HashMap<>();
    if (ownerIds.isEmpty()) {
      return highest;
    }
    jdbc.sql("select owner_id, level from adoption where owner_type = :type and owner_id in (:ids)")
        .param("type", ownerType)
        .param("ids", List.copyOf(ownerIds))
        .query(
            rs -> {
              AdoptionLevel level = AdoptionLevel.valueOf(rs.getString(2));
              highest.merge(rs.getLong(1), level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            });
    return highest;
  }

  List<Adoptions.Adoption> adoptions(String ownerType, long ownerId) {
    return jdbc.sql(
            "select id, level, body, adopted_on, recorded_by from adoption"
                + " where owner_type = :type and owner_id = :owner order by adopted_on, id")
        .param("type", ownerType)
        .param("owner", ownerId)
        .query(
            (rs, n) ->
                new Adoptions.Adoption(
                    rs.getLong(1),
                    AdoptionLevel.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)))
        .list();
  }

  List<Adoptions.Instruction> instructions(String ownerType, long ownerId) {
    return jdbc.sql(
            "select id, level, leader, content, instructed_on, recorded_by from leader_instruction"
                + " where owner_type = :type and owner_id = :owner order by instructed_on, id")
        .param("type", ownerType)
        .param("owner", ownerId)
        .query(
            (rs, n) ->
                new Adoptions.Instruction(
                    rs.getLong(1),
                    AdoptionLevel.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6)))
        .list();
  }

  /**
   * Adoptions ({@code instructions} false) or instructions of a committee's owners of a type dated
   * in the period, at the levels given (all where empty).
   */
  List<Adoptions.Counted> counted(
      boolean instructions,
      String ownerType,
      long committeeId,
      LocalDate from,
      LocalDate to,
      Collection<AdoptionLevel> levels) {
    String table = instructions ? "leader_instruction" : "adoption";
    String date = instructions ? "instructed_on" : "adopted_on";
    return jdbc.sql(
            "select owner_id, level, "
                + date
                + " from "
                + table
                + " where owner_type = :type and committee_id = :committee and "
                + date
                + " between :from and :to"
                + (levels.isEmpty() ? "" : " and level in (:levels)")
                + " order by "
                + date
                + ", id")
        .param("type", ownerType)
        .param("committee", committeeId)
        .param("from", from)
        .param("to", to)
        .param("levels", levels.isEmpty() ? List.of("") : levels.stream().map(Enum::name).toList())
        .query(
            (rs, n) ->
                new Adoptions.Counted(
                    rs.getLong(1),
                    AdoptionLevel.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDate.class)))
        .list();
  }
}
