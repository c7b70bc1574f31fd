package org.lvzhi.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the rows, the page number (from 1), the page size and the total count. */
public record PageResult<T>(List<T> rows, int page, int size, long total) {

  public int pages() {
    return total == 0 ? 1 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }

  public <R> PageResult<R> map(Function<T, R> mapper) {
    return new PageResult<>(rows.stream().map(mapper).toList(), page, size, total);
  }
}
