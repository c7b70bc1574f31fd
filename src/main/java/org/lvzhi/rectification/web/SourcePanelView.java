package org.lvzhi.rectification.web;

import java.util.List;
import java.util.function.Function;
import org.lvzhi.rectification.RectificationStatus;

/**
 * What the panel on a source record's page shows: the record's problems and, for those who may, the
 * form to raise one ({@code sourceRegister} is the register whose page it is).
 */
public record SourcePanelView(
    String sourceType,
    long sourceId,
    String sourceRegister,
    List<Line> lines,
    boolean canRaise,
    String csrfParameter,
    String csrfToken,
    Function<String, String> labels) {

  /** One problem. */
  public record Line(
      long id,
      String title,
      String href,
      String status,
      String statusLabel,
      String unitName,
      String dueOn,
      boolean overdue) {

    public String badge() {
      return RectificationBadges.of(status);
    }
  }

  public String t(String key) {
    return labels.apply(key);
  }

  public long open() {
    return lines.stream()
        .filter(line -> !RectificationStatus.VERIFIED.name().equals(line.status()))
        .count();
  }

  public long overdue() {
    return lines.stream().filter(Line::overdue).count();
  }
}
