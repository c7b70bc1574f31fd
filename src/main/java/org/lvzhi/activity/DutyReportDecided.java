package org.lvzhi.activity;

/** The office confirmed or rejected a duty report. */
public record DutyReportDecided(long reportId, long memberId, boolean confirmed) {}
