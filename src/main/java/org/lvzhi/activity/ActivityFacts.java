package org.lvzhi.activity;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What participation needs to know of an activity: when, whose, which category, its code, closed or not. */
@Repository
class ActivityFacts {

  /** One activity's facts. */
  record Facts(long id, String title, LocalDateTime startsAt, LocalDateTime endsAt, ActivityCodes.Category category,
      ActivityCodes.Organiser organiser, Long specialCommitteeId, String checkInCode, boolean closed) {}

  private final JdbcClient jdbc;

  ActivityFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Facts> of(long activityId) {
    return jdbc.sql("select a.id, a.title, a.starts_at, a.ends_at, t.category, a.organiser, a.special_committee_id,"
            + " a.check_in_code, a.closed from activity a join activity_type t on t.id = a.type_id where a.id = :id")
        .param("id", activityId)
        .query((rs, n) -> new Facts(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
            rs.getObject(4, LocalDateTime.class), ActivityCodes.Category.valueOf(rs.getString(5)),
            ActivityCodes.Organiser.valueOf(rs.getString(6)), (Long) rs.getObject(7, Long.class), rs.getString(8),
            rs.getBoolean(9)))
        .optional();
  }

  /** Activities whose check-in window is open now and whose code is this one. */
  java.util.List<Long> openWithCode(String code, LocalDateTime opensBefore, LocalDateTime now) {
    return jdbc.sql("select id from activity where check_in_code = :code and closed = false"
            + " and starts_at <= :opensBefore and ends_at >= :now order by id")
        .param("code", code).param("opensBefore", opensBefore).param("now", now).query(Long.class).list();
  }

  void markClosed(long activityId) {
    jdbc.sql("update activity set closed = true, version = version + 1 where id = :id").param("id", activityId).update();
  }
}
