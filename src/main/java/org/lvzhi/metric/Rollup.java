package org.lvzhi.metric;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.organisation.Committees;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll-up (ADR 7): every metric of the catalogue, without filters, for the committee the
 * signed-in user works in and each committee below it, side by side, with the total over them. Each
 * committee's value is its own query ({@link MetricQuery#in}); the total is made from those values,
 * never from one query over several committees' records. A total is the sum of the values, except
 * where a sum would be wrong: a metric that counts distinct named things (provinces visited) totals
 * the distinct names, and a rate (unit {@code %}) has no total.
 */
@Service
public class Rollup {

  /** The permission to read the roll-up. */
  public static final String PERMISSION = "metric:rollup";

  /** The period of a roll-up, both days included. */
  public record Period(LocalDate from, LocalDate to) {}

  /** A committee's column: how deep it sits below the working committee (0 = itself). */
  public record Column(long id, String name, int depth) {

    /** The name marked by its depth, for a header or cell that is one line of text. */
    public String indentedName() {
      return depth == 0 ? name : "\u00a0\u00a0".repeat(depth - 1) + "\u2514\u00a0" + name;
    }
  }

  /**
   * A metric's line: its name, label in the reader's language, unit code, the value per committee
   * id (in the columns' order) and the total, null where a total would mean nothing (a rate).
   */
  public record Line(
      String name, String label, String unit, Map<Long, BigDecimal> values, BigDecimal total) {

    /** The label with the unit in the reader's language: 活动次数（次）. */
    public String heading() {
      return Texts.of("metric.rollup.labelWithUnit", label, unitText(unit));
    }
  }

  /** The roll-up of a period: its committees (the working one first) and a line per metric. */
  public record Table(Period period, List<Column> committees, List<Line> rows) {}

  private final MetricCatalogue catalogue;
  private final Committees committees;
  private final Spreadsheets spreadsheets;
  private final Clock clock;

  Rollup(MetricCatalogue catalogue, Committees committees, Spreadsheets spreadsheets, Clock clock) {
    this.catalogue = catalogue;
    this.committees = committees;
    this.spreadsheets = spreadsheets;
    this.clock = clock;
  }

  /**
   * The period asked for, an end left out being this calendar year's; refuses (400) an end before
   * the start, and a day outside years 1 to 9999.
   */
  public Period period(LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock);
    LocalDate start = from == null ? today.withDayOfYear(1) : from;
    LocalDate end = to == null ? today.withMonth(12).withDayOfMonth(31) : to;
    if (!MetricQuery.supports(start) || !MetricQuery.supports(end)) {
      throw new InvalidInputException(
          Map.of(
              MetricQuery.supports(start) ? "to" : "from", Texts.of("metric.rollup.invalidDate")));
    }
    if (end.isBefore(start)) {
      throw new InvalidInputException(Map.of("to", Texts.of("metric.endBeforeStart")));
    }
    return new Period(start, end);
  }

  /** The roll-up for the working committee's subtree; refuses (403) without the permission. */
  @Transactional(readOnly = true)
  public Table of(Period period) {
    CurrentUser.requirePermission(PERMISSION);
    long working =
        CurrentUser.committeeId()
            .orElseThrow(() -> new IllegalStateException("a roll-up starts from one committee"));
    List<Column> columns =
        committees.subtree(working).stream()
            .map(node -> new Column(node.id(), node.name(), node.depth()))
            .toList();
    MetricQuery query = new MetricQuery(working, period.from(), period.to(), Map.of());
    List<Line> lines = new ArrayList<>();
    for (Metric metric : catalogue.all()) {
      Map<Long, BigDecimal> values = new LinkedHashMap<>();
      Set<String> names = new LinkedHashSet<>();
      boolean named = false;
      for (Column column : columns) {
        MetricResult result = metric.compute(query.in(column.id()));
        values.put(column.id(), result.value());
        names.addAll(result.names());
        named |= !result.names().isEmpty();
      }
      lines.add(
          new Line(
              metric.name(),
              Texts.of(metric.labelKey()),
              metric.unit(),
              values,
              total(metric.unit(), values, named ? names : null)));
    }
    return new Table(period, columns, lines);
  }

  /** The table as an .xlsx: a header row (metric, each committee, total), a row per metric. */
  public void writeXlsx(Table table, OutputStream out) throws IOException {
    List<String> headers = new ArrayList<>();
    headers.add(Texts.of("metric.rollup.metric"));
    table.committees().forEach(column -> headers.add(column.indentedName()));
    headers.add(Texts.of("metric.rollup.total"));
    spreadsheets.writeXlsx(
        out,
        Texts.of("metric.rollup.title"),
        headers,
        table.rows().stream()
            .map(
                line -> {
                  List<Object> cells = new ArrayList<>();
                  cells.add(line.heading());
                  cells.addAll(line.values().values());
                  cells.add(line.total());
                  return cells;
                }));
  }

  /** The unit's name in the reader's language; the code itself where it has none. */
  public static String unitText(String unit) {
    return Texts.of("metric.unit." + unit);
  }

  /** A value as the page shows it: exact, without trailing zeros; a dash for no value. */
  public static String shown(BigDecimal value) {
    return value == null ? "\u2014" : value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal total(
      String unit, Map<Long, BigDecimal> values, Set<String> distinctNames) {
    if (unit.equals("%")) {
      return null;
    }
    if (distinctNames != null) {
      return BigDecimal.valueOf(distinctNames.size());
    }
    return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
