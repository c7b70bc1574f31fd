package org.lvzhi.account;

import java.time.Duration;
import java.util.Set;
import org.lvzhi.system.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lvzhi.security.*}: how many failed sign-ins from one address lock an account for that
 * address and for how long; how many failures one address may make over all accounts in a window;
 * how many earlier passwords may not be chosen again; which roles must use two-factor codes.
 */
@ConfigurationProperties("lvzhi.security")
record SecurityProperties(
    @DefaultValue("5") int maxFailedAttempts,
    @DefaultValue("15m") Duration lockoutDuration,
    @DefaultValue("30") int attemptsPerAddress,
    @DefaultValue("15m") Duration attemptsWindow,
    @DefaultValue("5") int passwordHistory,
    @DefaultValue TwoFactor twoFactor) {

  /** {@code lvzhi.security.two-factor.*}: the roles that must enrol (none by default). */
  record TwoFactor(@DefaultValue Set<Role> requiredRoles) {}
}
