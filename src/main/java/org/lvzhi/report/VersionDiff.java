package org.lvzhi.report;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Two versions of a report side by side (java-diff-utils): a row per block, unchanged, added,
 * removed or changed, a changed one with the characters that changed marked (Chinese has no spaces
 * between words, so the comparison within a line is by character). Headings are shown in 【】 so a
 * heading changed into a paragraph shows too.
 */
public record VersionDiff(List<Row> rows) {

  private static final String START = "\u0001";
  private static final String END = "\u0002";

  /** How a row changed. */
  public enum Kind {
    EQUAL,
    INSERT,
    DELETE,
    CHANGE
  }

  /** A run of text, marked where it changed. */
  public record Segment(String text, boolean changed) {}

  /** A block of the older version beside the same block of the newer. */
  public record Row(Kind kind, List<Segment> before, List<Segment> after) {}

  public boolean unchanged() {
    return rows.stream().allMatch(r -> r.kind() == Kind.EQUAL);
  }

  static VersionDiff between(ReportText older, ReportText newer) {
    List<String> before = new ArrayList<>();
    before.add("【" + older.title() + "】");
    before.addAll(older.lines());
    List<String> after = new ArrayList<>();
    after.add("【" + newer.title() + "】");
    after.addAll(newer.lines());
    DiffRowGenerator generator =
        DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(false)
            .lineNormalizer(Function.identity())
            .oldTag(open -> open ? START : END)
            .newTag(open -> open ? START : END)
            .build();
    List<Row> rows = new ArrayList<>();
    for (DiffRow row : generator.generateDiffRows(before, after)) {
      rows.add(
          new Row(
              Kind.valueOf(row.getTag().name()),
              segments(row.getOldLine()),
              segments(row.getNewLine())));
    }
    return new VersionDiff(rows);
  }

  private static List<Segment> segments(String marked) {
    List<Segment> segments = new ArrayList<>();
    boolean changed = false;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < marked.length(); i++) {
      String c = marked.substring(i, i + 1);
      if (c.equals(START) || c.equals(END)) {
        if (!run.isEmpty()) {
          segments.add(new Segment(run.toString(), changed));
          run.setLength(0);
        }
        changed = c.equals(START);
      } else {
        run.append(c);
      }
    }
    if (!run.isEmpty()) {
      segments.add(new Segment(run.toString(), changed));
    }
    return segments;
  }
}
