package org.lvzhi.activity.web;

/** The check-in page: the activity and code a QR code carried, if any. */
public record CheckInView(Long activityId, String code) {}
