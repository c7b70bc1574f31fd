package org.lvzhi.metric;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The address of the page listing the records behind a figure: metric, period and filters. */
public final class MetricLinks {

  private MetricLinks() {}

  public static String records(
      String metric, LocalDate from, LocalDate to, Map<String, String> filters) {
    StringBuilder href =
        new StringBuilder("/metrics/records?metric=")
            .append(encode(metric))
            .append("&from=")
            .append(from)
            .append("&to=")
            .append(to);
    new TreeMap<>(filters)
        .forEach(
            (name, value) ->
                href.append("&f.").append(encode(name)).append('=').append(encode(value)));
    return href.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
