package org.lvzhi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working committee's report templates: sections (a heading, blank for the lead paragraph) of
 * sentence templates. A sentence is refused when saved (400, in the reader's language) where it
 * does not follow the syntax, names a metric the catalogue does not have or a filter the metric
 * does not understand, or a filter value the metric refuses (tried on this year's figures).
 */
@Service
public class ReportTemplates {

  static final String RECORD_TYPE = "report-template";
  private final TemplateStore store;
  private final MetricCatalogue catalogue;
  private final History history;
  private final Clock clock;

  ReportTemplates(TemplateStore store, MetricCatalogue catalogue, History history, Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.history = history;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<TemplateSection> sections() {
    CurrentUser.requirePermission(Reports.VIEW);
    return store.sections();
  }

  @Transactional
  public long addSection(String heading) {
    CurrentUser.requirePermission(Reports.WRITE);
    String checked = heading(heading);
    long committee = CurrentUser.committeeForWriting();
    int position =
        store.sections().stream().mapToInt(TemplateSection::position).max().orElse(0) + 1;
    long id = store.insertSection(committee, position, checked);
    history.record(
        RECORD_TYPE, id, History.CREATE, List.of(new Change("report.heading", null, checked)));
    return id;
  }

  @Transactional
  public void renameSection(long id, int version, String heading) {
    CurrentUser.requirePermission(Reports.WRITE);
    TemplateSection section = section(id);
    String checked = heading(heading);
    store.renameSection(id, version, checked);
    history.record(
        RECORD_TYPE,
        id,
        History.UPDATE,
        List.of(new Change("report.heading", section.heading(), checked)));
  }

  @Transactional
  public void deleteSection(long id, int version) {
    CurrentUser.requirePermission(Reports.WRITE);
    TemplateSection section = section(id);
    store.deleteSection(id, version);
    history.record(
        RECORD_TYPE,
        id,
        History.DELETE,
        List.of(new Change("report.heading", section.heading(), null)));
  }

  @Transactional
  public long addSentence(long sectionId, String text) {
    CurrentUser.requirePermission(Reports.WRITE);
    TemplateSection section = section(sectionId);
    String checked = check(text);
    int position =
        section.lines().stream().mapToInt(TemplateSection.Line::position).max().orElse(0) + 1;
    long id = store.insertLine(CurrentUser.committeeForWriting(), sectionId, position, checked);
    history.record(
        RECORD_TYPE,
        sectionId,
        "ADD_SENTENCE",
        List.of(new Change("report.sentence", null, checked)));
    return id;
  }

  @Transactional
  public void editSentence(long id, int version, String text) {
    CurrentUser.requirePermission(Reports.WRITE);
    TemplateSection.Line line = line(id);
    String checked = check(text);
    store.editLine(id, version, checked);
    history.record(
        RECORD_TYPE,
        id,
        History.UPDATE,
        List.of(new Change("report.sentence", line.text(), checked)));
  }

  @Transactional
  public void deleteSentence(long id, int version) {
    CurrentUser.requirePermission(Reports.WRITE);
    TemplateSection.Line line = line(id);
    store.deleteLine(id, version);
    history.record(
        RECORD_TYPE, id, History.DELETE, List.of(new Change("report.sentence", line.text(), null)));
  }

  /** The template checked (see the class comment) and stripped; refuses it with the reason. */
  String check(String text) {
    if (text == null || text.isBlank()) {
      throw refused(Texts.of("report.template.required"));
    }
    String stripped = text.strip();
    if (stripped.length() > TemplateSection.Line.TEXT_LENGTH) {
      throw refused(Texts.of("report.error.tooLong", TemplateSection.Line.TEXT_LENGTH));
    }
    if (stripped.contains("\n") || stripped.contains("\r")) {
      throw refused(Texts.of("report.template.oneLine"));
    }
    Sentence sentence;
    try {
      sentence = Sentence.parse(stripped);
    } catch (Sentence.SyntaxError e) {
      throw refused(Texts.of(e.key, e.args));
    }
    for (Sentence.Placeholder p : sentence.placeholders()) {
      Metric metric = metric(p.metric());
      Set<String> known = Set.copyOf(metric.filters());
      for (String filter : p.filters().keySet()) {
        if (!known.contains(filter)) {
          throw refused(
              Texts.of(
                  "report.template.unknownFilter",
                  filter,
                  p.metric(),
                  String.join(", ", metric.filters())));
        }
      }
      if (p.of() != null) {
        metric(p.of());
      }
      tryOut(metric, p.filters());
    }
    return stripped;
  }

  private Metric metric(String name) {
    return catalogue.all().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> refused(Texts.of("report.template.unknownMetric", name)));
  }

  /**
   * Computes the metric once on this year's figures, so a filter value it refuses is refused now.
   */
  private void tryOut(Metric metric, Map<String, String> filters) {
    long committee = CurrentUser.committeeId().orElse(0L);
    int year = LocalDate.now(clock).getYear();
    try {
      metric.compute(MetricQuery.year(committee, year, filters));
    } catch (InvalidInputException | IllegalArgumentException e) {
      throw refused(Texts.of("report.template.badValue", metric.name()));
    }
  }

  private static InvalidInputException refused(String message) {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("text", message);
    return new InvalidInputException(errors);
  }

  private static String heading(String heading) {
    String stripped = heading == null ? "" : heading.strip();
    if (stripped.length() > TemplateSection.HEADING_LENGTH) {
      throw new InvalidInputException(
          Map.of("heading", Texts.of("report.error.tooLong", TemplateSection.HEADING_LENGTH)));
    }
    return stripped;
  }

  private TemplateSection section(long id) {
    return store.section(id).orElseThrow(() -> new RecordNotFoundException("report section", id));
  }

  private TemplateSection.Line line(long id) {
    return store.line(id).orElseThrow(() -> new RecordNotFoundException("report sentence", id));
  }
}
