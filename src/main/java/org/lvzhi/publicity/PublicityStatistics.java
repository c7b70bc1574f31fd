package org.lvzhi.publicity;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's articles by tier and month, with totals: the selection of the metric {@code
 * publicity.articles} (the same committee, dates and tiers), so the table and the catalogue agree.
 */
@Component
public class PublicityStatistics {

  /** The year's table: a line per tier, then the totals line. */
  public record Table(int year, List<Line> lines, Line total) {}

  /**
   * One line: the tier's code (null on the totals line), its name, the articles of each month
   * (January first), the year's sum, and the list of those articles.
   */
  public record Line(String tier, String name, List<Long> months, long total, String href) {}

  private final JdbcClient jdbc;
  private final Spreadsheets spreadsheets;

  PublicityStatistics(JdbcClient jdbc, Spreadsheets spreadsheets) {
    this.jdbc = jdbc;
    this.spreadsheets = spreadsheets;
  }

  @Transactional(readOnly = true)
  public Table of(int year) {
    CurrentUser.requirePermission(PublicityAccess.STATISTICS);
    MetricQuery query = MetricQuery.year(committee(), year, Map.of());
    PublicityMetrics.Selection selection = PublicityMetrics.Selection.of(query);
    Map<PublicityCodes.Tier, long[]> counts = new EnumMap<>(PublicityCodes.Tier.class);
    for (PublicityCodes.Tier tier : PublicityCodes.Tier.values()) {
      counts.put(tier, new long[12]);
    }
    jdbc.sql(
            "select o.tier, extract(month from t.published_on), count(*) from publicity_article t"
                + " join publicity_outlet o on o.id = t.outlet_id where "
                + selection.where()
                + " group by o.tier, extract(month from t.published_on)")
        .params(selection.params())
        .query(
            rs -> {
              counts.get(PublicityCodes.Tier.valueOf(rs.getString(1)))[rs.getInt(2) - 1] =
                  rs.getLong(3);
            });
    List<Line> lines = new ArrayList<>();
    long[] sums = new long[12];
    counts.forEach(
        (tier, months) -> {
          IntStream.range(0, 12).forEach(m -> sums[m] += months[m]);
          lines.add(line(tier.name(), Texts.of("publicity.tier." + tier), months, year));
        });
    return new Table(year, lines, line(null, Texts.of("publicity.statistics.total"), sums, year));
  }

  /** The table as a sheet: the tier, twelve months, the total. */
  public void writeXlsx(Table table, OutputStream out) throws IOException {
    List<String> headers = new ArrayList<>();
    headers.add(Texts.of("publicity.tier"));
    IntStream.rangeClosed(1, 12)
        .forEach(m -> headers.add(Texts.of("publicity.statistics.month", m)));
    headers.add(Texts.of("publicity.statistics.total"));
    List<Line> rows = new ArrayList<>(table.lines());
    rows.add(table.total());
    spreadsheets.writeXlsx(
        out,
        Texts.of("publicity.statistics.title"),
        headers,
        rows.stream()
            .map(
                line -> {
                  List<Object> cells = new ArrayList<>();
                  cells.add(line.name());
                  cells.addAll(line.months());
                  cells.add(line.total());
                  return cells;
                }));
  }

  private static Line line(String tier, String name, long[] months, int year) {
    String href =
        "/registry/"
            + PublicityRegisters.ARTICLES
            + "?"
            + (tier == null ? "" : "f_tier=" + tier + "&")
            + "f_publishedOn.from="
            + LocalDate.of(year, 1, 1)
            + "&f_publishedOn.to="
            + LocalDate.of(year, 12, 31);
    return new Line(
        tier,
        name,
        java.util.Arrays.stream(months).boxed().toList(),
        java.util.Arrays.stream(months).sum(),
        href);
  }

  private static long committee() {
    return CurrentUser.committeeId()
        .orElseThrow(() -> new IllegalStateException("statistics are counted for one committee"));
  }
}
