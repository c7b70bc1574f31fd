package org.lvzhi.activity;

/** An invitee took back a sign-up. */
public record SignUpWithdrawn(long activityId, long participationId) {}
