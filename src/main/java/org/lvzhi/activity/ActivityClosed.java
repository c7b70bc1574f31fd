package org.lvzhi.activity;

/** An activity closed: every invitee is now present, excused or absent. */
public record ActivityClosed(long activityId) {}
