package org.lvzhi.report;

/** Where a report stands: being edited, or settled (定稿) until reopened. */
public enum ReportStatus {
  DRAFT,
  FINAL
}
