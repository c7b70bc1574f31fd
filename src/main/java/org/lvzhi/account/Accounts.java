package org.lvzhi.account;

import java.util.Optional;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts for people, issuing one-time passwords, and changing a password. */
@Service
public class Accounts {

  /** A sign-in issued to a person, with the one-time password to hand over once. */
  public record Issued(String username, String oneTimePassword) {}

  /**
   * A role and what the account is bound to (a member, a unit, a special committee), where the role
   * needs it.
   */
  public record Binding(Role role, Long memberId, Long unitId, Long specialCommitteeId) {

    public static Binding of(Role role) {
      return new Binding(role, null, null, null);
    }
  }

  static final String RECORD_TYPE = "account";
  private final AccountStore store;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final History history;
  private final MessageSource messages;
  private final SignInLockStore locks;
  private final SecurityProperties security;
  private final java.time.Clock clock;

  Accounts(
      AccountStore store,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      History history,
      MessageSource messages,
      SignInLockStore locks,
      SecurityProperties security,
      java.time.Clock clock) {
    this.locks = locks;
    this.security = security;
    this.clock = clock;
    this.store = store;
    this.encoder = encoder;
    this.policy = policy;
    this.history = history;
    this.messages = messages;
  }

  /**
   * An account for a member, signing in with their mobile number; empty where the member (or that
   * number) already has one.
   */
  @Transactional
  public Optional<Issued> issueMemberAccount(long memberId, String name, String mobile) {
    if (store.memberHasAccount(memberId) || store.exists(mobile)) {
      return Optional.empty();
    }
    String password = OneTimePasswords.generate();
    long id =
        store.insert(
            mobile,
            name,
            encoder.encode(password),
            new Binding(Role.MEMBER, memberId, null, null),
            true);
    history.record(
        RECORD_TYPE,
        id,
        History.CREATE,
        java.util.List.of(new Change("account.username", null, mobile)));
    return Optional.of(new Issued(mobile, password));
  }

  /**
   * The first account of a new committee (ADR 7), with a one-time password to be changed at the
   * first sign-in.
   */
  @Transactional
  public Issued issueFirstAccount(
      long committeeId, String username, String displayName, Role role) {
    String password = OneTimePasswords.generate();
    long id =
        store.insert(
            username, displayName, encoder.encode(password), Binding.of(role), true, committeeId);
    history.record(
        RECORD_TYPE,
        id,
        History.CREATE,
        java.util.List.of(new Change("account.username", null, username)));
    return new Issued(username, password);
  }

  /** An account with a password chosen by the caller (first administrator, demo accounts). */
  @Transactional
  public long create(
      String username, String displayName, Binding binding, String password, boolean mustChange) {
    long id = store.insert(username, displayName, encoder.encode(password), binding, mustChange);
    history.record(
        RECORD_TYPE,
        id,
        History.CREATE,
        java.util.List.of(new Change("account.username", null, username)));
    return id;
  }

  /**
   * The office's cadres of a committee (staff and special-committee staff accounts), who also
   * attend trainings.
   */
  public java.util.List<Long> cadres(long committeeId) {
    return store.enabledOfRoles(
        committeeId, java.util.List.of(Role.STAFF.name(), Role.COMMITTEE_STAFF.name()));
  }

  public java.util.Map<Long, String> displayNames(java.util.Collection<Long> accountIds) {
    return store.displayNames(accountIds);
  }

  /**
   * The enabled account of each member that has one (memberId → accountId); members without one are
   * left out. Where a member has several enabled accounts, the oldest.
   */
  public java.util.Map<Long, Long> accountsOfMembers(java.util.Collection<Long> memberIds) {
    return store.enabledAccountsOfMembers(memberIds);
  }

  /**
   * A committee's office staff (机关工作人员): the enabled accounts with the staff role, who act for the
   * office (deciding leave, confirming duty reports, verifying problems).
   */
  public java.util.List<Long> officeStaff(long committeeId) {
    return store.enabledOfRoles(committeeId, java.util.List.of(Role.STAFF.name()));
  }

  /** A committee's leaders' accounts (chair, vice-chairs, secretary-general): who signs off. */
  public java.util.List<Long> leaders(long committeeId) {
    return store.enabledOfRoles(committeeId, java.util.List.of(Role.LEADER.name()));
  }

  /** The enabled account signing in with this username, if there is one. */
  public Optional<Long> withUsername(String username) {
    return username == null ? Optional.empty() : store.enabledWithUsername(username);
  }

  /** The enabled accounts of a unit's clerks. */
  public java.util.List<Long> ofUnit(long unitId) {
    return store.enabledOfUnit(unitId);
  }

  public boolean exists(String username) {
    return store.exists(username);
  }

  /** Gives the account a new one-time password, to be changed at the next sign-in. */
  @Transactional
  public String resetPassword(long accountId) {
    String password = OneTimePasswords.generate();
    store.setPassword(accountId, encoder.encode(password), true);
    return password;
  }

  @Transactional
  public void unlock(long accountId) {
    store.unlock(accountId);
    store.usernameOf(accountId).ifPresent(locks::clearAll);
  }

  /** Changes the signed-in user's password; refuses with field errors, changing nothing. */
  @Transactional
  public String changePassword(
      LvzhiUser user, String currentPassword, String newPassword, String confirmation) {
    var errors = new java.util.LinkedHashMap<String, String>();
    if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
      errors.put("currentPassword", message("password.currentWrong"));
    }
    if (newPassword != null && newPassword.equals(currentPassword)) {
      errors.put("newPassword", message("password.same"));
    }
    policy
        .problem(user.username(), newPassword)
        .ifPresent(key -> errors.putIfAbsent("newPassword", message(key)));
    if (!errors.containsKey("newPassword") && usedRecently(user.accountId(), newPassword)) {
      errors.put("newPassword", message("password.reused"));
    }
    if (confirmation != null && !confirmation.equals(newPassword)) {
      errors.put("confirmation", message("password.mismatch"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String hash = encoder.encode(newPassword);
    store.rememberPassword(
        user.accountId(),
        user.passwordHash(),
        java.time.OffsetDateTime.now(clock),
        security.passwordHistory());
    store.setPassword(user.accountId(), hash, false);
    history.record(RECORD_TYPE, user.accountId(), "PASSWORD_CHANGED", java.util.List.of());
    return hash;
  }

  /** Whether the password is one of the last {@code lvzhi.security.password-history}. */
  private boolean usedRecently(long accountId, String password) {
    return password != null
        && store.earlierPasswordHashes(accountId, security.passwordHistory()).stream()
            .anyMatch(hash -> encoder.matches(password, hash));
  }

  private String message(String key) {
    return messages.getMessage(
        key, new Object[] {PasswordPolicy.MIN_LENGTH}, key, LocaleContextHolder.getLocale());
  }
}
