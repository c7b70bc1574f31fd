package org.lvzhi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.shared.Percent;

/**
 * Fills the sections' sentence templates with one committee's figures for a period (ADR 14). A
 * sentence is left out when its first figure is zero or cannot be computed (its metric is gone, a
 * share of zero); a clause in brackets is left out when one of its own figures is; a section whose
 * sentences are all left out is left out with its heading. A section without a heading is a
 * paragraph of its own (the lead). The sentences of a section run on as one paragraph.
 */
final class ReportComposer {

  /** The composed text and the figures in it. */
  record Composition(List<ReportText.Block> blocks, List<ReportText.Figure> figures) {}

  private record Key(String metric, Map<String, String> filters) {}

  private record Value(BigDecimal value, String unit, List<String> names) {}

  private final MetricCatalogue catalogue;
  private final long committee;
  private final LocalDate from;
  private final LocalDate to;
  private final Map<Key, Optional<Value>> computed = new HashMap<>();

  ReportComposer(MetricCatalogue catalogue, long committee, LocalDate from, LocalDate to) {
    this.catalogue = catalogue;
    this.committee = committee;
    this.from = from;
    this.to = to;
  }

  Composition compose(List<TemplateSection> sections) {
    List<ReportText.Block> blocks = new ArrayList<>();
    List<ReportText.Figure> figures = new ArrayList<>();
    for (TemplateSection section : sections) {
      int block = blocks.size() + (section.heading().isBlank() ? 0 : 1);
      StringBuilder paragraph = new StringBuilder();
      List<ReportText.Figure> shown = new ArrayList<>();
      for (TemplateSection.Line line : section.lines()) {
        List<ReportText.Figure> own = new ArrayList<>();
        Optional<String> sentence = sentence(Sentence.parse(line.text()), block, own);
        if (sentence.isPresent()) {
          paragraph.append(sentence.get());
          shown.addAll(own);
        }
      }
      if (!paragraph.isEmpty()) {
        if (!section.heading().isBlank()) {
          blocks.add(new ReportText.Block(true, section.heading().strip()));
        }
        blocks.add(new ReportText.Block(false, paragraph.toString()));
        figures.addAll(shown);
      }
    }
    return new Composition(blocks, figures);
  }

  /** The sentence written, or empty where its primary figure is zero or missing. */
  Optional<String> sentence(Sentence sentence, int block, List<ReportText.Figure> figures) {
    List<Sentence.Placeholder> all = sentence.placeholders();
    if (!all.isEmpty() && written(all.get(0)).isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    write(sentence.parts(), block, out, figures);
    return Optional.of(out.toString());
  }

  private boolean write(
      List<Sentence.Part> parts, int block, StringBuilder out, List<ReportText.Figure> figures) {
    for (Sentence.Part part : parts) {
      if (part instanceof Sentence.Text t) {
        out.append(t.text());
      } else if (part instanceof Sentence.Placeholder p) {
        Optional<String> shown = written(p);
        if (shown.isEmpty()) {
          return false;
        }
        out.append(shown.get());
        figures.add(new ReportText.Figure(block, p.metric(), p.filters(), p.of(), shown.get()));
      } else if (part instanceof Sentence.Clause c) {
        StringBuilder clause = new StringBuilder();
        List<ReportText.Figure> own = new ArrayList<>();
        if (write(c.parts(), block, clause, own)) {
          out.append(clause);
          figures.addAll(own);
        }
      }
    }
    return true;
  }

  /** The placeholder's figure as written, empty where it is zero or cannot be computed. */
  Optional<String> written(Sentence.Placeholder p) {
    Optional<Value> value = value(p.metric(), p.filters());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Value v = value.get();
    if (p.of() != null) {
      return value(p.of(), p.filters())
          .flatMap(of -> Percent.of(v.value(), of.value()))
          .filter(share -> share.value().signum() != 0)
          .map(share -> p.format().write(share.value(), "%", List.of()));
    }
    boolean zero = p.format() == FigureFormat.NAMES ? v.names().isEmpty() : v.value().signum() == 0;
    return zero ? Optional.empty() : Optional.of(p.format().write(v.value(), v.unit(), v.names()));
  }

  private Optional<Value> value(String metric, Map<String, String> filters) {
    return computed.computeIfAbsent(new Key(metric, filters), key -> compute(metric, filters));
  }

  private Optional<Value> compute(String name, Map<String, String> filters) {
    Optional<Metric> metric =
        catalogue.all().stream().filter(m -> m.name().equals(name)).findFirst();
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    try {
      MetricResult result = metric.get().compute(new MetricQuery(committee, from, to, filters));
      return result.value() == null
          ? Optional.empty()
          : Optional.of(new Value(result.value(), metric.get().unit(), result.names()));
    } catch (RuntimeException e) {
      // A filter value the metric no longer understands: the sentence is left out, not the report.
      return Optional.empty();
    }
  }
}
