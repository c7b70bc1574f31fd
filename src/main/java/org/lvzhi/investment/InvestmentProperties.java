package org.lvzhi.investment;

import java.math.BigDecimal;
import org.lvzhi.shared.RagFlag;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lvzhi.investment.rag.*}: behind the year's elapsed share by more than {@code amber-points}
 * is amber, by more than {@code red-points} red; {@code red-overdue-problems} overdue problems make
 * it red, any make it amber.
 */
@ConfigurationProperties("lvzhi.investment.rag")
record InvestmentProperties(
    @DefaultValue("5") BigDecimal amberPoints,
    @DefaultValue("15") BigDecimal redPoints,
    @DefaultValue("2") int redOverdueProblems) {

  RagFlag.Thresholds thresholds() {
    return new RagFlag.Thresholds(amberPoints, redPoints, redOverdueProblems);
  }
}
