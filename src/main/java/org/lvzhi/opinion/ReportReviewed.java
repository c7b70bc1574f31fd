package org.lvzhi.opinion;

/** The office reviewed a report: it waits for a leader's sign-off. */
public record ReportReviewed(long reportId) {}
