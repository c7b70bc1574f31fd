package org.lvzhi.investment;

/**
 * A shepherded project's planned and completed investment for a month was recorded (yuan, decimal
 * strings).
 */
public record LedgerMonthRecorded(
    long projectId, int year, int month, String planned, String completed) {}
