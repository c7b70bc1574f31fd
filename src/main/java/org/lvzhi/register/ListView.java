package org.lvzhi.register;

import java.util.List;
import org.lvzhi.shared.PageResult;

/** A register's list page: what the template shows, already in the user's language. */
public record ListView(
    String type,
    String title,
    List<Column> columns,
    List<Line> lines,
    List<Filter> filters,
    String q,
    PageResult<Line> page,
    boolean canCreate,
    boolean canExport,
    boolean canImport,
    String exportHref,
    List<PageLink> pageLinks) {

  /** A column header; {@code sortHref} null where the column does not sort. */
  public record Column(String label, String sortHref, String sortMark) {}

  /** One record in the list. */
  public record Line(long id, String href, List<String> cells) {}

  /** A filter: a select box, or (kind "range") two dates whose values are the first two options. */
  public record Filter(String param, String label, List<Option> options, String kind) {

    public String from() {
      return options.get(0).value();
    }

    public String to() {
      return options.get(1).value();
    }
  }

  /** An option of a select box. */
  public record Option(String value, String label, boolean selected) {}

  /** A link in the pager; href null for the current page. */
  public record PageLink(String label, String href) {}

  /** Whether any filter is set, so the filters stay open on a phone. */
  public boolean filtering() {
    return filters.stream()
        .anyMatch(f -> f.options().stream().anyMatch(o -> o.selected() && !o.value().isEmpty()));
  }

  /**
   * The CSV/Excel-free way to say which query string the list holds: for links to other views of
   * it.
   */
  public String query() {
    return exportHref.contains("?") ? exportHref.substring(exportHref.indexOf('?') + 1) : "";
  }

  public String base() {
    return "/registry/" + type;
  }
}
