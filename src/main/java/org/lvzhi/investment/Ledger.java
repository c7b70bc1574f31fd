package org.lvzhi.investment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;

/**
 * A shepherded project's investment ledger for one year: planned and completed investment entered
 * month by month; the cumulative figures and the completion against the year's target are derived,
 * never typed.
 */
public final class Ledger {

  /** What was entered for a month (1–12). */
  public record Month(int month, Amount planned, Amount completed) {

    public Month {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month " + month);
      }
    }
  }

  /** A month with the year's cumulative figures to that month. */
  public record Row(
      int month,
      Amount planned,
      Amount completed,
      Amount plannedToDate,
      Amount completedToDate,
      Optional<Percent> ofTarget) {}

  private final Amount target;
  private final List<Month> months;

  Ledger(Amount target, List<Month> months) {
    this.target = target;
    this.months = months.stream().sorted(Comparator.comparingInt(Month::month)).toList();
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    Amount planned = Amount.ZERO;
    Amount completed = Amount.ZERO;
    for (Month month : months) {
      planned = planned.plus(month.planned());
      completed = completed.plus(month.completed());
      rows.add(
          new Row(
              month.month(),
              month.planned(),
              month.completed(),
              planned,
              completed,
              ofTarget(completed)));
    }
    return rows;
  }

  public Amount completed() {
    return months.stream().map(Month::completed).reduce(Amount.ZERO, Amount::plus);
  }

  public Amount planned() {
    return months.stream().map(Month::planned).reduce(Amount.ZERO, Amount::plus);
  }

  public Amount target() {
    return target;
  }

  public Optional<Percent> completion() {
    return ofTarget(completed());
  }

  private Optional<Percent> ofTarget(Amount completed) {
    return target == null ? Optional.empty() : Percent.of(completed, target);
  }

  /** Several projects' ledgers taken together: what they completed against what they were set. */
  static Optional<Percent> combined(List<Ledger> ledgers) {
    Amount completed = ledgers.stream().map(Ledger::completed).reduce(Amount.ZERO, Amount::plus);
    Amount target =
        ledgers.stream()
            .map(Ledger::target)
            .filter(t -> t != null)
            .reduce(Amount.ZERO, Amount::plus);
    return Percent.of(completed, target);
  }
}
