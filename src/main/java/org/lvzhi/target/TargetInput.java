package org.lvzhi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the office enters for a target; checked as a whole by {@link Targets} (every problem at
 * once, nothing saved on any). {@code specialCommitteeId} null means the office is responsible.
 */
public record TargetInput(
    Long themeId,
    String label,
    String metric,
    Map<String, String> filters,
    String unit,
    BigDecimal targetValue,
    Long leadMemberId,
    Long specialCommitteeId,
    LocalDate deadline,
    boolean manual,
    BigDecimal manualValue,
    String manualNote,
    LocalDate manualOn,
    Integer sortOrder) {

  public TargetInput {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }
}
