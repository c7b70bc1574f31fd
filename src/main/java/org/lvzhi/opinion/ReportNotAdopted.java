package org.lvzhi.opinion;

/** The office did not adopt a report. */
public record ReportNotAdopted(long reportId) {}
