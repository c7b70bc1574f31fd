package org.lvzhi.activity;

/** Members (by id) and cadres (by account) were newly invited to an activity. */
public record ParticipantsInvited(
    long activityId, java.util.List<Long> memberIds, java.util.List<Long> accountIds) {}
