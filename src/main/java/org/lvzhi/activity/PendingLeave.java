package org.lvzhi.activity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leave requests waiting for one person's decision, by the rule of {@link LeaveDeciders} put as
 * SQL: the chair's for plenary and standing-committee meetings, a head's for the special committees
 * they head, the office's for the rest and wherever no chair or head is recorded. Open activities
 * of the working committee only; an administrator sees the office's.
 */
@Component
class PendingLeave {

  private static final String FROM =
      " from participation p join activity a on a.id = p.activity_id"
          + " join activity_type t on t.id = a.type_id"
          + " where p.state = 'LEAVE_REQUESTED' and a.closed = false and a.cancelled = false";
  private static final String CHAIR_DECIDES = "t.category in (:chairCategories)";
  private static final String BY_COMMITTEE =
      "a.organiser = 'SPECIAL_COMMITTEE' and a.special_committee_id is not null";
  private static final List<Long> NONE = List.of(-1L);

  private final JdbcClient jdbc;
  private final Members members;

  PendingLeave(JdbcClient jdbc, Members members) {
    this.jdbc = jdbc;
    this.members = members;
  }

  long count(LvzhiUser user) {
    return where(user)
        .map(
            where ->
                jdbc.sql("select count(*)" + FROM + where.sql)
                    .params(where.params)
                    .query(Long.class)
                    .single())
        .orElse(0L);
  }

  List<LeaveToDecide> of(LvzhiUser user) {
    return where(user)
        .map(
            where ->
                jdbc.sql(
                        "select p.id, a.id, a.title, a.starts_at, p.member_id, p.account_id,"
                            + " p.leave_reason"
                            + FROM
                            + where.sql
                            + " order by a.starts_at, p.id")
                    .params(where.params)
                    .query(
                        (rs, n) ->
                            new LeaveToDecide(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getObject(4, LocalDateTime.class),
                                (Long) rs.getObject(5, Long.class),
                                (Long) rs.getObject(6, Long.class),
                                rs.getString(7)))
                    .list())
        .orElse(List.of());
  }

  private record Where(String sql, Map<String, Object> params) {}

  /** The condition for the user's requests, or empty where the user decides none. */
  private Optional<Where> where(LvzhiUser user) {
    Long committee = user.workingCommitteeId();
    boolean office = user.role() == Role.STAFF || user.role().administers();
    if (committee == null || (!office && user.memberId() == null)) {
      return Optional.empty();
    }
    Map<Long, Long> heads = members.heads();
    Optional<Long> chair = members.chair(committee);
    List<String> mine = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    params.put(
        "chairCategories",
        Arrays.stream(ActivityCodes.Category.values())
            .filter(ActivityCodes.Category::leaveDecidedByChair)
            .map(Enum::name)
            .toList());
    if (user.memberId() != null) {
      if (chair.isPresent() && chair.get().equals(user.memberId())) {
        mine.add(CHAIR_DECIDES);
      }
      List<Long> headed =
          heads.entrySet().stream()
              .filter(e -> user.memberId().equals(e.getValue()))
              .map(Map.Entry::getKey)
              .toList();
      params.put("headed", headed.isEmpty() ? NONE : headed);
      mine.add(
          "(not "
              + CHAIR_DECIDES
              + " and "
              + BY_COMMITTEE
              + " and a.special_committee_id in (:headed))");
    }
    if (office) {
      if (chair.isEmpty()) {
        mine.add(CHAIR_DECIDES);
      }
      List<Long> headless =
          heads.entrySet().stream()
              .filter(e -> e.getValue() == null)
              .map(Map.Entry::getKey)
              .filter(Objects::nonNull)
              .toList();
      params.put("headless", headless.isEmpty() ? NONE : headless);
      mine.add(
          "(not "
              + CHAIR_DECIDES
              + " and (not ("
              + BY_COMMITTEE
              + ") or a.special_committee_id in (:headless)))");
    }
    return Optional.of(
        new Where(
            " and a.committee_id = "
                + committee.longValue()
                + " and ("
                + String.join(" or ", mine)
                + ")",
            params));
  }
}
