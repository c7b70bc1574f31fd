package org.lvzhi.consultation;

import static org.lvzhi.consultation.SuggestionStatus.ADOPTED;
import static org.lvzhi.consultation.SuggestionStatus.IMPLEMENTING;
import static org.lvzhi.consultation.SuggestionStatus.PENDING;
import static org.lvzhi.consultation.SuggestionStatus.SENT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * One suggestion and its follow-up: PENDING → SENT (to the department that answers it) → ADOPTED |
 * IMPLEMENTING | NOT_ADOPTED, and IMPLEMENTING may later become ADOPTED. A pending or sent
 * suggestion may be sent (again) to another department. Each move checks the status first (refused
 * with {@link IllegalMoveException}, 409), then its input ({@link InvalidInputException}, 400); a
 * refused move changes nothing. Public for the module's web layer, which reads it; only {@link
 * Suggestions} moves it.
 */
public final class Suggestion {

  static final int CONTENT_LENGTH = 2000;
  static final int NAME_LENGTH = 100;

  /** Where the suggestion was made, named as lists show it. */
  public record Source(SourceKind kind, long id, String label) {}

  /** Who made it: a member, or a named outside person or department. */
  public record Author(Long memberId, String name) {}

  private final Long id;
  private final Source source;
  private final String content;
  private final Author author;
  private final LocalDate madeOn;
  private SuggestionStatus status;
  private Long unitId;
  private LocalDate sentOn;
  private String answer;
  private LocalDate answeredOn;
  private final int version;

  Suggestion(
      Long id,
      Source source,
      String content,
      Author author,
      LocalDate madeOn,
      SuggestionStatus status,
      Long unitId,
      LocalDate sentOn,
      String answer,
      LocalDate answeredOn,
      int version) {
    this.id = id;
    this.source = source;
    this.content = content;
    this.author = author;
    this.madeOn = madeOn;
    this.status = status;
    this.unitId = unitId;
    this.sentOn = sentOn;
    this.answer = answer;
    this.answeredOn = answeredOn;
    this.version = version;
  }

  /** A suggestion made on {@code madeOn} (today where not given; never in the future). */
  static Suggestion make(
      Source source,
      String content,
      Author author,
      Long unitId,
      LocalDate madeOn,
      LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    String text = clean(content);
    if (text == null) {
      problems.put("content", Texts.of("consultation.input.contentMissing"));
    } else if (text.length() > CONTENT_LENGTH) {
      problems.put("content", Texts.of("consultation.input.tooLong", CONTENT_LENGTH));
    }
    String name = author == null ? null : clean(author.name());
    Long member = author == null ? null : author.memberId();
    if (member == null && name == null) {
      problems.put("madeBy", Texts.of("consultation.input.authorMissing"));
    } else if (name != null && name.length() > NAME_LENGTH) {
      problems.put("madeByName", Texts.of("consultation.input.tooLong", NAME_LENGTH));
    }
    LocalDate on = madeOn == null ? today : madeOn;
    if (on.isAfter(today)) {
      problems.put("madeOn", Texts.of("consultation.input.future"));
    }
    refuseIf(problems);
    return new Suggestion(
        null,
        source,
        text,
        new Author(member, member == null ? name : null),
        on,
        PENDING,
        unitId,
        null,
        null,
        null,
        0);
  }

  /** Sends the suggestion to the department that answers it, on {@code today}. */
  SuggestionStatus sendTo(Long unit, LocalDate today) {
    if (status != PENDING && status != SENT) {
      throw new IllegalMoveException("consultation.move.sendAnswered");
    }
    if (unit == null) {
      throw new InvalidInputException(Map.of("unitId", Texts.of("consultation.input.unitMissing")));
    }
    SuggestionStatus before = status;
    status = SENT;
    unitId = unit;
    sentOn = today.isBefore(madeOn) ? madeOn : today;
    return before;
  }

  /**
   * Records the department's answer given on {@code on} (today where not given): adopted, being
   * implemented or not adopted. A suggestion being implemented may later be answered adopted.
   */
  SuggestionStatus answer(SuggestionStatus outcome, String text, LocalDate on, LocalDate today) {
    boolean allowed = status == SENT || (status == IMPLEMENTING && outcome == ADOPTED);
    if (!allowed) {
      throw new IllegalMoveException(
          switch (status) {
            case PENDING -> "consultation.move.answerUnsent";
            case IMPLEMENTING -> "consultation.move.answerImplementing";
            default -> "consultation.move.answerClosed";
          });
    }
    Map<String, String> problems = new LinkedHashMap<>();
    if (outcome == null || !outcome.answered()) {
      problems.put("outcome", Texts.of("consultation.input.outcomeMissing"));
    }
    String clean = clean(text);
    if (clean == null) {
      problems.put("answer", Texts.of("consultation.input.answerMissing"));
    } else if (clean.length() > CONTENT_LENGTH) {
      problems.put("answer", Texts.of("consultation.input.tooLong", CONTENT_LENGTH));
    }
    LocalDate answered = on == null ? today : on;
    if (answered.isAfter(today)) {
      problems.put("answeredOn", Texts.of("consultation.input.future"));
    } else if (madeOn != null && answered.isBefore(madeOn)) {
      // Not the day it was sent: an office adopting the system mid-year sends today what a
      // department answered months ago.
      problems.put("answeredOn", Texts.of("consultation.input.beforeMade", madeOn));
    }
    refuseIf(problems);
    SuggestionStatus before = status;
    status = outcome;
    answer = clean;
    answeredOn = answered;
    return before;
  }

  static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip();
  }

  private static void refuseIf(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public Long id() {
    return id;
  }

  public Source source() {
    return source;
  }

  public String content() {
    return content;
  }

  public Author author() {
    return author;
  }

  public LocalDate madeOn() {
    return madeOn;
  }

  public SuggestionStatus status() {
    return status;
  }

  public Long unitId() {
    return unitId;
  }

  public LocalDate sentOn() {
    return sentOn;
  }

  public String answer() {
    return answer;
  }

  public LocalDate answeredOn() {
    return answeredOn;
  }

  public int version() {
    return version;
  }
}
