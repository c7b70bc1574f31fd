package org.lvzhi.investment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stage moves of investment projects: advance, sign, increase the contract, suspend, resume.
 * Each is dated by the clerk, checked by the project's stages, saved with a new version, recorded
 * as a move (which the counting reads) and in history with the fields it changed, and published.
 */
@Service
public class Projects {

  public static final String MOVE = "investment:move";
  public static final String REGISTER = "investment-projects";
  static final String RECORD_TYPE = "investment_project";

  /** A move of the aggregate, given the clerk's clock and the project's previous date. */
  private interface Step {
    ProjectStages.Move apply(InvestmentProject project, LocalDate today, LocalDate previous);
  }

  private final ProjectStore store;
  private final History history;
  private final Registers registers;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Projects(
      ProjectStore store,
      History history,
      Registers registers,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.history = history;
    this.registers = registers;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void advance(long projectId, Stage to, LocalDate on, String note) {
    ProjectStages.Move made =
        apply(
            projectId,
            "ADVANCE",
            (p, today, previous) -> p.advance(to, on, blankToNull(note), today, previous));
    events.publishEvent(new ProjectAdvanced(projectId, made.from(), made.to(), made.on()));
  }

  @Transactional
  public void sign(long projectId, Amount amount, LocalDate on, boolean viaPlatform) {
    ProjectStages.Move made =
        apply(
            projectId,
            "SIGN",
            (p, today, previous) -> p.sign(amount, on, viaPlatform, today, previous));
    events.publishEvent(
        new ProjectSigned(
            projectId,
            made.signing().counted().yuan().toPlainString(),
            made.on(),
            made.signing().first(),
            viaPlatform));
  }

  @Transactional
  public void increaseContract(long projectId, Amount newTotal, LocalDate on) {
    ProjectStages.Move made =
        apply(
            projectId,
            "INCREASE",
            (p, today, previous) -> p.increaseContract(newTotal, on, today, previous));
    events.publishEvent(
        new ContractIncreased(
            projectId,
            made.signing().counted().yuan().toPlainString(),
            newTotal.yuan().toPlainString(),
            made.on()));
  }

  @Transactional
  public void suspend(long projectId, String reason, LocalDate on) {
    ProjectStages.Move made =
        apply(projectId, "SUSPEND", (p, today, previous) -> p.suspend(reason, on, today, previous));
    events.publishEvent(new ProjectSuspended(projectId, made.from(), made.note(), made.on()));
  }

  @Transactional
  public void resume(long projectId, LocalDate on) {
    ProjectStages.Move made =
        apply(projectId, "RESUME", (p, today, previous) -> p.resume(on, today, previous));
    events.publishEvent(new ProjectResumed(projectId, made.to(), made.on()));
  }

  /** The project's recorded moves, where the current user may see it. */
  @Transactional(readOnly = true)
  public List<ProjectMove> moves(long projectId) {
    registers.requireVisible(REGISTER, projectId);
    return store.moves(projectId);
  }

  private ProjectStages.Move apply(long projectId, String action, Step step) {
    LvzhiUser user = CurrentUser.requirePermission(MOVE);
    registers.requireVisible(REGISTER, projectId);
    InvestmentProject project =
        store.find(projectId).orElseThrow(() -> new RecordNotFoundException(REGISTER, projectId));
    Stage stageBefore = project.stage();
    Amount contractBefore = project.contract();
    boolean viaPlatformBefore = project.signedViaPlatform();
    ProjectStages.Move made =
        step.apply(project, LocalDate.now(clock), store.previousDate(projectId));
    store.save(project);
    store.recordMove(projectId, made, user.username());
    List<Change> changes = new ArrayList<>();
    changes.add(new Change("project.stage", label(stageBefore), label(made.to())));
    changes.add(new Change("project.movedOn", null, made.on().toString()));
    if (!Objects.equals(contractBefore, project.contract())) {
      changes.add(
          new Change(
              "project.contractAmount",
              contractBefore == null ? null : contractBefore.display(Locale.SIMPLIFIED_CHINESE),
              project.contract().display(Locale.SIMPLIFIED_CHINESE)));
    }
    boolean viaPlatform = project.signedViaPlatform();
    if (made.signing() != null && made.signing().first() || viaPlatformBefore != viaPlatform) {
      // A signing always says how it was signed; the old value only where it differed.
      changes.add(
          new Change(
              "project.signedViaPlatform",
              viaPlatformBefore == viaPlatform ? null : yesNo(viaPlatformBefore),
              yesNo(viaPlatform)));
    }
    history.record(RECORD_TYPE, projectId, action, changes);
    return made;
  }

  /** History keeps what people read, in Chinese (ADR 3). */
  private String label(Stage stage) {
    return stage == null
        ? null
        : messages.getMessage(
            "stage." + stage.name(), null, stage.name(), Locale.SIMPLIFIED_CHINESE);
  }

  private String yesNo(boolean value) {
    return messages.getMessage(value ? "common.yes" : "common.no", null, Locale.SIMPLIFIED_CHINESE);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
