package org.lvzhi.register;

import java.time.LocalDate;
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
        Math.min(MAX_PAGE, Math.max(1, number(one(parameters, "page"), 1))),
        Math.min(MAX_SIZE, Math.max(1, number(one(parameters, "size"), DEFAULT_SIZE))));
  }

  /** The highest page number accepted: beyond it no register has rows, and offsets stay small. */
  static final int MAX_PAGE = 1_000_000;

  /**
   * The API's list and export refuse what they cannot honour instead of ignoring it: a filter or
   * sort the type does not have, a filter value that is not one of its values (a choice's codes, a
   * date from 1900 to 2100, a number), a direction other than asc and desc, a page or size that is
   * not a number in range. Each problem is named by its parameter; empty when there is none.
   */
  static Map<String, String> problems(
      RecordType type,
      Map<String, String[]> parameters,
      java.util.function.BiFunction<String, Object[], String> messages) {
    Map<String, String> problems = new java.util.TreeMap<>();
    java.util.function.Function<java.util.function.Predicate<Field>, String> names =
        test -> String.join(", ", type.fields.stream().filter(test).map(f -> f.name).toList());
    parameters.forEach(
        (name, values) -> {
          String value = values.length == 0 ? "" : values[0];
          if (name.startsWith("f_")) {
            String filter = name.substring(2);
            boolean range = filter.endsWith(".from") || filter.endsWith(".to");
            String fieldName = range ? filter.substring(0, filter.lastIndexOf('.')) : filter;
            java.util.Optional<Field> field =
                type.field(fieldName)
                    .filter(f -> f.filterable)
                    .filter(
                        f -> !range || f.type == Field.Type.DATE || f.type == Field.Type.DATETIME);
            if (field.isEmpty()) {
              problems.put(
                  name,
                  messages.apply(
                      "validation.unknownFilter",
                      new Object[] {name, names.apply(f -> f.filterable)}));
            } else if (!value.isBlank()) {
              String problem = valueProblem(field.get(), range, value.trim());
              if (problem != null) {
                Object[] args =
                    problem.equals("validation.filterChoice")
                        ? new Object[] {name, value, String.join(", ", field.get().choices)}
                        : new Object[] {name, value};
                problems.put(name, messages.apply(problem, args));
              }
            }
          }
        });
    String sort = one(parameters, "sort");
    if (sort != null
        && !sort.isBlank()
        && type.field(sort).filter(f -> f.sortable && f.stored()).isEmpty()) {
      problems.put(
          "sort",
          messages.apply(
              "validation.unknownFilter",
              new Object[] {sort, names.apply(f -> f.sortable && f.stored())}));
    }
    String dir = one(parameters, "dir");
    if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
      problems.put(
          "dir", messages.apply("validation.filterChoice", new Object[] {"dir", dir, "asc, desc"}));
    }
    checkNumber(parameters, "page", 1, MAX_PAGE, problems, messages);
    checkNumber(parameters, "size", 1, MAX_SIZE, problems, messages);
    return problems;
  }

  /** The message key of what is wrong with a filter's value, or null. */
  private static String valueProblem(Field field, boolean range, String value) {
    try {
      if (range || field.type == Field.Type.DATE) {
        int year = LocalDate.parse(value).getYear();
        return year < FieldValues.FIRST_YEAR || year > FieldValues.LAST_YEAR
            ? "validation.malformed"
            : null;
      }
      return switch (field.type) {
        case BOOLEAN ->
            value.equals("true") || value.equals("false") ? null : "validation.malformed";
        case REFERENCE, REFERENCES -> {
          Long.parseLong(value);
          yield null;
        }
        case INTEGER -> {
          Integer.parseInt(value);
          yield null;
        }
        case CHOICE, CHOICES -> field.choices.contains(value) ? null : "validation.filterChoice";
        default -> null;
      };
    } catch (RuntimeException e) {
      return "validation.malformed";
    }
  }

  private static void checkNumber(
      Map<String, String[]> parameters,
      String name,
      int min,
      int max,
      Map<String, String> problems,
      java.util.function.BiFunction<String, Object[], String> messages) {
    String text = one(parameters, name);
    if (text == null || text.isBlank()) {
      return;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value < min || value > max) {
        problems.put(name, messages.apply("validation.range", new Object[] {name, min, max}));
      }
    } catch (NumberFormatException e) {
      problems.put(name, messages.apply("validation.malformed", new Object[] {name, text}));
    }
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
