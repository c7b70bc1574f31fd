package org.lvzhi.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * The units a target is counted in, and how a metric's value reads in them: the same unit as the
 * metric's, or 亿元 for a metric counted in 万元 (divided exactly by 10 000, never rounded before the
 * completion is worked out).
 */
final class TargetUnits {

  static final List<String> ALL = List.of("次", "个", "人次", "人", "条", "家", "篇", "万元", "亿元", "%");

  private TargetUnits() {}

  static boolean fits(String metricUnit, String targetUnit) {
    return metricUnit.equals(targetUnit) || ("万元".equals(metricUnit) && "亿元".equals(targetUnit));
  }

  static BigDecimal convert(BigDecimal value, String metricUnit, String targetUnit) {
    return "万元".equals(metricUnit) && "亿元".equals(targetUnit) ? value.movePointLeft(4) : value;
  }
}
