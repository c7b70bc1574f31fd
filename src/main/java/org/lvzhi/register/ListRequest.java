package org.lvzhi.register;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list's query string: {@code q} searches, {@code f_<field>} filters, {@code sort} and {@code
 * dir} order, {@code page} and {@code size} page. The same parameters drive the page, the API and
 * the export, so an export holds exactly what the list shows.
 */
final class ListRequest {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 200;

  private ListRequest() {}

  static RecordStore.Query from(Map<String, String[]> parameters) {
    Map<String, String> filters = new LinkedHashMap<>();
    parameters.forEach(
        (name, values) -> {
          if (name.startsWith("f_") && values.length > 0 && !values[0].isBlank()) {
            filters.put(name.substring(2), values[0]);
          }
        });
    return new RecordStore.Query(
        one(parameters, "q"),
        filters,
        one(parameters, "sort"),
        "desc".equals(one(parameters, "dir")),
        Math.max(1, number(one(parameters, "page"), 1)),
        Math.min(MAX_SIZE, Math.max(1, number(one(parameters, "size"), DEFAULT_SIZE))));
  }

  /** The same list's search, filters and order, without paging: what an export holds. */
  static String exportHref(String base, RecordStore.Query query) {
    Map<String, Object> params = criteria(query);
    params.remove("size");
    return uri(base, params);
  }

  /** The query string for the same list with some parameters changed. */
  static String href(String base, RecordStore.Query query, Map<String, Object> changes) {
    Map<String, Object> params = criteria(query);
    params.put("page", query.page());
    params.putAll(changes);
    return uri(base, params);
  }

  private static Map<String, Object> criteria(RecordStore.Query query) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.q() != null && !query.q().isBlank()) {
      params.put("q", query.q());
    }
    query.filters().forEach((name, value) -> params.put("f_" + name, value));
    if (query.sort() != null) {
      params.put("sort", query.sort());
      params.put("dir", query.descending() ? "desc" : "asc");
    }
    if (query.size() != DEFAULT_SIZE) {
      params.put("size", query.size());
    }
    return params;
  }

  private static String uri(String base, Map<String, Object> params) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(base);
    params.forEach(
        (name, value) -> {
          if (value != null) {
            builder.queryParam(name, value);
          }
        });
    return builder.encode().build().toUriString();
  }

  private static String one(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static int number(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
