package org.lvzhi.metric;

import java.math.BigDecimal;
import java.util.List;
import org.lvzhi.shared.PageResult;

/**
 * A metric's value, the names that go with it where the number counts distinct things (the
 * provinces visited), and links to the records behind it, so every figure can be traced. The value
 * is exact whatever page of the records is shown ({@link #sourcesPage}).
 */
public record MetricResult(BigDecimal value, List<String> names, List<Source> sources) {

  /** The most records one page of sources may hold. */
  public static final int MAX_PAGE_SIZE = 500;

  /** A record behind a number. */
  public record Source(String label, String href) {}

  public static MetricResult count(long count, List<Source> sources) {
    return new MetricResult(BigDecimal.valueOf(count), List.of(), sources);
  }

  /**
   * One page of the records behind the number (page from 1, size 1 to {@link #MAX_PAGE_SIZE}), with
   * their total; a page past the last is empty.
   */
  public PageResult<Source> sourcesPage(int page, int size) {
    if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
    long first = (long) (page - 1) * size;
    List<Source> rows =
        first >= sources.size()
            ? List.of()
            : sources.subList((int) first, (int) Math.min(sources.size(), first + size));
    return new PageResult<>(List.copyOf(rows), page, size, sources.size());
  }
}
