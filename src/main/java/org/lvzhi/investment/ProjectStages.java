package org.lvzhi.investment;

import java.time.LocalDate;
import java.util.Objects;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/**
 * A project's stage and contract, and the moves they allow: forward to any later stage (a project
 * may register and land on one day), never back; signing is its own move with amount and date, and
 * no stage beyond it is reached unsigned; suspension from any stage (with a reason) and resumption
 * to where it stopped. The contract counts once, at its first signing; a later increase counts only
 * the increase; a suspended project keeps what it counted.
 *
 * <p>Every move is dated by the clerk: never after {@code today}, never before {@code previous}
 * (the project's latest move, or its lead date before any). A refused move changes nothing.
 */
final class ProjectStages {

  /** A stage move or a contract change, to be recorded and counted. */
  record Move(Stage from, Stage to, LocalDate on, String note, Signing signing) {}

  /** A signing counted for the year it happened in: the first contract, or an increase. */
  record Signing(LocalDate on, Amount counted, boolean first) {}

  private Stage stage;
  private Stage stoppedAt;
  private Amount contract;

  ProjectStages(Stage stage, Stage stoppedAt, Amount contract) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.stoppedAt = stoppedAt;
    this.contract = contract;
  }

  static ProjectStages newLead() {
    return new ProjectStages(Stage.LEAD, null, null);
  }

  /** How the note of an increase begins, before the amount ({@link ProjectMove#shownNote}). */
  static final String INCREASE_NOTE = "增资 ";

  /** What a move's note or reason may hold: the size of {@code project_move.note}. */
  static final int NOTE_LENGTH = 500;

  Move advance(Stage to, LocalDate on, String note, LocalDate today, LocalDate previous) {
    requireDate(on);
    InvalidInputException.refuseLongerThan("note", "stages.note", note, NOTE_LENGTH);
    if (to == null) {
      throw new IllegalMoveException("project.move.chooseStage");
    }
    if (stage == Stage.SUSPENDED) {
      throw new IllegalMoveException("project.move.suspendedAdvance");
    }
    if (to == Stage.SUSPENDED || to == Stage.SIGNED) {
      throw new IllegalMoveException(
          to == Stage.SIGNED ? "project.move.signNeedsAmount" : "project.move.reasonRequired");
    }
    if (!to.isAfter(stage)) {
      throw new IllegalMoveException("project.move.forwardOnly");
    }
    if (to.isAfter(Stage.SIGNED) && contract == null) {
      throw new IllegalMoveException("project.move.unsignedBeyond");
    }
    requireOrder(on, today, previous);
    return moveTo(to, on, note, null);
  }

  /** The first signing: from any stage before SIGNED. */
  Move sign(Amount amount, LocalDate on, LocalDate today, LocalDate previous) {
    requireDate(on);
    if (amount == null || amount.yuan().signum() <= 0) {
      throw new IllegalMoveException("project.move.amountPositive");
    }
    if (stage == Stage.SUSPENDED) {
      throw new IllegalMoveException("project.move.suspendedSign");
    }
    if (contract != null) {
      throw new IllegalMoveException("project.move.alreadySigned");
    }
    requireOrder(on, today, previous);
    contract = amount;
    return moveTo(Stage.SIGNED, on, null, new Signing(on, amount, true));
  }

  /** A later contract raising the amount: only the increase counts. */
  Move increaseContract(Amount newTotal, LocalDate on, LocalDate today, LocalDate previous) {
    requireDate(on);
    if (stage == Stage.SUSPENDED) {
      throw new IllegalMoveException("project.move.suspendedIncrease");
    }
    if (contract == null) {
      throw new IllegalMoveException("project.move.notSigned");
    }
    if (newTotal == null || newTotal.compareTo(contract) <= 0) {
      throw new IllegalMoveException("project.move.increaseLarger", contract.display());
    }
    requireOrder(on, today, previous);
    Amount increase = newTotal.minus(contract);
    contract = newTotal;
    // The note stays in Chinese, as history and the timeline record it (ADR 3).
    return new Move(
        stage,
        stage,
        on,
        INCREASE_NOTE + increase.display(java.util.Locale.SIMPLIFIED_CHINESE),
        new Signing(on, increase, false));
  }

  Move suspend(String reason, LocalDate on, LocalDate today, LocalDate previous) {
    requireDate(on);
    if (reason == null || reason.isBlank()) {
      throw new IllegalMoveException("project.move.reasonRequired");
    }
    InvalidInputException.refuseLongerThan("reason", "stages.reason", reason, NOTE_LENGTH);
    if (stage == Stage.SUSPENDED) {
      throw new IllegalMoveException("project.move.alreadySuspended");
    }
    requireOrder(on, today, previous);
    stoppedAt = stage;
    return moveTo(Stage.SUSPENDED, on, reason.trim(), null);
  }

  Move resume(LocalDate on, LocalDate today, LocalDate previous) {
    requireDate(on);
    if (stage != Stage.SUSPENDED) {
      throw new IllegalMoveException("project.move.notSuspended");
    }
    requireOrder(on, today, previous);
    Stage back = stoppedAt == null ? Stage.LEAD : stoppedAt;
    stoppedAt = null;
    return moveTo(back, on, null, null);
  }

  /**
   * The stages an advance may reach now: later ones, not signing or suspension, none beyond signing
   * unsigned.
   */
  java.util.List<Stage> advanceTargets() {
    if (stage == Stage.SUSPENDED) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(Stage.values())
        .filter(
            s ->
                s != Stage.SUSPENDED
                    && s != Stage.SIGNED
                    && s.isAfter(stage)
                    && (contract != null || !s.isAfter(Stage.SIGNED)))
        .toList();
  }

  private Move moveTo(Stage to, LocalDate on, String note, Signing signing) {
    Move move = new Move(stage, to, on, note, signing);
    stage = to;
    return move;
  }

  private static void requireDate(LocalDate on) {
    if (on == null) {
      throw new IllegalMoveException("project.move.dateRequired");
    }
  }

  /**
   * No move after today, none before the previous move (or the lead date). Today is the caller's
   * clock and must be given; a project with no previous date (none is recorded) has no lower bound.
   */
  private static void requireOrder(LocalDate on, LocalDate today, LocalDate previous) {
    Objects.requireNonNull(today, "today");
    if (on.isAfter(today)) {
      throw new IllegalMoveException("project.move.future");
    }
    if (previous != null && on.isBefore(previous)) {
      throw new IllegalMoveException("project.move.beforePrevious", previous.toString());
    }
  }

  Stage stage() {
    return stage;
  }

  Stage stoppedAt() {
    return stoppedAt;
  }

  Amount contract() {
    return contract;
  }
}
