package org.lvzhi.activity.web;

import org.lvzhi.activity.*;

/** The check-in page: the activity and code a QR code carried, if any. */
public record CheckInView(Long activityId, String code) {}
