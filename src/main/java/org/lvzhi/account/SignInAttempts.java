package org.lvzhi.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Two limits on guessing. Per client address, over all accounts: at most {@code
 * attempts-per-address} failures per window (bucket4j, in memory: with several nodes each node
 * counts its own). Per (account, address) pair: {@code max-failed-attempts} failures in a row lock
 * that account for that address only, so guessing from one address cannot shut the real user out
 * elsewhere (ADR 2).
 */
@Component
class SignInAttempts {

  /** Above this many addresses tracked, addresses whose bucket is full again are forgotten. */
  private static final int MAX_TRACKED = 10_000;

  private final SignInLockStore locks;
  private final SecurityProperties properties;
  private final Clock clock;
  private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

  SignInAttempts(SignInLockStore locks, SecurityProperties properties, Clock clock) {
    this.locks = locks;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * How long this address must wait before it may try again, where it has used up its failures for
   * now; empty while it may try.
   */
  java.util.Optional<java.time.Duration> addressWait(String address) {
    Bucket bucket = addresses.get(address);
    if (bucket == null || bucket.getAvailableTokens() > 0) {
      return java.util.Optional.empty();
    }
    long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return java.util.Optional.of(java.time.Duration.ofNanos(Math.max(nanos, 1)));
  }

  boolean locked(String username, String address) {
    return locks
        .lockedUntil(username, address)
        .filter(OffsetDateTime.now(clock)::isBefore)
        .isPresent();
  }

  /** A failure from this address; against {@code username} when that account exists. */
  void failed(String username, String address, boolean accountExists) {
    bucket(address).tryConsume(1);
    if (accountExists && username != null) {
      locks.recordFailure(
          username,
          address,
          properties.maxFailedAttempts(),
          OffsetDateTime.now(clock).plus(properties.lockoutDuration()));
    }
  }

  void succeeded(String username, String address) {
    locks.clear(username, address);
  }

  private Bucket bucket(String address) {
    if (addresses.size() > MAX_TRACKED) {
      long capacity = properties.attemptsPerAddress();
      addresses.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }
    return addresses.computeIfAbsent(
        address,
        any ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(properties.attemptsPerAddress())
                        .refillGreedy(properties.attemptsPerAddress(), properties.attemptsWindow())
                        .build())
                .build());
  }
}
