package org.lvzhi.report;

/**
 * A report moved: generated (version 1), a version saved, settled or reopened; {@code move} is the
 * history action.
 */
public record ReportVersionSaved(long reportId, int number, String move) {}
