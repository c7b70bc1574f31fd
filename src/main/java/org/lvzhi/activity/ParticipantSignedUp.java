package org.lvzhi.activity;

/** An invitee signed up for an activity. */
public record ParticipantSignedUp(long activityId, long participationId) {}
