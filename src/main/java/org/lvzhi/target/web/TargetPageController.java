package org.lvzhi.target.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.lvzhi.target.ProgressTable;
import org.lvzhi.target.TargetLine;
import org.lvzhi.target.Targets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The targets' pages: the progress table (年度目标任务分解表) with its Excel file, and the office's campaign
 * page where themes and targets are defined with a metric picker, its filters and a live preview of
 * the actual value.
 */
@Controller
class TargetPageController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Targets targets;
  private final MetricCatalogue catalogue;
  private final Members members;
  private final Clock clock;

  TargetPageController(Targets targets, MetricCatalogue catalogue, Members members, Clock clock) {
    this.targets = targets;
    this.catalogue = catalogue;
    this.members = members;
    this.clock = clock;
  }

  @GetMapping("/targets")
  String progress(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer month,
      Model model) {
    model.addAttribute("page", progressPage(year(year), month));
    return "target/progress";
  }

  @GetMapping("/targets.xlsx")
  void excel(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer month,
      HttpServletResponse response)
      throws IOException {
    CurrentUser.requirePermission(Targets.EXPORT);
    ProgressTable table = table(year(year), month);
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(Texts.of("target.table.fileName", table.year()), StandardCharsets.UTF_8)
            .build()
            .toString());
    targets.writeXlsx(table, response.getOutputStream());
  }

  @GetMapping("/targets/campaign")
  String campaign(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Long edit,
      @RequestParam(required = false) String metric,
      Model model) {
    CurrentUser.requirePermission(Targets.EDIT);
    int shown = year(year);
    TargetLine editing = edit == null ? null : targets.target(edit);
    if (editing != null) {
      shown =
          targets
              .campaign(shown)
              .filter(c -> c.id() == editing.campaignId())
              .map(c -> c.year())
              .orElse(shown);
    }
    model.addAttribute("page", campaignPage(shown, editing, metric));
    return "target/campaign";
  }

  /** The filter fields for the metric the picker chose (htmx swaps them into the form). */
  @GetMapping("/targets/campaign/filters")
  String filters(@RequestParam Map<String, String> fields, Model model) {
    CurrentUser.requirePermission(Targets.EDIT);
    TargetPages.MetricChoice choice = choice(fields.get("metric"));
    model.addAttribute("fields", new TargetPages.FilterFields(choice, TargetForms.filters(fields)));
    return "target/filters";
  }

  /** The live preview of what the indicator in the form counts this year. */
  @GetMapping("/targets/campaign/preview")
  String preview(@RequestParam Map<String, String> fields, Model model) {
    CurrentUser.requirePermission(Targets.EDIT);
    TargetPages.Preview preview;
    try {
      int year = year(TargetForms.integer(fields, "year", new java.util.HashMap<>()));
      String unit = fields.get("unit");
      var value = targets.preview(year, fields.get("metric"), TargetForms.filters(fields), unit);
      preview =
          new TargetPages.Preview(
              org.lvzhi.target.ProgressRow.shown(value), Texts.of("metric.unit." + unit), null);
    } catch (InvalidInputException e) {
      preview = new TargetPages.Preview(null, null, e.summary());
    }
    model.addAttribute("preview", preview);
    return "target/preview";
  }

  @PostMapping("/targets/campaign")
  String defineCampaign(@RequestParam Map<String, String> fields, RedirectAttributes attributes) {
    Integer year = TargetForms.integer(fields, "year", new java.util.HashMap<>());
    Flash.attempt(
        attributes,
        Texts.of("target.campaignDefined"),
        () -> targets.defineCampaign(year == null ? 0 : year, fields.get("name")));
    return "redirect:/targets/campaign?year=" + (year == null ? "" : year);
  }

  @PostMapping("/targets/campaign/{id}/name")
  String renameCampaign(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      RedirectAttributes attributes) {
    Flash.attempt(
        attributes,
        Texts.of("target.saved"),
        () -> targets.renameCampaign(id, TargetForms.version(fields), fields.get("name")));
    return back(fields);
  }

  @PostMapping("/targets/campaign/{id}/themes")
  String addTheme(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      RedirectAttributes attributes) {
    Flash.attempt(
        attributes,
        Texts.of("target.themeAdded"),
        () ->
            targets.addTheme(
                id,
                fields.get("name"),
                TargetForms.integer(fields, "sortOrder", new java.util.HashMap<>())));
    return back(fields);
  }

  @PostMapping("/targets/themes/{id}")
  String changeTheme(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      RedirectAttributes attributes) {
    Flash.attempt(
        attributes,
        Texts.of("target.saved"),
        () -> {
          Integer order = TargetForms.integer(fields, "sortOrder", new java.util.HashMap<>());
          targets.changeTheme(
              id, TargetForms.version(fields), fields.get("name"), order == null ? 0 : order);
        });
    return back(fields);
  }

  @PostMapping("/targets/themes/{id}/remove")
  String removeTheme(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      RedirectAttributes attributes) {
    Flash.attempt(
        attributes,
        Texts.of("target.themeRemoved"),
        () -> targets.removeTheme(id, TargetForms.version(fields)));
    return back(fields);
  }

  @PostMapping("/targets/campaign/{id}/targets")
  String addTarget(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      RedirectAttributes attributes) {
    Flash.attempt(
        attributes,
        Texts.of("target.targetAdded"),
        () -> targets.addTarget(id, TargetForms.input(fields)));
    return back(fields);
  }

  @PostMapping("/targets/{id}")
  String changeTarget(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      RedirectAttributes attributes) {
    boolean done =
        Flash.attempt(
            attributes,
            Texts.of("target.saved"),
            () -> targets.changeTarget(id, TargetForms.version(fields), TargetForms.input(fields)));
    return done ? back(fields) : "redirect:/targets/campaign?edit=" + id;
  }

  @PostMapping("/targets/{id}/remove")
  String removeTarget(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      RedirectAttributes attributes) {
    Flash.attempt(
        attributes,
        Texts.of("target.targetRemoved"),
        () -> targets.removeTarget(id, TargetForms.version(fields)));
    return back(fields);
  }

  private TargetPages.Progress progressPage(int year, Integer month) {
    return new TargetPages.Progress(
        table(year, month),
        targets.years(),
        targets.snapshotMonths(year),
        CurrentUser.require().can(Targets.EDIT),
        CurrentUser.require().can(Targets.EXPORT));
  }

  private ProgressTable table(int year, Integer month) {
    return month == null ? targets.progress(year) : targets.month(year, month);
  }

  private TargetPages.CampaignPage campaignPage(int year, TargetLine editing, String metric) {
    var campaign = targets.campaign(year).orElse(null);
    List<TargetPages.MetricChoice> metrics =
        catalogue.all().stream()
            .map(m -> TargetPages.MetricChoice.of(m, Texts.of(m.labelKey())))
            .sorted(Comparator.comparing(TargetPages.MetricChoice::name))
            .toList();
    String chosenName =
        metric != null
            ? metric
            : editing != null ? editing.indicator().metric() : metrics.get(0).name();
    TargetPages.MetricChoice chosen =
        metrics.stream()
            .filter(m -> m.name().equals(chosenName))
            .findFirst()
            .orElse(metrics.get(0));
    return new TargetPages.CampaignPage(
        year,
        campaign,
        campaign == null ? List.of() : targets.targets(year),
        metrics,
        org.lvzhi.target.TargetUnitsView.ALL,
        members.leaders(),
        members.specialCommittees(),
        editing,
        chosen);
  }

  private TargetPages.MetricChoice choice(String name) {
    try {
      var metric = catalogue.get(name == null ? "" : name);
      return TargetPages.MetricChoice.of(metric, Texts.of(metric.labelKey()));
    } catch (org.lvzhi.system.RecordNotFoundException e) {
      return null;
    }
  }

  private int year(Integer year) {
    int shown = year == null ? LocalDate.now(clock).getYear() : year;
    if (shown < 2000 || shown > 2100) {
      throw new InvalidInputException(Map.of("year", Texts.of("target.invalidYear")));
    }
    return shown;
  }

  private static String back(Map<String, String> fields) {
    String year = fields.getOrDefault("year", "");
    return "redirect:/targets/campaign" + (year.matches("\\d{4}") ? "?year=" + year : "");
  }
}
