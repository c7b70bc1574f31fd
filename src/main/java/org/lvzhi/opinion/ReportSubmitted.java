package org.lvzhi.opinion;

/** A member submitted a report to the office. */
public record ReportSubmitted(long reportId) {}
