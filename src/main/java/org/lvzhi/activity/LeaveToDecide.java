package org.lvzhi.activity;

import java.time.LocalDateTime;

/** A leave request waiting for the signed-in person's decision (see {@link LeaveDeciders}). */
public record LeaveToDecide(
    long participationId,
    long activityId,
    String activityTitle,
    LocalDateTime startsAt,
    Long memberId,
    Long accountId,
    String reason) {}
