package org.lvzhi.target;

import java.math.BigDecimal;
import org.lvzhi.shared.RagFlag;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Targets' settings: the red / amber / green thresholds in points behind schedule (the same rule as
 * the shepherded projects', {@link RagFlag}), and when the monthly snapshot job runs.
 */
@ConfigurationProperties("lvzhi.target")
record TargetProperties(
    @DefaultValue("5") BigDecimal amberPoints,
    @DefaultValue("15") BigDecimal redPoints,
    @DefaultValue("0 20 1 * * *") String snapshotCron) {

  RagFlag.Thresholds thresholds() {
    // Targets have no problems of their own to count: only the schedule decides.
    return new RagFlag.Thresholds(amberPoints, redPoints, Integer.MAX_VALUE);
  }
}
