package org.lvzhi.activity;

/** Leave was approved or refused; an approved leave may count against the member's duty record. */
public record LeaveDecided(
    long activityId, long participationId, boolean approved, boolean countsAgainst) {}
