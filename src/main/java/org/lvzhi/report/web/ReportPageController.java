package org.lvzhi.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.report.ReportTemplates;
import org.lvzhi.report.ReportText;
import org.lvzhi.report.Reports;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report's pages: the list with the generate form, the editor (a text area per block, the
 * figures of each paragraph linked to their records), saving versions, comparing two, the files,
 * and the templates.
 */
@Controller
class ReportPageController {

  private final Reports reports;
  private final ReportTemplates templates;
  private final Clock clock;

  ReportPageController(Reports reports, ReportTemplates templates, Clock clock) {
    this.reports = reports;
    this.templates = templates;
    this.clock = clock;
  }

  @GetMapping("/reports")
  String list(Model model) {
    model.addAttribute("reports", reports.all());
    model.addAttribute("canWrite", CurrentUser.require().can(Reports.WRITE));
    model.addAttribute("year", LocalDate.now(clock).getYear());
    return "report/list";
  }

  @PostMapping("/reports")
  String generate(
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String title,
      RedirectAttributes r) {
    long[] id = {0};
    boolean done =
        Flash.attempt(
            r,
            Texts.of("report.generated"),
            () -> id[0] = reports.generate(date("from", from), date("to", to), title));
    return done ? "redirect:/reports/" + id[0] : "redirect:/reports";
  }

  @GetMapping("/reports/{id}")
  String editor(@PathVariable long id, Model model) {
    model.addAttribute("page", ReportEditorView.of(reports.detail(id), CurrentUser.require()));
    return "report/editor";
  }

  @PostMapping("/reports/{id}/versions")
  String save(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(name = "text", required = false) List<String> texts,
      @RequestParam(name = "heading", required = false) List<String> headings,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes r) {
    List<ReportText.Block> blocks = new ArrayList<>();
    List<String> given = texts == null ? List.of() : texts;
    for (int i = 0; i < given.size(); i++) {
      boolean heading = headings != null && i < headings.size() && "true".equals(headings.get(i));
      if (heading) {
        blocks.add(new ReportText.Block(true, given.get(i)));
      } else {
        // A paragraph typed with blank lines becomes as many paragraphs.
        for (String paragraph : given.get(i).split("\\R\\s*\\R")) {
          blocks.add(new ReportText.Block(false, paragraph.replaceAll("\\R", "")));
        }
      }
    }
    Flash.attempt(
        r,
        Texts.of("report.saved"),
        () -> reports.save(id, version, new ReportText(title, blocks), note));
    return "redirect:/reports/" + id;
  }

  @PostMapping("/reports/{id}/finalise")
  String finalise(
      @PathVariable long id, @RequestParam(defaultValue = "0") int version, RedirectAttributes r) {
    Flash.attempt(r, Texts.of("report.finalised"), () -> reports.finalise(id, version));
    return "redirect:/reports/" + id;
  }

  @PostMapping("/reports/{id}/reopen")
  String reopen(
      @PathVariable long id, @RequestParam(defaultValue = "0") int version, RedirectAttributes r) {
    Flash.attempt(r, Texts.of("report.reopened"), () -> reports.reopen(id, version));
    return "redirect:/reports/" + id;
  }

  @GetMapping("/reports/{id}/compare")
  String compare(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int from,
      @RequestParam(defaultValue = "0") int to,
      Model model) {
    Reports.Detail detail = reports.detail(id);
    int latest = detail.report().latest();
    int older = from > 0 ? from : Math.max(1, latest - 1);
    int newer = to > 0 ? to : latest;
    model.addAttribute(
        "page", new ReportCompareView(detail, older, newer, reports.compare(id, older, newer)));
    return "report/compare";
  }

  @GetMapping("/reports/{id}/figures/{ordinal}")
  String figure(@PathVariable long id, @PathVariable int ordinal, Model model) {
    model.addAttribute("page", reports.figure(id, ordinal));
    model.addAttribute("ordinal", ordinal);
    return "report/figure";
  }

  @GetMapping("/reports/{id}/versions/{number}/report.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable int number) {
    return ReportFiles.download(reports.docx(id, number), ReportFiles.DOCX);
  }

  /** The .pdf; where none can be made (no CJK font) the editor says why. */
  @GetMapping("/reports/{id}/versions/{number}/report.pdf")
  Object pdf(@PathVariable long id, @PathVariable int number, RedirectAttributes r) {
    try {
      return ReportFiles.download(reports.pdf(id, number), ReportFiles.PDF);
    } catch (RecordConflictException e) {
      Flash.warning(r, e.getMessage());
      return "redirect:/reports/" + id;
    }
  }

  @GetMapping("/reports/templates")
  String templates(Model model) {
    model.addAttribute("sections", templates.sections());
    model.addAttribute("canWrite", CurrentUser.require().can(Reports.WRITE));
    return "report/templates";
  }

  @PostMapping("/reports/templates/sections")
  String addSection(@RequestParam(defaultValue = "") String heading, RedirectAttributes r) {
    return back(r, "report.template.added", () -> templates.addSection(heading));
  }

  @PostMapping("/reports/templates/sections/{id}")
  String renameSection(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      @RequestParam(defaultValue = "") String heading,
      RedirectAttributes r) {
    return back(r, "report.template.changed", () -> templates.renameSection(id, version, heading));
  }

  @PostMapping("/reports/templates/sections/{id}/delete")
  String deleteSection(
      @PathVariable long id, @RequestParam(defaultValue = "0") int version, RedirectAttributes r) {
    return back(r, "report.template.deleted", () -> templates.deleteSection(id, version));
  }

  @PostMapping("/reports/templates/sections/{id}/sentences")
  String addSentence(
      @PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes r) {
    return back(r, "report.template.added", () -> templates.addSentence(id, text));
  }

  @PostMapping("/reports/templates/sentences/{id}")
  String editSentence(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      @RequestParam(defaultValue = "") String text,
      RedirectAttributes r) {
    return back(r, "report.template.changed", () -> templates.editSentence(id, version, text));
  }

  @PostMapping("/reports/templates/sentences/{id}/delete")
  String deleteSentence(
      @PathVariable long id, @RequestParam(defaultValue = "0") int version, RedirectAttributes r) {
    return back(r, "report.template.deleted", () -> templates.deleteSentence(id, version));
  }

  private static String back(RedirectAttributes r, String done, Runnable move) {
    Flash.attempt(r, Texts.of(done), move);
    return "redirect:/reports/templates";
  }

  private static LocalDate date(String field, String typed) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("report.error.badDate")));
    }
  }
}
