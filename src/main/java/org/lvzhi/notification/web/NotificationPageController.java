package org.lvzhi.notification.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page, opening one, marking all read, and the bell's unread count. */
@Controller
class NotificationPageController {

  static final int PAGE_SIZE = 100;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Notifications notifications;
  private final MessageSource messages;

  NotificationPageController(Notifications notifications, MessageSource messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  @GetMapping("/notifications")
  String list(Model model) {
    var lines =
        notifications.mine(PAGE_SIZE).stream()
            .map(
                n ->
                    new NotificationsPage.Line(
                        n.id(),
                        n.title(),
                        n.body() == null ? "" : n.body(),
                        WHEN.format(n.createdAt().atZoneSameInstant(SHANGHAI)),
                        n.unread()))
            .toList();
    // An auditor's account changes nothing, not even this (the account guard refuses its POSTs).
    boolean canMarkAllRead = CurrentUser.require().role() != Role.AUDITOR;
    model.addAttribute(
        "page", new NotificationsPage(lines, notifications.unreadCount(), canMarkAllRead));
    return "notification/list";
  }

  /** The bell's content, fetched by htmx when a page loads and every minute after. */
  @GetMapping("/notifications/badge")
  String badge(Model model) {
    model.addAttribute("count", notifications.unreadCount());
    return "notification/bell";
  }

  /**
   * Marks the notification read and goes where it points (a path on this site), or back to the
   * list.
   */
  @GetMapping("/notifications/{id}")
  String open(@PathVariable long id) {
    String link = notifications.open(id).link();
    return "redirect:" + (org.lvzhi.system.LocalPaths.isLocal(link) ? link : "/notifications");
  }

  @PostMapping("/notifications/read-all")
  String readAll(RedirectAttributes redirect) {
    notifications.markAllRead();
    Flash.notice(
        redirect,
        messages.getMessage("notification.allRead", null, LocaleContextHolder.getLocale()));
    return "redirect:/notifications";
  }
}
