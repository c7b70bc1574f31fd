package org.lvzhi.account;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.lvzhi.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The account table: what sign-in and password changes read and write. Locks live in {@code
 * sign_in_lock} ({@link SignInLockStore}); {@code failed_attempts} and {@code locked_until} are no
 * longer used.
 */
@Repository
class AccountStore {

  /** An account as sign-in needs it. */
  record StoredAccount(
      long id,
      String username,
      String displayName,
      String passwordHash,
      Role role,
      Long memberId,
      Long unitId,
      Long specialCommitteeId,
      boolean enabled,
      boolean mustChangePassword,
      int failedAttempts,
      OffsetDateTime lockedUntil,
      long committeeId) {}

  /**
   * A new account belongs to the committee of what it is bound to, else to the committee the
   * creator works in, else (first start) to the deployment's first committee.
   */
  private static final String COMMITTEE_OF_NEW_ACCOUNT =
      "coalesce((select m.committee_id from member m where m.id = :memberId),"
          + " (select u.committee_id from unit u where u.id = :unitId),"
          + " (select s.committee_id from special_committee s where s.id = :specialCommitteeId),"
          + " cast(:current as bigint), (select min(c.id) from committee c))";

  private final JdbcClient jdbc;

  AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredAccount> byUsername(String username) {
    return jdbc.sql("select * from account where username = :username")
        .param("username", username)
        .query(
            (rs, n) ->
                new StoredAccount(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getString("password_hash"),
                    Role.valueOf(rs.getString("role")),
                    (Long) rs.getObject("member_id", Long.class),
                    (Long) rs.getObject("unit_id", Long.class),
                    (Long) rs.getObject("special_committee_id", Long.class),
                    rs.getBoolean("enabled"),
                    rs.getBoolean("must_change_password"),
                    rs.getInt("failed_attempts"),
                    rs.getObject("locked_until", OffsetDateTime.class),
                    rs.getLong("committee_id")))
        .optional();
  }

  boolean exists(String username) {
    return jdbc.sql("select count(*) from account where username = :username")
            .param("username", username)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(
      String username,
      String displayName,
      String hash,
      Accounts.Binding binding,
      boolean mustChange) {
    return insert(
        username,
        displayName,
        hash,
        binding,
        mustChange,
        org.lvzhi.system.CurrentUser.committeeId().orElse(null));
  }

  /** An account of the given committee (null: the committee its binding or creator implies). */
  long insert(
      String username,
      String displayName,
      String hash,
      Accounts.Binding binding,
      boolean mustChange,
      Long committee) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into account (username, display_name, password_hash, role, member_id, unit_id,"
                + " special_committee_id, must_change_password, committee_id) values (:username,"
                + " :displayName, :hash, :role, :memberId, :unitId, :specialCommitteeId, :mustChange,"
                + COMMITTEE_OF_NEW_ACCOUNT
                + ")")
        .param("username", username)
        .param("displayName", displayName)
        .param("hash", hash)
        .param("role", binding.role().name())
        .param("memberId", binding.memberId())
        .param("unitId", binding.unitId())
        .param("specialCommitteeId", binding.specialCommitteeId())
        .param("mustChange", mustChange)
        .param("current", committee)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void setPassword(long id, String hash, boolean mustChange) {
    jdbc.sql(
            "update account set password_hash = :hash, must_change_password = :mustChange,"
                + " failed_attempts = 0, locked_until = null where id = :id")
        .param("hash", hash)
        .param("mustChange", mustChange)
        .param("id", id)
        .update();
  }

  void unlock(long id) {
    jdbc.sql("update account set failed_attempts = 0, locked_until = null where id = :id")
        .param("id", id)
        .update();
  }

  /** The member's own account (role MEMBER), where they have one. */
  Optional<Long> memberAccount(long memberId) {
    return jdbc
        .sql("select id from account where member_id = :member and role = 'MEMBER' order by id")
        .param("member", memberId)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  Optional<Role> roleOf(long id) {
    return jdbc.sql("select role from account where id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .map(Role::valueOf);
  }

  Optional<String> usernameOf(long id) {
    return jdbc.sql("select username from account where id = :id")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  java.util.List<Long> enabledOfRoles(long committeeId, java.util.List<String> roles) {
    return jdbc.sql(
            "select id from account where enabled = true and committee_id = :committee"
                + " and role in (:roles) order by id")
        .param("committee", committeeId)
        .param("roles", roles)
        .query(Long.class)
        .list();
  }

  java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, display_name from account where id in (:ids)")
          .param("ids", java.util.List.copyOf(ids))
          .query(
              rs -> {
                names.put(rs.getLong(1), rs.getString(2));
              });
    }
    return names;
  }

  java.util.Map<Long, Long> enabledAccountsOfMembers(java.util.Collection<Long> memberIds) {
    java.util.Map<Long, Long> accounts = new java.util.HashMap<>();
    java.util.List<Long> ids =
        memberIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      jdbc.sql(
              "select member_id, id from account where enabled = true and member_id in (:ids) order by id")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .query(
              rs -> {
                accounts.putIfAbsent(rs.getLong(1), rs.getLong(2));
              });
    }
    return accounts;
  }

  Optional<Long> enabledWithUsername(String username) {
    return jdbc.sql("select id from account where enabled = true and username = :username")
        .param("username", username)
        .query(Long.class)
        .optional();
  }

  java.util.List<Long> enabledOfUnit(long unitId) {
    return jdbc.sql("select id from account where enabled = true and unit_id = :unit order by id")
        .param("unit", unitId)
        .query(Long.class)
        .list();
  }

  boolean memberHasAccount(long memberId) {
    return jdbc.sql("select count(*) from account where member_id = :memberId")
            .param("memberId", memberId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The hashes of the account's earlier passwords, newest first. */
  java.util.List<String> earlierPasswordHashes(long accountId, int howMany) {
    return jdbc
        .sql("select password_hash from password_history where account_id = :id order by id desc")
        .param("id", accountId)
        .query(String.class)
        .list()
        .stream()
        .limit(howMany)
        .toList();
  }

  /** Keeps a replaced password's hash, and only the newest {@code keep} of them. */
  void rememberPassword(long accountId, String hash, OffsetDateTime now, int keep) {
    jdbc.sql(
            "insert into password_history (account_id, password_hash, replaced_at)"
                + " values (:id, :hash, :now)")
        .param("id", accountId)
        .param("hash", hash)
        .param("now", now)
        .update();
    java.util.List<Long> ids =
        jdbc.sql("select id from password_history where account_id = :id order by id desc")
            .param("id", accountId)
            .query(Long.class)
            .list();
    if (ids.size() > keep) {
      jdbc.sql("delete from password_history where id in (:ids)")
          .param("ids", ids.subList(keep, ids.size()))
          .update();
    }
  }
}
