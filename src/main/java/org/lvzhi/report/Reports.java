package org.lvzhi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of the working committee: generated from its templates for a period, saved as
 * versions, settled and reopened (who may: {@link #WRITE}; read and export: {@link #VIEW}). Each
 * move is recorded in history in its transaction and published as {@link ReportVersionSaved}.
 */
@Service
public class Reports {

  public static final String VIEW = "report:view";
  public static final String WRITE = "report:write";
  public static final String EXPORT = "report:export";
  static final String RECORD_TYPE = "report";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** A report with its versions, newest first, its latest text and its figures. */
  public record Detail(
      Report report,
      ReportText text,
      List<ReportVersion> versions,
      List<ReportText.Figure> figures) {}

  /** A figure with the records behind it, computed again now. */
  public record FigureRecords(Report report, ReportText.Figure figure, MetricResult result) {}

  /** A file to download: its name and bytes. */
  public record File(String name, byte[] bytes) {}

  private final ReportStore store;
  private final ReportExport export;
  private final ReportTemplates templates;
  private final MetricCatalogue catalogue;
  private final History history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reports(
      ReportStore store,
      ReportExport export,
      ReportTemplates templates,
      MetricCatalogue catalogue,
      History history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.export = export;
    this.templates = templates;
    this.catalogue = catalogue;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Report> all() {
    CurrentUser.requirePermission(VIEW);
    return store.all();
  }

  /**
   * Generates the report of the period (both days included) from the working committee's templates,
   * as version 1; the title defaults to the period's. Refuses (400) a period missing or reversed.
   */
  @Transactional
  public long generate(LocalDate from, LocalDate to, String title) {
    CurrentUser.requirePermission(WRITE);
    checkPeriod(from, to);
    long committee = CurrentUser.committeeForWriting();
    ReportComposer.Composition composition =
        new ReportComposer(catalogue, committee, from, to).compose(templates.sections());
    String named =
        title == null || title.isBlank()
            ? Texts.of(
                "report.defaultTitle", chinese(from), chinese(to), from.toString(), to.toString())
            : title;
    ReportText text = new ReportText(named, composition.blocks());
    if (composition.blocks().isEmpty()) {
      text =
          new ReportText(
              named, List.of(new ReportText.Block(false, Texts.of("report.nothingToSay"))));
    }
    Report report = Report.generate(committee, text, from, to);
    long id = store.insert(report, CurrentUser.actorName(), now());
    store.insertFigures(report, id, composition.figures());
    store.insertVersion(report, id, 1, text, null, CurrentUser.actorName(), now());
    record(id, "GENERATE", 1);
    return id;
  }

  /** Saves the edited text as the next version of the report read at {@code version}. */
  @Transactional
  public int save(long id, int version, ReportText text, String note) {
    CurrentUser.requirePermission(WRITE);
    Report report = at(get(id), version).save(text, note);
    store.save(report);
    store.insertVersion(report, id, report.latest(), text, note, CurrentUser.actorName(), now());
    record(id, "SAVE", report.latest());
    return report.latest();
  }

  @Transactional
  public void finalise(long id, int version) {
    CurrentUser.requirePermission(WRITE);
    Report report = at(get(id), version).finalise();
    store.save(report);
    record(id, "FINALISE", report.latest());
  }

  @Transactional
  public void reopen(long id, int version) {
    CurrentUser.requirePermission(WRITE);
    Report report = at(get(id), version).reopen();
    store.save(report);
    record(id, "REOPEN", report.latest());
  }

  @Transactional(readOnly = true)
  public Detail detail(long id) {
    CurrentUser.requirePermission(VIEW);
    Report report = get(id);
    return new Detail(report, text(report, report.latest()), store.versions(id), store.figures(id));
  }

  /** A version's text; 404 where there is no such version. */
  @Transactional(readOnly = true)
  public ReportText version(long id, int number) {
    CurrentUser.requirePermission(VIEW);
    return text(get(id), number);
  }

  /** The comparison of two versions of a report. */
  @Transactional(readOnly = true)
  public VersionDiff compare(long id, int from, int to) {
    CurrentUser.requirePermission(VIEW);
    Report report = get(id);
    return VersionDiff.between(text(report, from), text(report, to));
  }

  /** A figure (by its ordinal, from 1) and the records behind it for the report's period. */
  @Transactional(readOnly = true)
  public FigureRecords figure(long id, int ordinal) {
    CurrentUser.requirePermission(VIEW);
    Report report = get(id);
    List<ReportText.Figure> figures = store.figures(id);
    if (ordinal < 1 || ordinal > figures.size()) {
      throw new RecordNotFoundException("report figure", ordinal);
    }
    ReportText.Figure figure = figures.get(ordinal - 1);
    MetricResult result =
        catalogue.compute(
            figure.metric(),
            new MetricQuery(report.committeeId(), report.from(), report.to(), figure.filters()));
    return new FigureRecords(report, figure, result);
  }

  /** A version as .docx in the official style. */
  @Transactional(readOnly = true)
  public File docx(long id, int number) {
    CurrentUser.requirePermission(EXPORT);
    Report report = get(id);
    ReportText text = text(report, number);
    return new File(fileName(text, number, "docx"), export.docx(text, periodLine(report)));
  }

  /** A version as .pdf with a CJK font embedded; 409 with the reason where no font is found. */
  @Transactional(readOnly = true)
  public File pdf(long id, int number) {
    CurrentUser.requirePermission(EXPORT);
    Report report = get(id);
    ReportText text = text(report, number);
    return new File(fileName(text, number, "pdf"), export.pdf(text, periodLine(report)));
  }

  private static String fileName(ReportText text, int number, String extension) {
    String safe = text.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return safe + "-v" + number + "." + extension;
  }

  static String periodLine(Report report) {
    return Texts.of(
        "report.periodLine",
        chinese(report.from()),
        chinese(report.to()),
        report.from().toString(),
        report.to().toString());
  }

  Report get(long id) {
    return store.find(id).orElseThrow(() -> new RecordNotFoundException("report", id));
  }

  private ReportText text(Report report, int number) {
    return store
        .text(report.id(), number)
        .orElseThrow(() -> new RecordNotFoundException("report version", number));
  }

  private static Report at(Report report, int version) {
    if (report.version() != version) {
      throw org.lvzhi.system.RecordConflictException.staleEdit();
    }
    return report;
  }

  private void record(long id, String move, int number) {
    history.record(
        RECORD_TYPE,
        id,
        move,
        List.of(new Change("report.versionNumber", null, Integer.toString(number))));
    events.publishEvent(new ReportVersionSaved(id, number, move));
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new InvalidInputException(
          Map.of(from == null ? "from" : "to", Texts.of("report.error.periodRequired")));
    }
    if (!MetricQuery.supports(from) || !MetricQuery.supports(to)) {
      throw new InvalidInputException(
          Map.of(MetricQuery.supports(from) ? "to" : "from", Texts.of("report.error.badDate")));
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException(Map.of("to", Texts.of("report.error.endBeforeStart")));
    }
  }

  static String chinese(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(SHANGHAI));
  }
}
