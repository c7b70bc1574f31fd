package org.lvzhi.investment.web;

import java.util.List;
import java.util.function.Function;

/** What the investment pages and panels show. Public records: the templates read them. */
public final class InvestmentViews {

  private InvestmentViews() {}

  /** The stage panel of a project. */
  public record StageView(
      long projectId,
      String stage,
      String stageLabel,
      String contract,
      boolean suspended,
      boolean signed,
      boolean canMove,
      List<Option> laterStages,
      List<MoveLine> moves,
      String today,
      String csrfParameter,
      String csrfToken,
      Function<String, String> t) {}

  /** A stage the project may move to. */
  public record Option(String value, String label) {}

  /** One recorded move. */
  public record MoveLine(
      String on, String from, String to, String note, String counted, String by) {}

  /** The shepherding panel of a project for a year. */
  public record ShepherdingView(
      long projectId,
      int year,
      String shepherds,
      String target,
      String completed,
      String completion,
      String elapsed,
      String flag,
      String flagLabel,
      List<LedgerLine> ledger,
      String chartMonths,
      String chartPlanned,
      String chartCompleted,
      List<MilestoneLine> milestones,
      boolean canEdit,
      String csrfParameter,
      String csrfToken,
      Function<String, String> t) {}

  /** A ledger month with the cumulative figures, in 万元. */
  public record LedgerLine(
      int month,
      String planned,
      String completed,
      String plannedToDate,
      String completedToDate,
      String ofTarget) {}

  /** A milestone. */
  public record MilestoneLine(
      long id, String name, String plannedOn, String doneOn, boolean overdue) {}

  /** The pipeline board: one column per stage. */
  public record Board(List<Column> columns, int year, String flag) {}

  /** A stage's column on the board, with how many projects it holds. */
  public record Column(String stage, String label, List<Card> cards) {

    public int count() {
      return cards.size();
    }
  }

  /**
   * A project on the board; {@code amountLabel} says which amount {@code amount} is (the contract
   * once signed, else the total investment).
   */
  public record Card(
      long id,
      String name,
      String investor,
      String amountLabel,
      String amount,
      String flag,
      String flagLabel) {}
}
