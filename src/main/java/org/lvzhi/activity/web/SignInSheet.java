package org.lvzhi.activity.web;

/** What a meeting's sign-in sheet shows: the activity, and its invitees as the panel lists them. */
public record SignInSheet(
    long activityId, String title, String when, String venue, ParticipantsView participants) {}
