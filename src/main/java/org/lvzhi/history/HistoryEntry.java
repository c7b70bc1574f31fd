package org.lvzhi.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded action on a record. {@code action} is e.g. CREATE, UPDATE, DELETE or a workflow
 * move; {@code actor} the account that made it, {@code actorName} the person's name as people read
 * it (the account's display name; the account name where there is none, as for "system").
 */
public record HistoryEntry(
    long id,
    String recordType,
    long recordId,
    String action,
    String actor,
    String actorName,
    OffsetDateTime occurredAt,
    List<Change> changes) {}
