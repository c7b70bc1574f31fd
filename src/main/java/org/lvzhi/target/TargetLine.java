package org.lvzhi.target;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target as kept: its theme, indicator (the clerk's words and the metric asked), unit, target
 * value, lead leader, responsible body (a special committee, or the office where none), deadline,
 * and — only where marked manual — the typed value with its note and date.
 */
public record TargetLine(
    long id,
    int version,
    long campaignId,
    Long themeId,
    String themeName,
    String label,
    Indicator indicator,
    String unit,
    BigDecimal targetValue,
    Long leadMemberId,
    String leadName,
    Long specialCommitteeId,
    String responsibleName,
    LocalDate deadline,
    boolean manual,
    BigDecimal manualValue,
    String manualNote,
    LocalDate manualOn,
    int sortOrder) {}
