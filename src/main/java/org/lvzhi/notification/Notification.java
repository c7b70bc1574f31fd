package org.lvzhi.notification;

import java.time.OffsetDateTime;

/**
 * A message to one account.
 *
 * @param link a path on this site to go to from the message, or null
 * @param readAt when the recipient opened it or marked it read; null while unread
 */
public record Notification(
    long id,
    long accountId,
    String title,
    String body,
    String link,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
