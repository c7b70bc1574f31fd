package org.lvzhi.history;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records and reads the history of records. Append-only by construction: there is no way here to
 * change or remove an entry. Recording joins the caller's transaction, so a refused change leaves
 * no trace and a saved one always has its entry.
 */
@Service
public class History {

  public static final String CREATE = "CREATE";
  public static final String UPDATE = "UPDATE";
  public static final String DELETE = "DELETE";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  History(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = Clock.system(SHANGHAI);
  }

  /** Records an action by the current user. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String recordType, long recordId, String action, List<Change> changes) {
    jdbc.sql(
            "insert into history_entry (record_type, record_id, action, actor, occurred_at, changes)"
                + " values (:type, :id, :action, :actor, :at, :changes)")
        .param("type", recordType)
        .param("id", recordId)
        .param("action", action)
        .param("actor", CurrentUser.actorName())
        .param("at", OffsetDateTime.now(clock))
        .param("changes", json.writeValueAsString(changes))
        .update();
  }

  /**
   * The changes between two sets of displayed values, keyed by field message key, in the order of
   * {@code fields}; fields whose value is the same are left out.
   */
  public static List<Change> diff(
      List<String> fields, Map<String, String> before, Map<String, String> after) {
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      String old = before.get(field);
      String now = after.get(field);
      if (!Objects.equals(blankToNull(old), blankToNull(now))) {
        changes.add(new Change(field, blankToNull(old), blankToNull(now)));
      }
    }
    return changes;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The history of one record, newest first. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> of(String recordType, long recordId) {
    return jdbc.sql(
            // An account's username names one account across committees (ADR 7), so the join
            // finds at most one person.
            "select h.id, h.record_type, h.record_id, h.action, h.actor,"
                + " coalesce(a.display_name, h.actor) actor_name, h.occurred_at, h.changes"
                + " from history_entry h left join account a on a.username = h.actor"
                + " where h.record_type = :type and h.record_id = :id order by h.id desc")
        .param("type", recordType)
        .param("id", recordId)
        .query(
            (rs, n) ->
                new HistoryEntry(
                    rs.getLong("id"),
                    rs.getString("record_type"),
                    rs.getLong("record_id"),
                    rs.getString("action"),
                    rs.getString("actor"),
                    rs.getString("actor_name"),
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    json.readValue(rs.getString("changes"), CHANGES)))
        .list();
  }
}
