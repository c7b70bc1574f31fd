package org.lvzhi.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * An online consultation (网络议政): a topic with background material opened to members for a window.
 * DRAFT → OPEN (published to members) → CLOSED (with a summary). Members comment only while it is
 * open and within the window; staff hide a comment with a reason (kept, and shown to its author).
 * Each move checks the status first (409), then its input (400). Public for the web layer; only
 * {@link OnlineConsultations} moves it.
 */
public final class OnlineConsultation {

  static final int TOPIC_LENGTH = 200;
  static final int BACKGROUND_LENGTH = 10000;
  static final int SUMMARY_LENGTH = 4000;
  static final int COMMENT_LENGTH = 2000;
  static final int REASON_LENGTH = 500;

  /** A member's comment; hidden ones keep their text, reason and who hid them. */
  public record Comment(
      Long id,
      long memberId,
      String content,
      LocalDateTime postedAt,
      boolean hidden,
      String hiddenReason,
      String hiddenBy) {}

  private final Long id;
  private final String topic;
  private final String background;
  private final LocalDateTime opensAt;
  private final LocalDateTime closesAt;
  private OnlineStatus status;
  private LocalDate openedOn;
  private String summary;
  private LocalDate closedOn;
  private final int commentCount;
  private final int version;

  OnlineConsultation(
      Long id,
      String topic,
      String background,
      LocalDateTime opensAt,
      LocalDateTime closesAt,
      OnlineStatus status,
      LocalDate openedOn,
      String summary,
      LocalDate closedOn,
      int commentCount,
      int version) {
    this.id = id;
    this.topic = topic;
    this.background = background;
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    this.status = status;
    this.openedOn = openedOn;
    this.summary = summary;
    this.closedOn = closedOn;
    this.commentCount = commentCount;
    this.version = version;
  }

  /** A draft: a topic, its background, and the window in which members may comment. */
  static OnlineConsultation draft(
      String topic, String background, LocalDateTime opensAt, LocalDateTime closesAt) {
    Map<String, String> problems = new LinkedHashMap<>();
    String cleanTopic = Suggestion.clean(topic);
    if (cleanTopic == null) {
      problems.put("topic", Texts.of("consultation.input.topicMissing"));
    } else if (cleanTopic.length() > TOPIC_LENGTH) {
      problems.put("topic", Texts.of("consultation.input.tooLong", TOPIC_LENGTH));
    }
    String cleanBackground = Suggestion.clean(background);
    if (cleanBackground != null && cleanBackground.length() > BACKGROUND_LENGTH) {
      problems.put("background", Texts.of("consultation.input.tooLong", BACKGROUND_LENGTH));
    }
    if (opensAt == null) {
      problems.put("opensAt", Texts.of("consultation.input.opensMissing"));
    }
    if (closesAt == null) {
      problems.put("closesAt", Texts.of("consultation.input.closesMissing"));
    } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
      problems.put("closesAt", Texts.of("consultation.input.closesBeforeOpens"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new OnlineConsultation(
        null,
        cleanTopic,
        cleanBackground,
        opensAt,
        closesAt,
        OnlineStatus.DRAFT,
        null,
        null,
        null,
        0,
        0);
  }

  /** Publishes the draft to members. */
  void open(LocalDate today) {
    if (status != OnlineStatus.DRAFT) {
      throw new IllegalMoveException("consultation.move.openNotDraft");
    }
    status = OnlineStatus.OPEN;
    openedOn = today;
  }

  /** Whether members may comment at {@code now}: open, and within the window. */
  public boolean acceptsComments(LocalDateTime now) {
    return status == OnlineStatus.OPEN && !now.isBefore(opensAt) && !now.isAfter(closesAt);
  }

  /** A member's comment at {@code now}; refused outside the window or unless open. */
  Comment comment(long memberId, String text, LocalDateTime now) {
    if (!acceptsComments(now)) {
      throw new IllegalMoveException("consultation.move.commentClosed");
    }
    String clean = Suggestion.clean(text);
    if (clean == null) {
      throw new InvalidInputException(
          Map.of("content", Texts.of("consultation.input.contentMissing")));
    }
    if (clean.length() > COMMENT_LENGTH) {
      throw new InvalidInputException(
          Map.of("content", Texts.of("consultation.input.tooLong", COMMENT_LENGTH)));
    }
    return new Comment(null, memberId, clean, now, false, null, null);
  }

  /** Hides a comment, giving the reason; a hidden comment stays hidden. */
  Comment hide(Comment comment, String reason, String by) {
    if (comment.hidden()) {
      throw new IllegalMoveException("consultation.move.alreadyHidden");
    }
    String clean = Suggestion.clean(reason);
    if (clean == null) {
      throw new InvalidInputException(
          Map.of("reason", Texts.of("consultation.input.reasonMissing")));
    }
    if (clean.length() > REASON_LENGTH) {
      throw new InvalidInputException(
          Map.of("reason", Texts.of("consultation.input.tooLong", REASON_LENGTH)));
    }
    return new Comment(
        comment.id(), comment.memberId(), comment.content(), comment.postedAt(), true, clean, by);
  }

  /** Closes the consultation with its summary. */
  void close(String text, LocalDate today) {
    if (status != OnlineStatus.OPEN) {
      throw new IllegalMoveException("consultation.move.closeNotOpen");
    }
    String clean = Suggestion.clean(text);
    if (clean == null) {
      throw new InvalidInputException(
          Map.of("summary", Texts.of("consultation.input.summaryMissing")));
    }
    if (clean.length() > SUMMARY_LENGTH) {
      throw new InvalidInputException(
          Map.of("summary", Texts.of("consultation.input.tooLong", SUMMARY_LENGTH)));
    }
    status = OnlineStatus.CLOSED;
    summary = clean;
    closedOn = today;
  }

  public Long id() {
    return id;
  }

  public String topic() {
    return topic;
  }

  public String background() {
    return background;
  }

  public LocalDateTime opensAt() {
    return opensAt;
  }

  public LocalDateTime closesAt() {
    return closesAt;
  }

  public OnlineStatus status() {
    return status;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public String summary() {
    return summary;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public int commentCount() {
    return commentCount;
  }

  public int version() {
    return version;
  }
}
