package org.lvzhi.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded action on a record. {@code action} is e.g. CREATE, UPDATE, DELETE or a workflow
 * move.
 */
public record HistoryEntry(
    long id,
    String recordType,
    long recordId,
    String action,
    String actor,
    OffsetDateTime occurredAt,
    List<Change> changes) {}
