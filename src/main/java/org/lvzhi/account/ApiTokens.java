package org.lvzhi.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.BearerTokens;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts and other systems: cheap to verify (one SHA-256 and one indexed
 * look-up, where HTTP Basic costs an Argon2 hash per request). A token is 32 random bytes, shown
 * once and stored only as its hash; it acts as its account, with the account's role and data scope
 * as they are at each request, until it expires or is revoked. Issuing and revoking are recorded in
 * the account's history. A token cannot issue tokens: only a person signed in can.
 */
@Service
public class ApiTokens implements BearerTokens {

  /** What every token starts with, so a leaked one is recognisable in logs and scanners. */
  public static final String PREFIX = "lvz_";

  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 365;
  static final int MAX_ACTIVE = 20;
  static final int NAME_LENGTH = 100;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token as its owner's list shows it. */
  public record ApiToken(
      long id,
      String name,
      String hint,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime lastUsedAt,
      OffsetDateTime revokedAt,
      boolean active) {}

  /** A token just issued: the only time its secret is known. */
  public record IssuedToken(long id, String token, OffsetDateTime expiresAt) {}

  private final ApiTokenStore store;
  private final AccountStore accounts;
  private final UserDetailsService users;
  private final History history;
  private final Clock clock;

  ApiTokens(
      ApiTokenStore store,
      AccountStore accounts,
      UserDetailsService users,
      History history,
      Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.users = users;
    this.history = history;
    this.clock = clock;
  }

  /** Issues the signed-in person a token named {@code name}, valid for {@code days} days. */
  @Transactional
  public IssuedToken issue(String name, Integer days) {
    LvzhiUser user = person();
    OffsetDateTime now = OffsetDateTime.now(clock);
    String trimmed = name == null ? "" : name.strip();
    int validity = days == null ? DEFAULT_DAYS : days;
    Map<String, String> problems = new LinkedHashMap<>();
    if (trimmed.isEmpty()) {
      problems.put("name", Texts.of("validation.required", Texts.of("apiToken.name")));
    } else if (trimmed.length() > NAME_LENGTH) {
      problems.put("name", Texts.of("validation.tooLong", Texts.of("apiToken.name"), NAME_LENGTH));
    }
    if (validity < 1 || validity > MAX_DAYS) {
      problems.put("days", Texts.of("apiToken.days.range", MAX_DAYS));
    }
    if (store.activeCount(user.accountId(), now) >= MAX_ACTIVE) {
      problems.put("name", Texts.of("apiToken.tooMany", MAX_ACTIVE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    OffsetDateTime expires = now.plusDays(validity);
    long id =
        store.insert(
            user.accountId(), trimmed, hash(token), token.substring(0, 8) + "…", now, expires);
    history.record(
        Accounts.RECORD_TYPE,
        user.accountId(),
        "API_TOKEN_ISSUED",
        List.of(new Change("apiToken.name", null, trimmed)));
    return new IssuedToken(id, token, expires);
  }

  /** The signed-in person's tokens, newest first, revoked and expired ones included. */
  @Transactional(readOnly = true)
  public List<ApiToken> mine() {
    LvzhiUser user = CurrentUser.require();
    OffsetDateTime now = OffsetDateTime.now(clock);
    return store.ofAccount(user.accountId()).stream()
        .map(
            t ->
                new ApiToken(
                    t.id(),
                    t.name(),
                    t.hint(),
                    t.createdAt(),
                    t.expiresAt(),
                    t.lastUsedAt(),
                    t.revokedAt(),
                    t.revokedAt() == null && t.expiresAt().isAfter(now)))
        .toList();
  }

  /** Revokes one of the signed-in person's tokens: 404 where they have no such token. */
  @Transactional
  public void revoke(long id) {
    LvzhiUser user = CurrentUser.require();
    String name =
        store
            .nameOf(user.accountId(), id)
            .orElseThrow(() -> new RecordNotFoundException("api-token", id));
    if (store.revoke(user.accountId(), id, OffsetDateTime.now(clock))) {
      history.record(
          Accounts.RECORD_TYPE,
          user.accountId(),
          "API_TOKEN_REVOKED",
          List.of(new Change("apiToken.name", name, null)));
    }
  }

  @Override
  @Transactional
  public Optional<LvzhiUser> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return store
        .usable(hash(token), now)
        .flatMap(
            stored -> {
              Optional<LvzhiUser> user = account(stored.accountId());
              user.ifPresent(u -> store.touch(stored.id(), now));
              return user;
            });
  }

  private Optional<LvzhiUser> account(long accountId) {
    return accounts
        .usernameOf(accountId)
        .flatMap(
            username -> {
              try {
                LvzhiUser user = (LvzhiUser) users.loadUserByUsername(username);
                return user.isEnabled() ? Optional.of(user) : Optional.empty();
              } catch (UsernameNotFoundException e) {
                return Optional.empty();
              }
            });
  }

  /** A person signed in with a password (and code), not a script holding a token. */
  private static LvzhiUser person() {
    LvzhiUser user = CurrentUser.require();
    if (CurrentUser.viaToken()) {
      throw new NotAllowedException("apiToken.notByToken");
    }
    return user;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
