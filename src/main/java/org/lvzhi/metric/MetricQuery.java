package org.lvzhi.metric;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.system.CurrentUser;

/**
 * One committee's figures (ADR 7: a metric counts one committee's records; a roll-up sums
 * committees), for a period (both days included, Asia/Shanghai dates) and filters. A filter's value
 * may list several values separated by commas ({@code
 * category=INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION}).
 */
public record MetricQuery(
    long committeeId, LocalDate from, LocalDate to, Map<String, String> filters) {

  /** The first and last days a period may name: years 1 to 9999, as dates are stored. */
  public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  /** Whether a day lies where a period may name it ({@link #EARLIEST} to {@link #LATEST}). */
  public static boolean supports(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
  }

  public MetricQuery {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a metric needs a period with from <= to");
    }
    filters = Map.copyOf(filters);
  }

  /** The figures of the committee the signed-in user works in. */
  public static MetricQuery inWorkingCommittee(
      LocalDate from, LocalDate to, Map<String, String> filters) {
    long committee =
        CurrentUser.committeeId()
            .orElseThrow(() -> new IllegalStateException("metrics are counted for one committee"));
    return new MetricQuery(committee, from, to, filters);
  }

  public static MetricQuery year(long committeeId, int year, Map<String, String> filters) {
    return new MetricQuery(
        committeeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), filters);
  }

  /** The same question about another committee. */
  public MetricQuery in(long committee) {
    return new MetricQuery(committee, from, to, filters);
  }

  /** The filter's values, or empty when not given. */
  public List<String> values(String filter) {
    String value = filters.get(filter);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public boolean flag(String filter) {
    return "true".equalsIgnoreCase(filters.get(filter));
  }
}
