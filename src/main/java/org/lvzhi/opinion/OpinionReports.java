package org.lvzhi.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of opinion reports: a member (or the office for them) submits and withdraws; the office
 * screens (not adopted / edited) and reviews; a leader signs off. Each move is checked against who
 * may make it and what the user may see (404 outside it, 403 for the wrong role, 409 from the wrong
 * state), saved over the version read, recorded in history and published as an event on which
 * {@link OpinionNotices} tells the next person.
 */
@Service
public class OpinionReports {

  public static final String REGISTER = "opinion-reports";
  public static final String RECORD_TYPE = OpinionStore.TABLE;
  public static final String VIEW = "opinion:view";
  public static final String EDIT = "opinion:edit";
  public static final String SCREEN = "opinion:screen";
  public static final String SIGN_OFF = "opinion:sign-off";
  public static final String BULLETIN = "bulletin:edit";
  public static final String BULLETIN_VIEW = "bulletin:view";
  public static final String ADOPT = "opinion:adopt";
  static final String ACTION_PREFIX = "OPINION_";

  private final OpinionStore store;
  private final History history;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final OpinionProperties properties;
  private final Clock clock;

  OpinionReports(
      OpinionStore store,
      History history,
      MessageSource messages,
      ApplicationEventPublisher events,
      OpinionProperties properties,
      Clock clock) {
    this.store = store;
    this.history = history;
    this.messages = messages;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /** A report the current user may see (404 otherwise). */
  @Transactional(readOnly = true)
  public OpinionReport get(long id) {
    return visible(VIEW, id);
  }

  @Transactional
  public OpinionReport submit(long id, LocalDate on) {
    OpinionReport report = visible(EDIT, id);
    OpinionStatus before = report.submit(on, today());
    OpinionReport saved =
        save(
            report,
            "SUBMIT",
            List.of(
                status(before, report),
                new Change("opinion.submittedOn", null, report.submittedOn().toString())));
    events.publishEvent(new ReportSubmitted(id));
    return saved;
  }

  @Transactional
  public OpinionReport withdraw(long id) {
    OpinionReport report = visible(EDIT, id);
    OpinionStatus before = report.withdraw();
    return save(report, "WITHDRAW", List.of(status(before, report)));
  }

  @Transactional
  public OpinionReport notAdopt(long id, String reason) {
    OpinionReport report = visible(SCREEN, id);
    OpinionStatus before = report.notAdopt(reason);
    OpinionReport saved =
        save(
            report,
            "NOT_ADOPT",
            List.of(
                status(before, report),
                new Change("opinion.notAdoptedReason", null, report.notAdoptedReason())));
    events.publishEvent(new ReportNotAdopted(id));
    return saved;
  }

  @Transactional
  public OpinionReport edit(long id, String editedContent) {
    OpinionReport report = visible(SCREEN, id);
    String textBefore = report.editedContent();
    OpinionStatus before = report.edit(editedContent, properties.maxLength());
    return save(
        report,
        "EDIT",
        List.of(
            status(before, report),
            new Change("opinion.editedContent", textBefore, report.editedContent())));
  }

  @Transactional
  public OpinionReport review(long id) {
    OpinionReport report = visible(SCREEN, id);
    OpinionStatus before = report.review();
    OpinionReport saved = save(report, "REVIEW", List.of(status(before, report)));
    events.publishEvent(new ReportReviewed(id));
    return saved;
  }

  @Transactional
  public OpinionReport signOff(long id) {
    LvzhiUser user = CurrentUser.requirePermission(SIGN_OFF);
    OpinionReport report = visible(SIGN_OFF, id);
    OpinionStatus before = report.signOff(user.username());
    return save(report, "SIGN_OFF", List.of(status(before, report)));
  }

  /** Which moves the user may make on the report now: role and status. */
  public record Moves(
      boolean submit, boolean withdraw, boolean screen, boolean review, boolean signOff) {

    public static Moves of(LvzhiUser user, OpinionReport report) {
      return new Moves(
          user.can(EDIT) && report.maySubmit(),
          user.can(EDIT) && report.mayWithdraw(),
          user.can(SCREEN) && report.mayScreen(),
          user.can(SCREEN) && report.mayReview(),
          user.can(SIGN_OFF) && report.maySignOff());
    }

    public boolean any() {
      return submit || withdraw || screen || review || signOff;
    }
  }

  /** The moves made on the report, oldest first. */
  public List<HistoryEntry> steps(long id) {
    List<HistoryEntry> steps = new ArrayList<>(history.of(RECORD_TYPE, id));
    steps.removeIf(entry -> !entry.action().startsWith(ACTION_PREFIX));
    Collections.reverse(steps);
    return steps;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public int maxLength() {
    return properties.maxLength();
  }

  public static String path(long id) {
    return "/registry/" + REGISTER + "/" + id;
  }

  private OpinionReport visible(String permission, long id) {
    LvzhiUser user = CurrentUser.requirePermission(permission);
    return store
        .find(id, OpinionStore.Visible.to(user.scope()))
        .orElseThrow(() -> new RecordNotFoundException(REGISTER, id));
  }

  private OpinionReport save(OpinionReport report, String move, List<Change> changes) {
    store.save(report);
    history.record(RECORD_TYPE, report.id(), ACTION_PREFIX + move, changes);
    return store.find(report.id(), OpinionStore.Visible.all()).orElseThrow();
  }

  Change status(OpinionStatus before, OpinionReport report) {
    return new Change("opinion.status", recorded(before), recorded(report.status()));
  }

  /** A status in Chinese, the committee's working language: what history keeps (ADR 3). */
  String recorded(OpinionStatus status) {
    return status == null
        ? null
        : messages.getMessage(
            "opinion.status." + status.name(), null, status.name(), Locale.SIMPLIFIED_CHINESE);
  }
}
