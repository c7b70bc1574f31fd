package org.lvzhi.activity;

/** An invitee asked leave: whoever decides leave for the activity must act. */
public record LeaveRequested(long activityId, long participationId) {}
