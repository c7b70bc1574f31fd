package org.lvzhi.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the plenary sessions (届次会议) without the register engine: which is
 * current and what they are called. Proposals are numbered within a session.
 */
@Service("organisationSessions")
@Transactional(readOnly = true)
public class Sessions {

  private final JdbcClient jdbc;

  Sessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The working committee's session of {@code on}'s year, or else its latest session before it:
   * where a proposal written on that day belongs.
   */
  public Optional<Long> current(LocalDate on) {
    return jdbc.sql(
            "select id from plenary_session where session_year <= :year"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by session_year desc, ordinal desc, id desc limit 1")
        .param("year", on.getYear())
        .query(Long.class)
        .optional();
  }

  /** The working committee's sessions by name, newest first. */
  public Map<Long, String> all() {
    Map<Long, String> names = new LinkedHashMap<>();
    jdbc.sql(
            "select id, name from plenary_session where 1 = 1"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by session_year desc, ordinal desc, id desc")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  names.put(rs.getLong(1), rs.getString(2));
                });
    return names;
  }

  /** The year of each of the working committee's sessions. */
  public Map<Long, Integer> years() {
    Map<Long, Integer> years = new LinkedHashMap<>();
    jdbc.sql(
            "select id, session_year from plenary_session where 1 = 1"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by session_year desc, ordinal desc, id desc")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  years.put(rs.getLong(1), rs.getInt(2));
                });
    return years;
  }

  /** Whether the session is one of the working committee's. */
  public boolean exists(long sessionId) {
    return all().containsKey(sessionId);
  }
}
