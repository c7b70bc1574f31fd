package org.lvzhi.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code api_token}: hashes of personal API tokens, never the tokens. */
@Repository
class ApiTokenStore {

  /** A token as its owner's list shows it: its name and hint, never the token. */
  record StoredToken(
      long id,
      long accountId,
      String name,
      String hint,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime lastUsedAt,
      OffsetDateTime revokedAt) {}

  private static final String COLUMNS =
      "id, account_id, name, hint, created_at, expires_at, last_used_at, revoked_at";

  private final JdbcClient jdbc;

  ApiTokenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long accountId,
      String name,
      String hash,
      String hint,
      OffsetDateTime now,
      OffsetDateTime expires) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into api_token (account_id, name, token_hash, hint, created_at, expires_at)"
                + " values (:account, :name, :hash, :hint, :now, :expires)")
        .param("account", accountId)
        .param("name", name)
        .param("hash", hash)
        .param("hint", hint)
        .param("now", now)
        .param("expires", expires)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<StoredToken> ofAccount(long accountId) {
    return jdbc.sql(
            "select " + COLUMNS + " from api_token where account_id = :account order by id desc")
        .param("account", accountId)
        .query(StoredToken.class)
        .list();
  }

  /** The account a token acts for: unrevoked and not expired at {@code now}. */
  Optional<StoredToken> usable(String hash, OffsetDateTime now) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from api_token where token_hash = :hash and revoked_at is null"
                + " and expires_at > :now")
        .param("hash", hash)
        .param("now", now)
        .query(StoredToken.class)
        .optional();
  }

  long activeCount(long accountId, OffsetDateTime now) {
    return jdbc.sql(
            "select count(*) from api_token where account_id = :account and revoked_at is null"
                + " and expires_at > :now")
        .param("account", accountId)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  /** Marks the last use, at most once a minute: one cheap update, none at all in between. */
  void touch(long id, OffsetDateTime now) {
    jdbc.sql(
            "update api_token set last_used_at = :now where id = :id"
                + " and (last_used_at is null or last_used_at < :minuteAgo)")
        .param("now", now)
        .param("minuteAgo", now.minusMinutes(1))
        .param("id", id)
        .update();
  }

  /** Revokes one of the account's tokens; false where it has no such unrevoked token. */
  boolean revoke(long accountId, long id, OffsetDateTime now) {
    return jdbc.sql(
                "update api_token set revoked_at = :now where id = :id and account_id = :account"
                    + " and revoked_at is null")
            .param("now", now)
            .param("id", id)
            .param("account", accountId)
            .update()
        == 1;
  }

  Optional<String> nameOf(long accountId, long id) {
    return jdbc.sql("select name from api_token where id = :id and account_id = :account")
        .param("id", id)
        .param("account", accountId)
        .query(String.class)
        .optional();
  }
}
