package org.lvzhi.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An account's two-factor secret (in {@code account}) and its recovery codes, hashed. */
@Repository
class TwoFactorStore {

  private final JdbcClient jdbc;

  TwoFactorStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> secret(long accountId) {
    return jdbc.sql("select totp_secret from account where id = :id and totp_secret is not null")
        .param("id", accountId)
        .query(String.class)
        .optional();
  }

  void enrol(long accountId, String secret, List<String> recoveryHashes, OffsetDateTime now) {
    jdbc.sql("update account set totp_secret = :secret, totp_enrolled_at = :now where id = :id")
        .param("secret", secret)
        .param("now", now)
        .param("id", accountId)
        .update();
    jdbc.sql("delete from recovery_code where account_id = :id").param("id", accountId).update();
    for (String hash : recoveryHashes) {
      jdbc.sql("insert into recovery_code (account_id, code_hash) values (:id, :hash)")
          .param("id", accountId)
          .param("hash", hash)
          .update();
    }
  }

  /** Uses a recovery code up; false where it is not one of the account's unused codes. */
  boolean useRecoveryCode(long accountId, String hash, OffsetDateTime now) {
    return jdbc.sql(
                "update recovery_code set used_at = :now where account_id = :id"
                    + " and code_hash = :hash and used_at is null")
            .param("now", now)
            .param("id", accountId)
            .param("hash", hash)
            .update()
        == 1;
  }

  /** Records a code's time step as used; false where that step (or a later one) was used. */
  boolean useStep(long accountId, long step) {
    return jdbc.sql(
                "update account set totp_last_step = :step where id = :id"
                    + " and (totp_last_step is null or totp_last_step < :step)")
            .param("step", step)
            .param("id", accountId)
            .update()
        == 1;
  }

  void reset(long accountId) {
    jdbc.sql(
            "update account set totp_secret = null, totp_enrolled_at = null, totp_last_step = null"
                + " where id = :id")
        .param("id", accountId)
        .update();
    jdbc.sql("delete from recovery_code where account_id = :id").param("id", accountId).update();
  }
}
