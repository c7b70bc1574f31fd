package org.lvzhi.report;

import java.util.List;

/**
 * A section of the report's templates: a heading (blank for the lead paragraph) and its sentence
 * templates in order.
 */
public record TemplateSection(
    long id, int position, String heading, int version, List<Line> lines) {

  public static final int HEADING_LENGTH = 100;

  public TemplateSection {
    lines = List.copyOf(lines);
  }

  /** A sentence template of a section. */
  public record Line(long id, int position, String text, int version) {

    public static final int TEXT_LENGTH = 2000;
  }
}
