package org.lvzhi.opinion;

import static org.lvzhi.opinion.OpinionStatus.EDITED;
import static org.lvzhi.opinion.OpinionStatus.NOT_ADOPTED;
import static org.lvzhi.opinion.OpinionStatus.PUBLISHED;
import static org.lvzhi.opinion.OpinionStatus.REVIEWED;
import static org.lvzhi.opinion.OpinionStatus.SAVED;
import static org.lvzhi.opinion.OpinionStatus.SIGNED_OFF;
import static org.lvzhi.opinion.OpinionStatus.SUBMITTED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * One public-opinion report and its moves: a member saves it (and may change or delete it while
 * saved), submits it (and may withdraw it until the office screens it); the office either does not
 * adopt it (with the reason) or edits it — the editor's text is kept beside the member's original —
 * and reviews it; a leader signs it off; it is published with the bulletin issue that compiles it
 * (and returns to signed off if that issue is withdrawn).
 *
 * <p>Each move checks the status first (refused with {@link IllegalMoveException}, 409, nothing
 * changed), then its input (refused with {@link InvalidInputException}, 400 naming the field), and
 * returns the status it left. Refusals are message keys ({@code opinion.move.*}, {@code
 * opinion.input.*}).
 */
public final class OpinionReport {

  public static final int TITLE_LENGTH = 100;
  public static final int REASON_LENGTH = 500;
  private static final Set<OpinionStatus> SCREENABLE = EnumSet.of(SUBMITTED, EDITED);

  private final Long id;
  private final String title;
  private final String content;
  private final long leadMemberId;
  private final List<Long> coAuthors;
  private final Long sectorId;
  private OpinionStatus status;
  private String editedContent;
  private LocalDate submittedOn;
  private String notAdoptedReason;
  private String signedOffBy;
  private LocalDate publishedOn;
  private Long bulletinId;
  private final int version;

  OpinionReport(
      Long id,
      String title,
      String content,
      long leadMemberId,
      List<Long> coAuthors,
      Long sectorId,
      OpinionStatus status,
      String editedContent,
      LocalDate submittedOn,
      String notAdoptedReason,
      String signedOffBy,
      LocalDate publishedOn,
      Long bulletinId,
      int version) {
    this.id = id;
    this.title = title;
    this.content = content;
    this.leadMemberId = leadMemberId;
    this.coAuthors = List.copyOf(coAuthors);
    this.sectorId = sectorId;
    this.status = status;
    this.editedContent = editedContent;
    this.submittedOn = submittedOn;
    this.notAdoptedReason = notAdoptedReason;
    this.signedOffBy = signedOffBy;
    this.publishedOn = publishedOn;
    this.bulletinId = bulletinId;
    this.version = version;
  }

  /** Refuses changing or deleting the member's text once it has been submitted. */
  void requireChangeable() {
    if (status != SAVED) {
      throw new IllegalMoveException("opinion.move.change");
    }
  }

  /** The member sends the saved report to the office, dated {@code on} (today where null). */
  OpinionStatus submit(LocalDate on, LocalDate today) {
    require(status == SAVED, "opinion.move.submit");
    LocalDate date = on == null ? today : on;
    if (date.isAfter(today)) {
      throw new InvalidInputException(Map.of("on", Texts.of("opinion.input.dateInFuture", today)));
    }
    submittedOn = date;
    return moveTo(SUBMITTED);
  }

  /** The member takes a submitted report back before the office screens it. */
  OpinionStatus withdraw() {
    require(status == SUBMITTED, "opinion.move.withdraw");
    submittedOn = null;
    return moveTo(SAVED);
  }

  /** The office does not adopt the report, saying why. */
  OpinionStatus notAdopt(String reason) {
    require(SCREENABLE.contains(status), "opinion.move.screen");
    notAdoptedReason = text("reason", reason, REASON_LENGTH, "opinion.input.reasonMissing");
    return moveTo(NOT_ADOPTED);
  }

  /** The office edits the report: its text is kept beside the member's original. */
  OpinionStatus edit(String text, int maxLength) {
    require(SCREENABLE.contains(status), "opinion.move.screen");
    editedContent = text("editedContent", text, maxLength, "opinion.input.editedMissing");
    return moveTo(EDITED);
  }

  /** The office reviews the edited report, ready for a leader's sign-off. */
  OpinionStatus review() {
    require(status == EDITED, "opinion.move.review");
    return moveTo(REVIEWED);
  }

  /** A leader signs the reviewed report off for publication. */
  OpinionStatus signOff(String by) {
    require(status == REVIEWED, "opinion.move.signOff");
    signedOffBy = by;
    return moveTo(SIGNED_OFF);
  }

  /** Compiled into a bulletin issue not yet published: only a signed-off report in no issue. */
  void compileInto(long bulletin) {
    require(status == SIGNED_OFF && bulletinId == null, "opinion.move.compile");
    bulletinId = bulletin;
  }

  /** Taken out of its issue (before the issue is published). */
  void removeFromBulletin() {
    require(status == SIGNED_OFF, "opinion.move.removeFromBulletin");
    bulletinId = null;
  }

  /** Published with its bulletin issue on {@code on}. */
  OpinionStatus publish(LocalDate on) {
    require(status == SIGNED_OFF && bulletinId != null, "opinion.move.publish");
    publishedOn = on;
    return moveTo(PUBLISHED);
  }

  /** Its issue was withdrawn: signed off again, still compiled in that issue. */
  OpinionStatus unpublish() {
    require(status == PUBLISHED, "opinion.move.unpublish");
    publishedOn = null;
    return moveTo(SIGNED_OFF);
  }

  public boolean maySubmit() {
    return status == SAVED;
  }

  public boolean mayWithdraw() {
    return status == SUBMITTED;
  }

  public boolean mayScreen() {
    return SCREENABLE.contains(status);
  }

  public boolean mayReview() {
    return status == EDITED;
  }

  public boolean maySignOff() {
    return status == REVIEWED;
  }

  /** The text a bulletin prints: the editor's where there is one, else the member's. */
  public String publishedText() {
    return editedContent != null ? editedContent : content;
  }

  /** The lead author and the co-authors: whom adoptions and publication are told to. */
  public List<Long> authors() {
    java.util.List<Long> all = new java.util.ArrayList<>();
    all.add(leadMemberId);
    coAuthors.stream().filter(m -> m != leadMemberId).forEach(all::add);
    return all;
  }

  private OpinionStatus moveTo(OpinionStatus next) {
    OpinionStatus before = status;
    status = next;
    return before;
  }

  private static void require(boolean allowed, String refusal) {
    if (!allowed) {
      throw new IllegalMoveException(refusal);
    }
  }

  private static String text(String field, String text, int max, String missing) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(Map.of(field, Texts.of(missing)));
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new InvalidInputException(Map.of(field, Texts.of("opinion.input.tooLong", max)));
    }
    return trimmed;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  public long leadMemberId() {
    return leadMemberId;
  }

  public List<Long> coAuthors() {
    return coAuthors;
  }

  public Long sectorId() {
    return sectorId;
  }

  public OpinionStatus status() {
    return status;
  }

  public String editedContent() {
    return editedContent;
  }

  public LocalDate submittedOn() {
    return submittedOn;
  }

  public String notAdoptedReason() {
    return notAdoptedReason;
  }

  public String signedOffBy() {
    return signedOffBy;
  }

  public LocalDate publishedOn() {
    return publishedOn;
  }

  public Long bulletinId() {
    return bulletinId;
  }

  public int version() {
    return version;
  }
}
