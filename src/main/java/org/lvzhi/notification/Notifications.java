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
import org.lvzhi.system.Text;
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
   * Sends one notification to each account (duplicates and nulls ignored). Title and body are
   * message keys with their arguments, shown to each recipient in the language they read (the
   * Chinese text is kept too); a text too long is shortened; a link that is not a path on this site
   * is a programming error.
   *
   * @param body the body, or null
   * @param link a path on this site such as {@code /registry/activities/12}, or null
   */
  @Transactional
  public void notifyAccounts(Collection<Long> accountIds, Text title, Text body, String link) {
    if (title == null) {
      throw new IllegalArgumentException("a notification needs a title");
    }
    send(accountIds, inChinese(title), body == null ? null : inChinese(body), title, body, link);
  }

  /**
   * Sends a notification whose words are data rather than interface text (a clerk's own message),
   * shown as they are to every reader; otherwise as {@link #notifyAccounts(Collection, Text, Text,
   * String)}.
   */
  @Transactional
  public void notifyAccounts(Collection<Long> accountIds, String title, String body, String link) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a notification needs a title");
    }
    send(accountIds, title.strip(), body == null ? null : body.strip(), null, null, link);
  }

  private void send(
      Collection<Long> accountIds,
      String title,
      String body,
      Text titleText,
      Text bodyText,
      String link) {
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
          new NotificationStore.Texts(
              shorten(title, TITLE_LENGTH),
              body == null || body.isBlank() ? null : shorten(body, BODY_LENGTH),
              titleText,
              bodyText),
          link == null || link.isBlank() ? null : link,
          OffsetDateTime.now(clock));
    }
  }

  /**
   * Sends one notification to the account of each member; members without an enabled account are
   * skipped.
   */
  @Transactional
  public void notifyMembers(Collection<Long> memberIds, Text title, Text body, String link) {
    notifyAccounts(accountsOf(memberIds), title, body, link);
  }

  /** As {@link #notifyMembers(Collection, Text, Text, String)}, with words that are data. */
  @Transactional
  public void notifyMembers(Collection<Long> memberIds, String title, String body, String link) {
    notifyAccounts(accountsOf(memberIds), title, body, link);
  }

  private Collection<Long> accountsOf(Collection<Long> memberIds) {
    return accounts
        .accountsOfMembers(memberIds.stream().filter(Objects::nonNull).toList())
        .values();
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
    return store.latest(me().accountId(), Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
        .map(Notifications::forReader)
        .toList();
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
    NotificationStore.Stored notification =
        store.find(id, account).orElseThrow(() -> new RecordNotFoundException("notification", id));
    store.markRead(id, account, OffsetDateTime.now(clock));
    return forReader(notification);
  }

  /** The notification with its title and body in the current reader's language. */
  private static Notification forReader(NotificationStore.Stored stored) {
    Notification kept = stored.notification();
    String title =
        stored.title() == null ? kept.title() : shorten(stored.title().render(), TITLE_LENGTH);
    String body =
        stored.body() == null ? kept.body() : shorten(stored.body().render(), BODY_LENGTH);
    return new Notification(
        kept.id(), kept.accountId(), title, body, kept.link(), kept.createdAt(), kept.readAt());
  }

  /** The text in Chinese, the committee's working language, as the notification keeps it. */
  private static String inChinese(Text text) {
    var previous = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
    org.springframework.context.i18n.LocaleContextHolder.setLocale(
        java.util.Locale.SIMPLIFIED_CHINESE);
    try {
      return text.render().strip();
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previous);
    }
  }

  private static LvzhiUser me() {
    return CurrentUser.requirePermission(NotificationAccess.VIEW);
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
