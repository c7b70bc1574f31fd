package org.lvzhi.activity;

/** A member reported duty done outside organised activities; the office must confirm it. */
public record DutyReportSubmitted(long reportId, long memberId) {}
