package org.lvzhi.account;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lvzhi.history.History;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;
import org.lvzhi.system.SecondFactor;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor codes (RFC 6238, six digits every 30 seconds) for administrators and office staff:
 * enrolment with a QR code confirmed by a first code, ten recovery codes shown once and stored
 * hashed (each works once), the code asked at every sign-in after the password (each code signs in
 * once: its time step is remembered), and an administrator's reset of a lost enrolment. {@code
 * lvzhi.security.two-factor.required-roles} makes enrolment mandatory for those roles.
 */
@Service
public class TwoFactor implements SecondFactor {

  private static final Set<Role> MAY_ENROL = EnumSet.of(Role.SUPER_ADMIN, Role.ADMIN, Role.STAFF);
  private static final int QR_SIZE = 240;
  private static final int RECOVERY_CODES = 10;
  private static final int PERIOD = 30;
  private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator();

  private final TwoFactorStore store;
  private final SignInAttempts attempts;
  private final SecurityProperties properties;
  private final History history;
  private final Clock clock;
  private final CodeVerifier verifier =
      new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());

  TwoFactor(
      TwoFactorStore store,
      SignInAttempts attempts,
      SecurityProperties properties,
      History history,
      Clock clock) {
    this.store = store;
    this.attempts = attempts;
    this.properties = properties;
    this.history = history;
    this.clock = clock;
  }

  @Override
  public Step after(LvzhiUser user) {
    if (enrolled(user)) {
      return Step.CODE;
    }
    return properties.twoFactor().requiredRoles().contains(user.role()) ? Step.ENROL : Step.NONE;
  }

  /** Whether the account has enrolled. */
  public boolean enrolled(LvzhiUser user) {
    return user.accountId() != 0 && store.secret(user.accountId()).isPresent();
  }

  /** Administrators, office staff and any role that must use codes. */
  public boolean mayEnrol(LvzhiUser user) {
    return MAY_ENROL.contains(user.role())
        || properties.twoFactor().requiredRoles().contains(user.role());
  }

  /** A new secret for an enrolment to be confirmed (kept in the session until then). */
  public String newSecret() {
    return new DefaultSecretGenerator().generate();
  }

  /** The QR code an authenticator app scans, as PNG drawn here (no service on the internet). */
  public byte[] qrPng(String username, String secret) {
    QrData data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer("Lvzhi")
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(30)
            .build();
    return QrPng.of(data.getUri(), QR_SIZE);
  }

  /**
   * Confirms an enrolment with the first code from the app; answers the recovery codes, to be shown
   * once. Refuses a wrong code with a field error, changing nothing.
   */
  @Transactional
  public List<String> confirm(LvzhiUser user, String secret, String code) {
    if (!mayEnrol(user)) {
      throw new InvalidInputException(Map.of("code", Texts.of("twoFactor.notForRole")));
    }
    if (secret == null || code == null || !verifier.isValidCode(secret, code.strip())) {
      throw new InvalidInputException(Map.of("code", Texts.of("twoFactor.codeWrong")));
    }
    List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    store.enrol(
        user.accountId(),
        secret,
        codes.stream().map(TwoFactor::hash).toList(),
        OffsetDateTime.now(clock));
    history.record(Accounts.RECORD_TYPE, user.accountId(), "TWO_FACTOR_ENROLLED", List.of());
    return codes;
  }

  /**
   * The second step of a sign-in from {@code address}: a current code or an unused recovery code. A
   * wrong one counts as a failed sign-in (for the address and for the account there).
   */
  @Transactional
  public boolean verifySignIn(LvzhiUser user, String code, String address) {
    if (!maySignIn(user, address)) {
      return false;
    }
    String given = code == null ? "" : code.strip();
    boolean right =
        store
                .secret(user.accountId())
                .flatMap(secret -> matchingStep(secret, given))
                .map(step -> store.useStep(user.accountId(), step))
                .orElse(false)
            || (!given.isEmpty()
                && store.useRecoveryCode(user.accountId(), hash(given), OffsetDateTime.now(clock)));
    if (right) {
      attempts.succeeded(user.username(), address);
    } else {
      attempts.failed(user.username(), address, true);
    }
    return right;
  }

  /**
   * The time step (of the current one and one either side, for clocks a little off) whose code this
   * is; compared in constant time.
   */
  private static java.util.Optional<Long> matchingStep(String secret, String code) {
    if (code.length() != 6) {
      return java.util.Optional.empty();
    }
    long now = Math.floorDiv(System.currentTimeMillis() / 1000, PERIOD);
    for (long step = now + 1; step >= now - 1; step--) {
      try {
        String expected = CODES.generate(secret, step);
        if (MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
          return java.util.Optional.of(step);
        }
      } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether this address may still try codes for this account. */
  public boolean maySignIn(LvzhiUser user, String address) {
    return attempts.addressWait(address).isEmpty() && !attempts.locked(user.username(), address);
  }

  /**
   * An administrator's reset of a lost enrolment (the register's action, which records it in the
   * account's history): the account signs in with its password again, and enrols anew.
   */
  @Transactional
  public void reset(long accountId) {
    store.reset(accountId);
  }

  /** Recovery codes are long random strings: a plain SHA-256 of the normalised code suffices. */
  private static String hash(String code) {
    try {
      String normal = code.strip().toLowerCase(Locale.ROOT);
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
