package org.lvzhi.target;

import java.util.Arrays;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a target measures: a metric of the catalogue and its filters ({@code
 * activity.count?category=INVESTMENT_OUTBOUND}). The filters are kept as one canonical text, names
 * in order, so two indicators asking the same question read the same.
 */
public record Indicator(String metric, Map<String, String> filters) {

  /** What a filter's name and value may hold: codes, ids and lists of them. */
  static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

  static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_,.\\-]{1,200}");

  public Indicator {
    filters = Map.copyOf(new TreeMap<>(filters));
  }

  /** The filters as {@code name=value&name=value}, names in order; empty without filters. */
  public String filtersText() {
    StringJoiner text = new StringJoiner("&");
    new TreeMap<>(filters).forEach((name, value) -> text.add(name + "=" + value));
    return text.toString();
  }

  /** The indicator read back from its stored text (what {@link #filtersText} wrote). */
  static Indicator parse(String metric, String filtersText) {
    Map<String, String> filters = new TreeMap<>();
    if (filtersText != null && !filtersText.isBlank()) {
      Arrays.stream(filtersText.split("&"))
          .map(pair -> pair.split("=", 2))
          .filter(pair -> pair.length == 2)
          .forEach(pair -> filters.put(pair[0], pair[1]));
    }
    return new Indicator(metric, filters);
  }

  @Override
  public String toString() {
    String text = filtersText();
    return text.isEmpty() ? metric : metric + "?" + text;
  }
}
