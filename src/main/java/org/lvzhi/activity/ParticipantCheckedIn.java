package org.lvzhi.activity;

/** An invitee checked in (by code, or marked arrived by staff). */
public record ParticipantCheckedIn(long activityId, long participationId, boolean late) {}
