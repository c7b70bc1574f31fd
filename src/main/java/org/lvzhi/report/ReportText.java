package org.lvzhi.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report's text: its title and its blocks in order, each a heading or a paragraph, and the
 * figures that the generation wrote into each paragraph (by the block's index).
 */
public record ReportText(String title, List<Block> blocks) {

  /** Longest text of one block, and most blocks a report has. */
  public static final int BLOCK_LENGTH = 4000;

  public static final int MOST_BLOCKS = 200;

  public ReportText {
    blocks = List.copyOf(blocks);
  }

  /** A heading (numbered on export: 一、二、…) or a body paragraph. */
  public record Block(boolean heading, String text) {}

  /**
   * A figure the generation wrote: in which block, from which metric with which filters (and, for a
   * share, of which other metric), as written.
   */
  public record Figure(
      int block, String metric, Map<String, String> filters, String of, String shown) {

    public Figure {
      filters = Map.copyOf(filters);
    }

    /** The filters as a template writes them: {@code category=A,B|ledByPartyGroup=true}. */
    public String filterText() {
      return filters.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("|"));
    }

    static Map<String, String> parseFilters(String text) {
      Map<String, String> filters = new java.util.LinkedHashMap<>();
      if (text != null && !text.isBlank()) {
        for (String pair : text.split("\\|")) {
          int equals = pair.indexOf('=');
          filters.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
      return filters;
    }
  }

  /** The text as lines, a heading marked by its number place: what a version comparison reads. */
  List<String> lines() {
    return blocks.stream().map(b -> b.heading() ? "【" + b.text() + "】" : b.text()).toList();
  }
}
