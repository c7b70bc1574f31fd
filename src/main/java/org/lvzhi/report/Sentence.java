package org.lvzhi.report;

import java.util.List;
import java.util.Map;

/**
 * A sentence template as parsed ({@link SentenceParser}): text, placeholders for figures, and
 * clauses in square brackets that are left out when one of their figures is zero. The whole
 * sentence is left out when its first figure (its primary one) is zero or cannot be computed.
 */
record Sentence(List<Part> parts) {

  /** A piece of a sentence. */
  sealed interface Part {}

  /** Text written as it stands. */
  record Text(String text) implements Part {}

  /**
   * A figure: the metric's value for the report's period with the filters, written in the format;
   * with {@code of} the metric's value as a percentage of that other metric's (same filters).
   */
  record Placeholder(String metric, Map<String, String> filters, String of, FigureFormat format)
      implements Part {}

  /** Text with figures left out as a whole when one of its own figures is zero. */
  record Clause(List<Part> parts) implements Part {}

  static Sentence parse(String text) {
    return new SentenceParser(text).sentence();
  }

  /** Every placeholder in reading order, those in clauses included. */
  List<Placeholder> placeholders() {
    java.util.ArrayList<Placeholder> all = new java.util.ArrayList<>();
    collect(parts, all);
    return all;
  }

  private static void collect(List<Part> parts, List<Placeholder> into) {
    for (Part part : parts) {
      if (part instanceof Placeholder p) {
        into.add(p);
      } else if (part instanceof Clause c) {
        collect(c.parts(), into);
      }
    }
  }

  /** A template that does not follow the syntax: a message key and its arguments. */
  static final class SyntaxError extends RuntimeException {
    final String key;
    final transient Object[] args;

    SyntaxError(String key, Object... args) {
      super(key);
      this.key = key;
      this.args = args;
    }
  }
}
