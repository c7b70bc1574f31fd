package org.lvzhi.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table; every read and change is limited to one account. */
@Repository
class NotificationStore {

  private static final String COLUMNS = "id, account_id, title, body, link, created_at, read_at";
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  NotificationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void insert(
      Collection<Long> accountIds, String title, String body, String link, OffsetDateTime at) {
    SqlParameterSource[] rows =
        accountIds.stream()
            .map(
                id ->
                    new MapSqlParameterSource()
                        .addValue("accountId", id)
                        .addValue("title", title)
                        .addValue("body", body)
                        .addValue("link", link)
                        .addValue("at", at))
            .toArray(SqlParameterSource[]::new);
    batch.batchUpdate(
        "insert into notification (account_id, title, body, link, created_at)"
            + " values (:accountId, :title, :body, :link, :at)",
        rows);
  }

  long unread(long accountId) {
    return jdbc.sql(
            "select count(*) from notification where account_id = :account and read_at is null")
        .param("account", accountId)
        .query(Long.class)
        .single();
  }

  List<Notification> latest(long accountId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from notification where account_id = :account order by id desc limit :limit")
        .param("account", accountId)
        .param("limit", limit)
        .query((rs, n) -> notification(rs))
        .list();
  }

  Optional<Notification> find(long id, long accountId) {
    return jdbc.sql(
            "select " + COLUMNS + " from notification where id = :id and account_id = :account")
        .param("id", id)
        .param("account", accountId)
        .query((rs, n) -> notification(rs))
        .optional();
  }

  void markRead(long id, long accountId, OffsetDateTime at) {
    jdbc.sql(
            "update notification set read_at = :at where id = :id and account_id = :account and read_at is null")
        .param("at", at)
        .param("id", id)
        .param("account", accountId)
        .update();
  }

  int markAllRead(long accountId, OffsetDateTime at) {
    return jdbc.sql(
            "update notification set read_at = :at where account_id = :account and read_at is null")
        .param("at", at)
        .param("account", accountId)
        .update();
  }

  private static Notification notification(ResultSet rs) throws SQLException {
    return new Notification(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("read_at", OffsetDateTime.class));
  }
}
