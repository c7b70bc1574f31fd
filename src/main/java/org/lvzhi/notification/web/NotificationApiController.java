package org.lvzhi.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lvzhi.notification.Notification;
import org.lvzhi.notification.Notifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications through the API. */
@RestController
@Tag(
    name = "Notifications",
    description = "通知：未读数、列表、标为已读 — the signed-in user's in-app notifications")
class NotificationApiController {

  /** The number of unread notifications. */
  record Count(long count) {}

  private final Notifications notifications;

  NotificationApiController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/v1/notifications")
  @Operation(
      summary = "The signed-in user's notifications, newest first",
      description = "limit: 1 to 200, 50 by default")
  List<Notification> list(@RequestParam(defaultValue = "50") int limit) {
    return notifications.mine(limit);
  }

  @GetMapping("/api/v1/notifications/unread-count")
  @Operation(summary = "How many of the signed-in user's notifications are unread")
  Count unreadCount() {
    return new Count(notifications.unreadCount());
  }

  @PostMapping("/api/v1/notifications/{id}/read")
  @Operation(
      summary = "Mark one notification read",
      description = "404 for a notification of another account")
  void read(@PathVariable long id) {
    notifications.markRead(id);
  }

  @PostMapping("/api/v1/notifications/read-all")
  @Operation(summary = "Mark all the signed-in user's notifications read")
  void readAll() {
    notifications.markAllRead();
  }
}
