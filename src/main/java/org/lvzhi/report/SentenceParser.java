package org.lvzhi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser of the template syntax (ADR 14):
 *
 * <pre>
 * sentence    = { part }
 * part        = text | placeholder | clause
 * clause      = "[" { part } "]"
 * placeholder = "{" metric { "|" option } "}"
 * option      = filter "=" value { "," value } | "of=" metric | format
 * format      = "exact" | "余" | "万元" | "亿元" | "names" | "%"
 * text        = any character but { } [ ] \, each of which is written after a \ for itself
 * </pre>
 *
 * Positions in errors count characters from 1.
 */
final class SentenceParser {

  private static final String SPECIAL = "{}[]\\";
  private final String text;
  private int at;

  SentenceParser(String text) {
    this.text = text == null ? "" : text;
  }

  Sentence sentence() {
    List<Sentence.Part> parts = parts(false);
    return new Sentence(parts);
  }

  private List<Sentence.Part> parts(boolean inClause) {
    List<Sentence.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\\' && at + 1 < text.length() && SPECIAL.indexOf(text.charAt(at + 1)) >= 0) {
        literal.append(text.charAt(at + 1));
        at += 2;
      } else if (c == '{') {
        flush(literal, parts);
        parts.add(placeholder());
      } else if (c == '[') {
        flush(literal, parts);
        int start = at++;
        List<Sentence.Part> inner = parts(true);
        if (at >= text.length()) {
          throw new Sentence.SyntaxError("report.template.unclosedClause", start + 1);
        }
        at++;
        parts.add(new Sentence.Clause(inner));
      } else if (c == ']' && inClause) {
        break;
      } else if (c == ']' || c == '}') {
        throw new Sentence.SyntaxError("report.template.unexpected", String.valueOf(c), at + 1);
      } else {
        literal.append(c);
        at++;
      }
    }
    flush(literal, parts);
    return parts;
  }

  private static void flush(StringBuilder literal, List<Sentence.Part> parts) {
    if (!literal.isEmpty()) {
      parts.add(new Sentence.Text(literal.toString()));
      literal.setLength(0);
    }
  }

  private Sentence.Placeholder placeholder() {
    int start = at++;
    int close = text.indexOf('}', at);
    if (close < 0) {
      throw new Sentence.SyntaxError("report.template.unclosedPlaceholder", start + 1);
    }
    String inside = text.substring(at, close);
    if (inside.indexOf('{') >= 0 || inside.indexOf('[') >= 0 || inside.indexOf(']') >= 0) {
      throw new Sentence.SyntaxError("report.template.unclosedPlaceholder", start + 1);
    }
    at = close + 1;
    String[] pieces = inside.split("\\|", -1);
    String metric = pieces[0].strip();
    if (!metric.matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+")) {
      throw new Sentence.SyntaxError("report.template.badMetric", metric, start + 1);
    }
    Map<String, String> filters = new LinkedHashMap<>();
    String of = null;
    FigureFormat format = FigureFormat.PLAIN;
    for (int i = 1; i < pieces.length; i++) {
      String option = pieces[i].strip();
      int equals = option.indexOf('=');
      if (equals > 0) {
        String key = option.substring(0, equals).strip();
        String value = option.substring(equals + 1).strip();
        if (value.isEmpty() || !key.matches("[A-Za-z][A-Za-z0-9]*")) {
          throw new Sentence.SyntaxError("report.template.badOption", option, start + 1);
        }
        if (key.equals("of")) {
          of = value;
        } else if (filters.put(key, value) != null) {
          throw new Sentence.SyntaxError("report.template.twice", key, start + 1);
        }
      } else {
        FigureFormat named =
            FigureFormat.named(option)
                .orElseThrow(
                    () -> new Sentence.SyntaxError("report.template.badOption", option, start + 1));
        if (format != FigureFormat.PLAIN) {
          throw new Sentence.SyntaxError("report.template.twice", option, start + 1);
        }
        format = named;
      }
    }
    if (of != null && format == FigureFormat.PLAIN) {
      format = FigureFormat.PERCENT;
    }
    return new Sentence.Placeholder(metric, filters, of, format);
  }
}
