package org.lvzhi.activity;

/** An activity's time or place changed: its invitees are told when and where it is now. */
public record ActivityRescheduled(long activityId) {}
