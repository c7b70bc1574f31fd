package org.lvzhi.activity;

/** Staff cancelled an activity, saying why: its invitees are told. */
public record ActivityCancelled(long activityId, String reason) {}
