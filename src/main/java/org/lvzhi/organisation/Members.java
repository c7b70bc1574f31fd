package org.lvzhi.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the member roster: who belongs to a group of serving members, what
 * they are called, who chairs the committee or heads a special committee. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class Members {

  /**
   * The members who lead (a leadership post or the party group), as an SQL condition on a member
   * row {@code t}: pickers of leaders offer them first.
   */
  public static final String LEADERS = "(t.leadership_role <> 'NONE' or t.party_group = true)";

  /** A group of serving members to invite at once. */
  public sealed interface Group {
    record Individuals(List<Long> memberIds) implements Group {}

    record OfSpecialCommittee(long specialCommitteeId) implements Group {}

    record OfSector(long sectorId) implements Group {}

    record StandingMembers() implements Group {}

    record Everyone() implements Group {}
  }

  private static final String SERVING = "select m.id from member m where m.status = 'SERVING'";
  private final JdbcClient jdbc;

  Members(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The serving members of a group in the committee the user works in, by id. */
  public List<Long> serving(Group group) {
    String committee = org.lvzhi.system.CurrentUser.inWorkingCommittee("m.committee_id");
    if (group instanceof Group.Individuals individuals) {
      if (individuals.memberIds().isEmpty()) {
        return List.of();
      }
      return jdbc.sql(SERVING + committee + " and m.id in (:ids) order by m.id")
          .param("ids", individuals.memberIds())
          .query(Long.class)
          .list();
    } else if (group instanceof Group.OfSpecialCommittee special) {
      return jdbc.sql(
              SERVING
                  + committee
                  + " and exists (select 1 from member_special_committee s where s.member_id = m.id"
                  + " and s.special_committee_id = :id) order by m.id")
          .param("id", special.specialCommitteeId())
          .query(Long.class)
          .list();
    } else if (group instanceof Group.OfSector sector) {
      return jdbc.sql(SERVING + committee + " and m.sector_id = :id order by m.id")
          .param("id", sector.sectorId())
          .query(Long.class)
          .list();
    } else if (group instanceof Group.StandingMembers) {
      return jdbc.sql(SERVING + committee + " and m.standing = true order by m.id")
          .query(Long.class)
          .list();
    }
    return jdbc.sql(SERVING + committee + " order by m.id").query(Long.class).list();
  }

  /**
   * Members of the working committee with this name (and this mobile, where given): more than one
   * means the name alone is ambiguous.
   */
  public List<Long> withName(String name, String mobile) {
    String committee = org.lvzhi.system.CurrentUser.inWorkingCommittee("m.committee_id");
    if (mobile == null || mobile.isBlank()) {
      return jdbc.sql(
              "select m.id from member m where m.name = :name" + committee + " order by m.id")
          .param("name", name)
          .query(Long.class)
          .list();
    }
    return jdbc.sql(
            "select m.id from member m where m.name = :name and m.mobile = :mobile"
                + committee
                + " order by m.id")
        .param("name", name)
        .param("mobile", mobile.trim())
        .query(Long.class)
        .list();
  }

  /** Whether the member belongs to the committee the user works in (ADR 7). */
  public boolean inWorkingCommittee(long memberId) {
    return jdbc.sql(
                "select count(*) from member m where m.id = :id"
                    + org.lvzhi.system.CurrentUser.inWorkingCommittee("m.committee_id"))
            .param("id", memberId)
            .query(Long.class)
            .single()
        > 0;
  }

  public Map<Long, String> names(Collection<Long> memberIds) {
    Map<Long, String> names = new HashMap<>();
    if (!memberIds.isEmpty()) {
      jdbc.sql("select id, name from member where id in (:ids)")
          .param("ids", List.copyOf(memberIds))
          .query(
              rs -> {
                names.put(rs.getLong(1), rs.getString(2));
              });
    }
    return names;
  }

  /** The working committee's special committees by id, in their own order: whom to invite. */
  public Map<Long, String> specialCommittees() {
    Map<Long, String> names = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select m.id, m.name from special_committee m where 1 = 1"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("m.committee_id")
                + " order by m.sort_order, m.id")
        .query(
            rs -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    return names;
  }

  /** The working committee's sectors by id, in their own order. */
  public Map<Long, String> sectors() {
    Map<Long, String> names = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select m.id, m.name from sector m where 1 = 1"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("m.committee_id")
                + " order by m.sort_order, m.id")
        .query(
            rs -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    return names;
  }

  /** The serving chair (主席) of a committee. */
  public Optional<Long> chair(long committeeId) {
    return jdbc
        .sql(
            SERVING
                + " and m.committee_id = :committee and m.leadership_role = 'CHAIR' order by m.id")
        .param("committee", committeeId)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  /** The member heading a special committee, where one is named. */
  public Optional<Long> headOf(long specialCommitteeId) {
    return jdbc.sql("select head_member_id from special_committee where id = :id")
        .param("id", specialCommitteeId)
        .query((rs, n) -> (Long) rs.getObject(1, Long.class))
        .optional()
        .flatMap(Optional::ofNullable);
  }

  /**
   * The working committee's special committees and their heads, where one is named (the value is
   * null where none is): who decides their activities' leave.
   */
  public Map<Long, Long> heads() {
    Map<Long, Long> heads = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select m.id, m.head_member_id from special_committee m where 1 = 1"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("m.committee_id")
                + " order by m.id")
        .query(
            rs -> {
              heads.put(rs.getLong(1), (Long) rs.getObject(2, Long.class));
            });
    return heads;
  }

  /** The members of the party group (党组成员), serving or not: they led what they led. */
  public List<Long> partyGroup() {
    return jdbc.sql("select id from member where party_group = true order by id")
        .query(Long.class)
        .list();
  }

  /**
   * Whether a member belongs to the party group (党组成员) — those who lead trips and shepherd
   * projects.
   */
  public boolean inPartyGroup(long memberId) {
    return jdbc.sql("select count(*) from member where id = :id and party_group = true")
            .param("id", memberId)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * The working committee's leaders (chair, vice-chairs, secretary-general, party group) by name:
   * those who may supervise a key proposal.
   */
  public Map<Long, String> leaders() {
    Map<Long, String> leaders = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select t.id, t.name from member t where "
                + LEADERS
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("t.committee_id")
                + " order by t.name, t.id")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  leaders.put(rs.getLong(1), rs.getString(2));
                });
    return leaders;
  }
}
