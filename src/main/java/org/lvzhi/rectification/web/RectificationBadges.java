package org.lvzhi.rectification.web;

import org.lvzhi.rectification.RectificationStatus;

/** The Bootstrap colour of a status badge. */
final class RectificationBadges {

  private RectificationBadges() {}

  static String of(String status) {
    return switch (RectificationStatus.valueOf(status)) {
      case RAISED -> "text-bg-secondary";
      case ASSIGNED -> "text-bg-info";
      case IN_PROGRESS -> "text-bg-primary";
      case RESOLVED -> "text-bg-warning";
      case VERIFIED -> "text-bg-success";
      case REOPENED -> "text-bg-danger";
    };
  }
}
