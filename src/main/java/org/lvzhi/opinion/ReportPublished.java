package org.lvzhi.opinion;

/** A report was published in a bulletin issue. */
public record ReportPublished(long reportId, long bulletinId) {}
