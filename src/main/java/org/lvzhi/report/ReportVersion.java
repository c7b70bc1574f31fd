package org.lvzhi.report;

import java.time.OffsetDateTime;

/** A saved version of a report: its number, who saved it when, and the note they left. */
public record ReportVersion(
    int number, String title, String note, String savedBy, OffsetDateTime savedAt) {}
