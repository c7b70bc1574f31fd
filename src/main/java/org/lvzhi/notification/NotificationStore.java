package org.lvzhi.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lvzhi.system.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table; every read and change is limited to one account. */
@Repository
class NotificationStore {

  private static final String COLUMNS =
      "id, account_id, title, body, link, created_at, read_at, title_key, title_args, body_key,"
          + " body_args";

  /** Joins a text's arguments in one column: the unit separator, which no one types. */
  private static final String SEPARATOR = "\u001f";

  /** What a notification says: as first made, in Chinese, and as keys to make it again. */
  record Texts(String title, String body, Text titleText, Text bodyText) {}

  /** A stored notification with the keys of its texts, where it has them. */
  record Stored(Notification notification, Text title, Text body) {}

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  NotificationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void insert(Collection<Long> accountIds, Texts texts, String link, OffsetDateTime at) {
    SqlParameterSource[] rows =
        accountIds.stream()
            .map(
                id ->
                    new MapSqlParameterSource()
                        .addValue("accountId", id)
                        .addValue("title", texts.title())
                        .addValue("body", texts.body())
                        .addValue("titleKey", key(texts.titleText()))
                        .addValue("titleArgs", joined(texts.titleText()))
                        .addValue("bodyKey", key(texts.bodyText()))
                        .addValue("bodyArgs", joined(texts.bodyText()))
                        .addValue("link", link)
                        .addValue("at", at))
            .toArray(SqlParameterSource[]::new);
    batch.batchUpdate(
        "insert into notification (account_id, title, body, link, created_at, title_key,"
            + " title_args, body_key, body_args) values (:accountId, :title, :body, :link, :at,"
            + " :titleKey, :titleArgs, :bodyKey, :bodyArgs)",
        rows);
  }

  long unread(long accountId) {
    return jdbc.sql(
            "select count(*) from notification where account_id = :account and read_at is null")
        .param("account", accountId)
        .query(Long.class)
        .single();
  }

  List<Stored> latest(long accountId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from notification where account_id = :account order by id desc limit :limit")
        .param("account", accountId)
        .param("limit", limit)
        .query((rs, n) -> notification(rs))
        .list();
  }

  Optional<Stored> find(long id, long accountId) {
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

  private static String key(Text text) {
    return text == null ? null : text.key();
  }

  private static String joined(Text text) {
    return text == null || text.args().isEmpty() ? null : String.join(SEPARATOR, text.args());
  }

  private static Text text(String key, String args) {
    if (key == null) {
      return null;
    }
    return new Text(key, args == null ? List.of() : List.of(args.split(SEPARATOR, -1)));
  }

  private static Stored notification(ResultSet rs) throws SQLException {
    return new Stored(
        plain(rs),
        text(rs.getString("title_key"), rs.getString("title_args")),
        text(rs.getString("body_key"), rs.getString("body_args")));
  }

  private static Notification plain(ResultSet rs) throws SQLException {
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
