package org.lvzhi.activity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lvzhi.activity.*}: check-in opens this long before an activity starts, and a check-in this
 * long after the start counts as late.
 */
@ConfigurationProperties("lvzhi.activity")
record ActivityProperties(
    @DefaultValue("30m") Duration checkInOpensBefore, @DefaultValue("15m") Duration lateAfter) {}
