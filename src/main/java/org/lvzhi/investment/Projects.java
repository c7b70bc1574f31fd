package org.lvzhi.investment;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stage moves of investment projects: advance, sign, increase the contract, suspend, resume.
 * Each is dated by the clerk, recorded as a move (which the counting reads) and in history.
 */
@Service
public class Projects {

  static final String MOVE = "investment:move";
  static final String RECORD_TYPE = "investment_project";
  private final ProjectStore store;
  private final History history;
  private final org.lvzhi.register.Registers registers;
  private final org.springframework.context.MessageSource messages;
  private final java.time.Clock clock;

  Projects(ProjectStore store, History history, org.lvzhi.register.Registers registers,
      org.springframework.context.MessageSource messages, java.time.Clock clock) {
    this.store = store;
    this.history = history;
    this.registers = registers;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  public void advance(long projectId, Stage to, LocalDate on, String note) {
    apply(projectId, "ADVANCE", state -> state.stages().advance(to, on, blankToNull(note)));
  }

  @Transactional
  public void sign(long projectId, Amount amount, LocalDate on, boolean viaPlatform) {
    apply(projectId, "SIGN", state -> state.stages().sign(amount, on));
    store.markSignedViaPlatform(projectId, viaPlatform);
  }

  @Transactional
  public void increaseContract(long projectId, Amount newTotal, LocalDate on) {
    apply(projectId, "INCREASE", state -> state.stages().increaseContract(newTotal, on));
  }

  @Transactional
  public void suspend(long projectId, String reason, LocalDate on) {
    apply(projectId, "SUSPEND", state -> state.stages().suspend(reason, on));
  }

  @Transactional
  public void resume(long projectId, LocalDate on) {
    apply(projectId, "RESUME", state -> state.stages().resume(on));
  }

  @Transactional(readOnly = true)
  List<ProjectStore.MoveRow> moves(long projectId) {
    visible(projectId);
    return store.moves(projectId);
  }

  /** The project, where the current user may see it (404 otherwise). */
  void visible(long projectId) {
    registers.read("investment-projects", projectId);
  }

  private void apply(long projectId, String action,
      java.util.function.Function<ProjectStore.StageState, ProjectStages.Move> move) {
    LvzhiUser user = CurrentUser.requirePermission(MOVE);
    visible(projectId);
    ProjectStore.StageState state = store.stageState(projectId)
        .orElseThrow(() -> new RecordNotFoundException("project", projectId));
    Stage before = state.stages().stage();
    ProjectStages.Move made = move.apply(state);
    if (made.on().isAfter(LocalDate.now(clock))) {
      throw new IllegalStageMoveException("日期不能晚于今天。");
    }
    LocalDate previous = store.previousDate(projectId);
    if (made.on().isBefore(previous)) {
      throw new IllegalStageMoveException("日期不能早于上一次进度或线索登记日期（" + previous + "）。");
    }
    store.save(state);
    store.recordMove(projectId, made, user.username());
    history.record(RECORD_TYPE, projectId, action, List.of(
        new Change("project.stage", label(before), label(made.to())),
        new Change("project.movedOn", null, made.on().toString())));
  }

  /** History keeps what people read, in Chinese (ADR 3). */
  private String label(Stage stage) {
    return stage == null ? null
        : messages.getMessage("stage." + stage.name(), null, stage.name(), java.util.Locale.SIMPLIFIED_CHINESE);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
