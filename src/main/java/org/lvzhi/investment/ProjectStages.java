package org.lvzhi.investment;

import java.time.LocalDate;
import org.lvzhi.shared.Amount;

/**
 * A project's stage and contract, and the moves they allow: forward to any later stage (a project
 * may register and land on one day), never back; signing is its own move with amount and date, and
 * no stage beyond it is reached unsigned; suspension from any stage (with a reason) and resumption
 * to where it stopped. The contract counts once, at its first signing; a later increase counts only
 * the increase; a suspended project keeps what it counted.
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
    this.stage = stage;
    this.stoppedAt = stoppedAt;
    this.contract = contract;
  }

  static ProjectStages newLead() {
    return new ProjectStages(Stage.LEAD, null, null);
  }

  Move advance(Stage to, LocalDate on, String note) {
    requireDate(on);
    if (stage == Stage.SUSPENDED) {
      throw new IllegalStageMoveException("项目已暂停，请先恢复再推进。");
    }
    if (to == Stage.SUSPENDED || to == Stage.SIGNED) {
      throw new IllegalStageMoveException(to == Stage.SIGNED ? "签约须登记签约金额和日期。" : "暂停须写明原因。");
    }
    if (!to.isAfter(stage)) {
      throw new IllegalStageMoveException("项目只能向后推进，不能退回或停在原阶段。");
    }
    if (to.isAfter(Stage.SIGNED) && contract == null) {
      throw new IllegalStageMoveException("项目尚未签约，不能推进到签约之后的阶段。");
    }
    return moveTo(to, on, note, null);
  }

  /** The first signing: from any stage before SIGNED. */
  Move sign(Amount amount, LocalDate on) {
    requireDate(on);
    requirePositive(amount);
    if (stage == Stage.SUSPENDED) {
      throw new IllegalStageMoveException("项目已暂停，请先恢复再签约。");
    }
    if (contract != null) {
      throw new IllegalStageMoveException("项目已签约；合同金额增加请登记为增资。");
    }
    contract = amount;
    return moveTo(Stage.SIGNED, on, null, new Signing(on, amount, true));
  }

  /** A later contract raising the amount: only the increase counts. */
  Move increaseContract(Amount newTotal, LocalDate on) {
    requireDate(on);
    if (stage == Stage.SUSPENDED) {
      throw new IllegalStageMoveException("项目已暂停，请先恢复再增资。");
    }
    if (contract == null) {
      throw new IllegalStageMoveException("项目尚未签约，请先登记签约。");
    }
    if (newTotal.compareTo(contract) <= 0) {
      throw new IllegalStageMoveException("新的合同金额须大于原合同金额 " + contract.display() + "。");
    }
    Amount increase = newTotal.minus(contract);
    contract = newTotal;
    return new Move(stage, stage, on, "增资 " + increase.display(), new Signing(on, increase, false));
  }

  Move suspend(String reason, LocalDate on) {
    requireDate(on);
    if (reason == null || reason.isBlank()) {
      throw new IllegalStageMoveException("暂停须写明原因。");
    }
    if (stage == Stage.SUSPENDED) {
      throw new IllegalStageMoveException("项目已经暂停。");
    }
    stoppedAt = stage;
    return moveTo(Stage.SUSPENDED, on, reason.trim(), null);
  }

  Move resume(LocalDate on) {
    requireDate(on);
    if (stage != Stage.SUSPENDED) {
      throw new IllegalStageMoveException("项目没有暂停，无需恢复。");
    }
    Stage back = stoppedAt;
    stoppedAt = null;
    return moveTo(back, on, null, null);
  }

  private Move moveTo(Stage to, LocalDate on, String note, Signing signing) {
    Move move = new Move(stage, to, on, note, signing);
    stage = to;
    return move;
  }

  private static void requireDate(LocalDate on) {
    if (on == null) {
      throw new IllegalStageMoveException("请填写日期。");
    }
  }

  private static void requirePositive(Amount amount) {
    if (amount == null || amount.yuan().signum() <= 0) {
      throw new IllegalStageMoveException("签约金额须大于零。");
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
