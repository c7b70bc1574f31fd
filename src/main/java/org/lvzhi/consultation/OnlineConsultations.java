package org.lvzhi.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online consultations (网络议政): staff draft one, open it to members (who are told), moderate the
 * comments and close it with a summary whose suggestions enter the follow-up of {@link Suggestions}
 * in the same transaction. Members comment from their phones while it is open. A member may neither
 * edit nor delete a comment once posted (the record of the debate stays as it was said); staff hide
 * one with a reason instead, which its author sees.
 */
@Service
public class OnlineConsultations {

  public static final String REGISTER = "online-consultations";
  public static final String VIEW = "online-consultation:view";
  public static final String EDIT = "online-consultation:edit";
  public static final String COMMENT = "online-consultation:comment";
  static final String CREATE = "ONLINE_CREATE";
  static final String OPEN = "ONLINE_OPEN";
  static final String COMMENT_MOVE = "ONLINE_COMMENT";
  static final String HIDE = "ONLINE_HIDE";
  static final String CLOSE = "ONLINE_CLOSE";

  /** What a reader sees: the consultation and the comments shown to them. */
  public record Shown(OnlineConsultation consultation, List<OnlineConsultation.Comment> comments) {}

  private final OnlineConsultationStore store;
  private final Suggestions suggestions;
  private final History history;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  OnlineConsultations(
      OnlineConsultationStore store,
      Suggestions suggestions,
      History history,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.suggestions = suggestions;
    this.history = history;
    this.clock = clock;
    this.events = events;
  }

  public static String path(long id) {
    return "/consultation/online/" + id;
  }

  @Transactional
  public long create(
      String topic, String background, LocalDateTime opensAt, LocalDateTime closesAt) {
    CurrentUser.requirePermission(EDIT);
    OnlineConsultation draft = OnlineConsultation.draft(topic, background, opensAt, closesAt);
    long id = store.insert(draft);
    history.record(
        OnlineConsultationStore.TABLE,
        id,
        CREATE,
        List.of(
            new Change("consultation.topic", null, draft.topic()),
            new Change("consultation.opensAt", null, String.valueOf(draft.opensAt())),
            new Change("consultation.closesAt", null, String.valueOf(draft.closesAt()))));
    return id;
  }

  @Transactional
  public void open(long id) {
    LvzhiUser user = CurrentUser.requirePermission(EDIT);
    OnlineConsultation c = find(id, user);
    c.open(today());
    store.save(c);
    history.record(OnlineConsultationStore.TABLE, id, OPEN, List.of());
    events.publishEvent(new OnlineOpened(id, store.committeeOf(id)));
  }

  /** The signed-in member's comment; refused unless the consultation accepts comments now. */
  @Transactional
  public long comment(long id, String text) {
    LvzhiUser user = CurrentUser.requirePermission(COMMENT);
    if (user.memberId() == null) {
      throw new NotAllowedException("consultation.notMember");
    }
    OnlineConsultation c = find(id, user);
    OnlineConsultation.Comment comment = c.comment(user.memberId(), text, now());
    long commentId = store.addComment(c, comment);
    history.record(
        OnlineConsultationStore.TABLE,
        id,
        COMMENT_MOVE,
        List.of(new Change("consultation.comment", null, comment.content())));
    return commentId;
  }

  @Transactional
  public void hide(long id, long commentId, String reason) {
    LvzhiUser user = CurrentUser.requirePermission(EDIT);
    OnlineConsultation c = find(id, user);
    OnlineConsultation.Comment comment =
        store
            .comment(id, commentId)
            .orElseThrow(() -> new RecordNotFoundException("comment", commentId));
    OnlineConsultation.Comment hidden = c.hide(comment, reason, user.username());
    store.hide(c, hidden);
    history.record(
        OnlineConsultationStore.TABLE,
        id,
        HIDE,
        List.of(new Change("consultation.hiddenReason", null, hidden.hiddenReason())));
  }

  /** Closes with the summary and records its suggestions (zero or more), all or nothing. */
  @Transactional
  public List<Long> close(long id, String summary, List<Suggestions.Draft> drafts) {
    LvzhiUser user = CurrentUser.requirePermission(EDIT);
    OnlineConsultation c = find(id, user);
    c.close(summary, today());
    store.save(c);
    history.record(
        OnlineConsultationStore.TABLE,
        id,
        CLOSE,
        List.of(new Change("consultation.summary", null, c.summary())));
    List<Long> made =
        (drafts == null ? List.<Suggestions.Draft>of() : drafts)
            .stream().map(d -> suggestions.makeOnline(id, c.topic(), d)).toList();
    events.publishEvent(new OnlineClosed(id, made.size()));
    return made;
  }

  /**
   * The consultation and the comments the reader may see: staff every one (hidden ones marked); a
   * member the visible ones and their own hidden ones, with the reason.
   */
  @Transactional(readOnly = true)
  public Shown show(long id) {
    LvzhiUser user = CurrentUser.requirePermission(VIEW);
    OnlineConsultation c = find(id, user);
    boolean moderator = user.can(EDIT);
    List<OnlineConsultation.Comment> comments =
        store.comments(id).stream()
            .filter(
                comment ->
                    moderator
                        || !comment.hidden()
                        || java.util.Objects.equals(comment.memberId(), user.memberId()))
            .toList();
    return new Shown(c, comments);
  }

  /** The latest consultations the user may see. */
  @Transactional(readOnly = true)
  public List<OnlineConsultation> latest(int limit) {
    LvzhiUser user = CurrentUser.requirePermission(VIEW);
    return store.latest(OnlineConsultationStore.visible(user.scope()), limit);
  }

  /** Whether the consultation accepts comments now. */
  public boolean acceptsComments(OnlineConsultation c) {
    return c.acceptsComments(now());
  }

  private OnlineConsultation find(long id, LvzhiUser user) {
    return store
        .find(id, OnlineConsultationStore.visible(user.scope()))
        .orElseThrow(() -> new RecordNotFoundException("online consultation", id));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
