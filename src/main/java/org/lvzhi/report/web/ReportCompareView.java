package org.lvzhi.report.web;

import org.lvzhi.report.Reports;
import org.lvzhi.report.VersionDiff;

/** The comparison page: the report, the two version numbers, and their diff. */
public record ReportCompareView(Reports.Detail detail, int from, int to, VersionDiff diff) {}
