package org.lvzhi.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Any module sends them (joining its own transaction, so a refused change
 * sends nothing); each signed-in user reads and marks only their own.
 */
@Service
public class Notifications {

  static final int TITLE_LENGTH = 200;
  static final int BODY_LENGTH = 1000;
  static final int LINK_LENGTH = 300;
  static final int MAX_LIMIT = 200;

  private final NotificationStore store;
  private final Accounts accounts;
  private final Clock clock;

  Notifications(NotificationStore store, Accounts accounts, Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Sends one notification to each account (duplicates and nulls ignored). A title or body too long
   * is shortened; a blank title or a link that is not a path on this site is a programming error.
   *
   * @param link a path on this site such as {@code /registry/activities/12}, or null
   */
  @Transactional
  public void notifyAccounts(Collection<Long> accountIds, String title, String body, String link) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a notification needs a title");
    }
    if (link != null
        && !link.isBlank()
        && (!org.lvzhi.system.LocalPaths.isLocal(link) || link.length() > LINK_LENGTH)) {
      throw new IllegalArgumentException(
          "a notification links only to a path on this site: " + link);
    }
    Set<Long> recipients = new LinkedHashSet<>(accountIds);
    recipients.remove(null);
    if (!recipients.isEmpty()) {
      store.insert(
          recipients,
          shorten(title.strip(), TITLE_LENGTH),
          body == null || body.isBlank() ? null : shorten(body.strip(), BODY_LENGTH),
          link == null || link.isBlank() ? null : link,
          OffsetDateTime.now(clock));
    }
  }

  /**
   * Sends one notification to the account of each member; members without an enabled account are
   * skipped.
   */
  @Transactional
  public void notifyMembers(Collection<Long> memberIds, String title, String body, String link) {
    notifyAccounts(
        accounts.accountsOfMembers(memberIds.stream().filter(Objects::nonNull).toList()).values(),
        title,
        body,
        link);
  }

  /** How many of the current user's notifications are unread. */
  @Transactional(readOnly = true)
  public long unreadCount() {
    return store.unread(me().accountId());
  }

  /**
   * The current user's newest notifications, newest first; {@code limit} is kept between 1 and 200.
   */
  @Transactional(readOnly = true)
  public List<Notification> mine(int limit) {
    return store.latest(me().accountId(), Math.max(1, Math.min(limit, MAX_LIMIT)));
  }

  /** Marks one of the current user's notifications read; 404 for anyone else's. */
  @Transactional
  public void markRead(long id) {
    open(id);
  }

  @Transactional
  public void markAllRead() {
    store.markAllRead(me().accountId(), OffsetDateTime.now(clock));
  }

  /** Marks one of the current user's notifications read and answers it; 404 for anyone else's. */
  @Transactional
  public Notification open(long id) {
    long account = me().accountId();
    Notification notification =
        store.find(id, account).orElseThrow(() -> new RecordNotFoundException("notification", id));
    store.markRead(id, account, OffsetDateTime.now(clock));
    return notification;
  }

  private static LvzhiUser me() {
    return CurrentUser.requirePermission(NotificationAccess.VIEW);
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
