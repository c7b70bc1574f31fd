package org.lvzhi.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.report.Report;
import org.lvzhi.report.ReportTemplates;
import org.lvzhi.report.ReportText;
import org.lvzhi.report.ReportVersion;
import org.lvzhi.report.Reports;
import org.lvzhi.report.TemplateSection;
import org.lvzhi.report.VersionDiff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The progress report through the API: generate, versions, compare, files and templates. */
@RestController
@Tag(
    name = "Reports",
    description = "工作进展报告 — generated from the metric catalogue, edited, versioned")
class ReportApiController {

  /** The period (both days included) and an optional title. */
  record ReportGenerateRequest(LocalDate from, LocalDate to, String title) {}

  /** A block of text: a heading or a paragraph. */
  record ReportBlock(boolean heading, String text) {}

  /** The edited text to save over the report's {@code version} as its next version. */
  record ReportSaveRequest(Integer version, String title, List<ReportBlock> blocks, String note) {}

  /** The report's {@code version} read, for a move. */
  record ReportMoveRequest(Integer version) {}

  record ReportCreated(long id, int number) {}

  record ReportSummary(
      long id, String title, LocalDate from, LocalDate to, String status, int latest, int version) {
    static ReportSummary of(Report r) {
      return new ReportSummary(
          r.id(), r.title(), r.from(), r.to(), r.status().name(), r.latest(), r.version());
    }
  }

  /**
   * A figure of the report: in which block, from which metric, as written, and its records page.
   */
  record ReportFigure(
      int ordinal,
      int block,
      String metric,
      String filters,
      String of,
      String shown,
      String href) {}

  record ReportDetail(
      ReportSummary report,
      String title,
      List<ReportBlock> blocks,
      List<ReportVersion> versions,
      List<ReportFigure> figures) {}

  record ReportVersionText(int number, String title, List<ReportBlock> blocks) {}

  record ReportSectionRequest(String heading, Integer version) {}

  record ReportSentenceRequest(String text, Integer version) {}

  record ReportTemplateCreated(long id) {}

  record ReportSentence(long id, int position, String text, int version) {}

  record ReportSection(
      long id, int position, String heading, int version, List<ReportSentence> sentences) {
    static ReportSection of(TemplateSection s) {
      return new ReportSection(
          s.id(),
          s.position(),
          s.heading(),
          s.version(),
          s.lines().stream()
              .map(l -> new ReportSentence(l.id(), l.position(), l.text(), l.version()))
              .toList());
    }
  }

  record ReportDiffSegment(String text, boolean changed) {}

  record ReportDiffRow(
      String kind, List<ReportDiffSegment> before, List<ReportDiffSegment> after) {}

  record ReportDiff(boolean unchanged, List<ReportDiffRow> rows) {
    static ReportDiff of(VersionDiff diff) {
      return new ReportDiff(
          diff.unchanged(),
          diff.rows().stream()
              .map(
                  r ->
                      new ReportDiffRow(r.kind().name(), segments(r.before()), segments(r.after())))
              .toList());
    }

    private static List<ReportDiffSegment> segments(List<VersionDiff.Segment> segments) {
      return segments.stream().map(s -> new ReportDiffSegment(s.text(), s.changed())).toList();
    }
  }

  private final Reports reports;
  private final ReportTemplates templates;

  ReportApiController(Reports reports, ReportTemplates templates) {
    this.reports = reports;
    this.templates = templates;
  }

  @GetMapping("/api/v1/reports")
  @Operation(summary = "The working committee's reports, the latest period first")
  List<ReportSummary> all() {
    return reports.all().stream().map(ReportSummary::of).toList();
  }

  @PostMapping("/api/v1/reports")
  @Operation(
      summary = "Generate a report for a period from the templates, as version 1",
      description = "from and to are ISO dates, both included; 400 when missing or reversed")
  ResponseEntity<ReportCreated> generate(@RequestBody ReportGenerateRequest request) {
    long id = reports.generate(request.from(), request.to(), request.title());
    return ResponseEntity.created(URI.create("/api/v1/reports/" + id))
        .body(new ReportCreated(id, 1));
  }

  @GetMapping("/api/v1/reports/{id}")
  @Operation(summary = "A report: its latest text, versions and figures")
  ReportDetail detail(@PathVariable long id) {
    Reports.Detail detail = reports.detail(id);
    List<ReportFigure> figures = new java.util.ArrayList<>();
    for (int i = 0; i < detail.figures().size(); i++) {
      ReportText.Figure f = detail.figures().get(i);
      figures.add(
          new ReportFigure(
              i + 1,
              f.block(),
              f.metric(),
              f.filterText(),
              f.of(),
              f.shown(),
              "/reports/" + id + "/figures/" + (i + 1)));
    }
    return new ReportDetail(
        ReportSummary.of(detail.report()),
        detail.text().title(),
        blocks(detail.text()),
        detail.versions(),
        figures);
  }

  @GetMapping("/api/v1/reports/{id}/versions")
  @Operation(summary = "Who saved which version, newest first")
  List<ReportVersion> versions(@PathVariable long id) {
    return reports.detail(id).versions();
  }

