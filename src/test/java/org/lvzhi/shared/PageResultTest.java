package org.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageResultTest {

  private static PageResult<Integer> page(int page, int size, long total) {
    return new PageResult<>(List.of(), page, size, total);
  }

  @Test
  void countsWholePagesRoundingUpAndAnEmptyListHasOnePage() {
    assertThat(page(1, 10, 0).pages()).isEqualTo(1);
    assertThat(page(1, 10, 1).pages()).isEqualTo(1);
    assertThat(page(1, 10, 10).pages()).isEqualTo(1);
    assertThat(page(1, 10, 11).pages()).isEqualTo(2);
    assertThat(page(1, 20, 45).pages()).isEqualTo(3);
  }

  @Test
  void theFirstPageHasNoPreviousOneAndTheLastNoNextOne() {
    assertThat(page(1, 10, 25).hasPrevious()).isFalse();
    assertThat(page(2, 10, 25).hasPrevious()).isTrue();
    assertThat(page(1, 10, 25).hasNext()).isTrue();
    assertThat(page(2, 10, 25).hasNext()).isTrue();
    assertThat(page(3, 10, 25).hasNext()).isFalse();
    assertThat(page(1, 10, 0).hasNext()).isFalse();
  }

  @Test
  void mappingChangesTheRowsAndKeepsThePaging() {
    PageResult<String> mapped = new PageResult<>(List.of(1, 2), 3, 2, 6L).map(n -> "#" + n);
    assertThat(mapped).isEqualTo(new PageResult<>(List.of("#1", "#2"), 3, 2, 6L));
  }
}
