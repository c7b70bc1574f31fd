package org.lvzhi.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code lvzhi.security.*}: how many failed sign-ins lock an account and for how long. */
@ConfigurationProperties("lvzhi.security")
record SecurityProperties(
    @DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockoutDuration) {}
