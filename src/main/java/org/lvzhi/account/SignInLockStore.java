package org.lvzhi.account;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code sign_in_lock}: failures in a row and the lock per (account, address). */
@Repository
class SignInLockStore {

  private final JdbcClient jdbc;

  SignInLockStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<OffsetDateTime> lockedUntil(String username, String address) {
    return jdbc.sql(
            "select locked_until from sign_in_lock where username = :username and address = :address"
                + " and locked_until is not null")
        .param("username", username)
        .param("address", address)
        .query(OffsetDateTime.class)
        .optional();
  }

  void recordFailure(String username, String address, int maxAttempts, OffsetDateTime lockUntil) {
    int updated =
        jdbc.sql(
                "update sign_in_lock set failed_attempts = failed_attempts + 1"
                    + " where username = :username and address = :address")
            .param("username", username)
            .param("address", address)
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "insert into sign_in_lock (username, address, failed_attempts)"
                    + " values (:username, :address, 1)")
            .param("username", username)
            .param("address", address)
            .update();
      } catch (org.springframework.dao.DuplicateKeyException raced) {
        recordFailure(username, address, maxAttempts, lockUntil);
        return;
      }
    }
    jdbc.sql(
            "update sign_in_lock set locked_until = :until, failed_attempts = 0"
                + " where username = :username and address = :address and failed_attempts >= :max")
        .param("until", lockUntil)
        .param("username", username)
        .param("address", address)
        .param("max", maxAttempts)
        .update();
  }

  void clear(String username, String address) {
    jdbc.sql("delete from sign_in_lock where username = :username and address = :address")
        .param("username", username)
        .param("address", address)
        .update();
  }

  /** An administrator's unlock: every address. */
  void clearAll(String username) {
    jdbc.sql("delete from sign_in_lock where username = :username")
        .param("username", username)
        .update();
  }
}