  @GetMapping("/api/v1/reports/{id}/versions/{number}")
  @Operation(summary = "A version's text")
  ReportVersionText version(@PathVariable long id, @PathVariable int number) {
    ReportText text = reports.version(id, number);
    return new ReportVersionText(number, text.title(), blocks(text));
  }

  @PostMapping("/api/v1/reports/{id}/versions")
  @Operation(
      summary = "Save the edited text as the next version",
      description = "version is the report's version read (409 when stale or final)")
  ResponseEntity<ReportCreated> save(
      @PathVariable long id, @RequestBody ReportSaveRequest request) {
    List<ReportText.Block> blocks =
        request.blocks() == null
            ? List.of()
            : request.blocks().stream()
                .filter(java.util.Objects::nonNull)
                .map(b -> new ReportText.Block(b.heading(), b.text()))
                .toList();
    int number =
        reports.save(
            id,
            versionOf(request.version()),
            new ReportText(request.title(), blocks),
            request.note());
    return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/versions/" + number))
        .body(new ReportCreated(id, number));
  }

  @PostMapping("/api/v1/reports/{id}/finalise")
  @Operation(summary = "Settle the report (定稿): no more versions until reopened")
  ReportSummary finalise(@PathVariable long id, @RequestBody ReportMoveRequest request) {
    reports.finalise(id, versionOf(request.version()));
    return ReportSummary.of(reports.detail(id).report());
  }

  @PostMapping("/api/v1/reports/{id}/reopen")
  @Operation(summary = "Open a final report for editing again")
  ReportSummary reopen(@PathVariable long id, @RequestBody ReportMoveRequest request) {
    reports.reopen(id, versionOf(request.version()));
    return ReportSummary.of(reports.detail(id).report());
  }

  @GetMapping("/api/v1/reports/{id}/diff")
  @Operation(summary = "Compare two versions: a row per block, changed characters marked")
  ReportDiff diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
    return ReportDiff.of(reports.compare(id, from, to));
  }

  @GetMapping("/api/v1/reports/{id}/versions/{number}/report.docx")
  @Operation(summary = "A version as .docx in the official style")
  ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable int number) {
    return ReportFiles.download(reports.docx(id, number), ReportFiles.DOCX);
  }

  @GetMapping("/api/v1/reports/{id}/versions/{number}/report.pdf")
  @Operation(summary = "A version as .pdf with a CJK font embedded (409 when none is installed)")
  ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int number) {
    return ReportFiles.download(reports.pdf(id, number), ReportFiles.PDF);
  }

  @GetMapping("/api/v1/report-templates")
  @Operation(summary = "The templates: sections of sentence templates, in order")
  List<ReportSection> sections() {
    return templates.sections().stream().map(ReportSection::of).toList();
  }

  @PostMapping("/api/v1/report-templates/sections")
  @Operation(summary = "Add a section (a blank heading makes a lead paragraph)")
  ResponseEntity<ReportTemplateCreated> addSection(@RequestBody ReportSectionRequest request) {
    long id = templates.addSection(request.heading());
    return ResponseEntity.created(URI.create("/api/v1/report-templates/sections/" + id))
        .body(new ReportTemplateCreated(id));
  }

  @PutMapping("/api/v1/report-templates/sections/{id}")
  @Operation(summary = "Rename a section")
  ResponseEntity<Void> renameSection(
      @PathVariable long id, @RequestBody ReportSectionRequest request) {
    templates.renameSection(id, versionOf(request.version()), request.heading());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/v1/report-templates/sections/{id}")
  @Operation(summary = "Delete a section and its sentences")
  ResponseEntity<Void> deleteSection(@PathVariable long id, @RequestParam int version) {
    templates.deleteSection(id, version);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/report-templates/sections/{id}/sentences")
  @Operation(
      summary = "Add a sentence template to a section",
      description =
          "{metric|filter=a,b|format} for a figure, [ … ] for a clause left out when its figure is"
              + " zero; 400 for a syntax error, an unknown metric or filter")
  ResponseEntity<ReportTemplateCreated> addSentence(
      @PathVariable long id, @RequestBody ReportSentenceRequest request) {
    long sentence = templates.addSentence(id, request.text());
    return ResponseEntity.created(URI.create("/api/v1/report-templates/sentences/" + sentence))
        .body(new ReportTemplateCreated(sentence));
  }

  @PutMapping("/api/v1/report-templates/sentences/{id}")
  @Operation(summary = "Change a sentence template (checked as when added)")
  ResponseEntity<Void> editSentence(
      @PathVariable long id, @RequestBody ReportSentenceRequest request) {
    templates.editSentence(id, versionOf(request.version()), request.text());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/v1/report-templates/sentences/{id}")
  @Operation(summary = "Delete a sentence template")
  ResponseEntity<Void> deleteSentence(@PathVariable long id, @RequestParam int version) {
    templates.deleteSentence(id, version);
    return ResponseEntity.noContent().build();
  }

  static List<ReportBlock> blocks(ReportText text) {
    return text.blocks().stream().map(b -> new ReportBlock(b.heading(), b.text())).toList();
  }

  private static int versionOf(Integer version) {
    if (version == null) {
      throw new org.lvzhi.system.InvalidInputException(
          java.util.Map.of("version", org.lvzhi.system.Texts.of("report.error.versionRequired")));
    }
    return version;
  }
}
