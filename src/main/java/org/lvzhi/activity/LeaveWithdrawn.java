package org.lvzhi.activity;

/** An invitee took back a leave request before it was decided: nobody need decide it now. */
public record LeaveWithdrawn(long activityId, long participationId) {}
