package org.lvzhi.notification.web;

import java.util.List;

/**
 * What the notifications page shows. Public only because precompiled templates live in another
 * package.
 */
public record NotificationsPage(List<Line> lines, long unread, boolean canMarkAllRead) {

  /** One notification; opening it marks it read and follows its link. */
  public record Line(long id, String title, String body, String when, boolean unread) {

    public String href() {
      return "/notifications/" + id;
    }
  }
}
