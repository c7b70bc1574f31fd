package org.lvzhi.target.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.lvzhi.target.Campaign;
import org.lvzhi.target.ProgressRow;
import org.lvzhi.target.ProgressTable;
import org.lvzhi.target.TargetInput;
import org.lvzhi.target.TargetLine;
import org.lvzhi.target.Targets;
import org.lvzhi.target.TrendPoint;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns, themes, targets and their progress through the API. Values travel as exact decimal
 * strings ("19000", "9513.54") in the target's unit, never as JSON numbers; percentages likewise.
 */
@RestController
@Tag(name = "Targets", description = "年度目标 — campaigns, themes, targets, progress and snapshots")
class TargetApiController {

  static final String DECIMAL = "an exact decimal string, at most two decimals: \"19000\"";

  record TargetCampaignRequest(
      @Schema(minimum = "2000", maximum = "2100") Integer year, String name, Integer version) {}

  record TargetThemeRequest(String name, Integer sortOrder, Integer version) {}

  /** A target as entered; filters are the metric's (see GET /api/v1/metrics). */
  record TargetRequest(
      Long themeId,
      String label,
      String metric,
      Map<String, String> filters,
      @Schema(description = "次 个 人次 人 条 家 篇 万元 亿元 %") String unit,
      @Schema(description = DECIMAL) String targetValue,
      Long leadMemberId,
      @Schema(description = "the responsible special committee; null: the office")
          Long specialCommitteeId,
      LocalDate deadline,
      Boolean manual,
      @Schema(description = DECIMAL) String manualValue,
      String manualNote,
      LocalDate manualOn,
      Integer sortOrder,
      @Schema(description = "the version read; required to change") Integer version) {}

  record TargetCreated(long id) {}

  record TargetThemeResponse(long id, String name, int sortOrder, int version) {}

  record TargetCampaignResponse(
      long id, int year, String name, int version, List<TargetThemeResponse> themes) {}

  record TargetResponse(
      long id,
      int version,
      long campaignId,
      Long themeId,
      String themeName,
      String label,
      String metric,
      Map<String, String> filters,
      String unit,
      String targetValue,
      Long leadMemberId,
      Long specialCommitteeId,
      LocalDate deadline,
      boolean manual,
      String manualValue,
      String manualNote,
      LocalDate manualOn,
      int sortOrder) {}

  record TargetProgressLine(
      long targetId,
      String theme,
      String label,
      String metric,
      Map<String, String> filters,
      String unit,
      String targetValue,
      String actual,
      String completion,
      String elapsed,
      String pointsAhead,
      String flag,
      String leadName,
      String responsibleName,
      LocalDate deadline,
      boolean manual,
      String recordsHref) {}

  record TargetProgressResponse(
      int year,
      String campaign,
      LocalDate asOf,
      Integer month,
      boolean snapshot,
      List<TargetProgressLine> targets) {}

  record TargetTrendPoint(String month, String actual, String completion, String elapsed) {}

  record TargetPreviewResponse(String value, String unit) {}

  private final Targets targets;

  TargetApiController(Targets targets) {
    this.targets = targets;
  }

  @GetMapping("/api/v1/targets/campaigns/{year}")
  @Operation(summary = "The working committee's campaign for a year, with its themes (404: none)")
  TargetCampaignResponse campaign(@PathVariable int year) {
    return targets
        .campaign(year)
        .map(TargetApiController::campaign)
        .orElseThrow(() -> new RecordNotFoundException("campaign", year));
  }

  @PostMapping("/api/v1/targets/campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Define the year's campaign (409 if the year has one)")
  TargetCreated defineCampaign(@RequestBody TargetCampaignRequest body) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    if (body.year() == null) {
      throw new InvalidInputException(Map.of("year", Texts.of("target.invalidYear")));
    }
    return new TargetCreated(targets.defineCampaign(body.year(), body.name()));
  }

  @PutMapping("/api/v1/targets/campaigns/{id}")
  @Operation(summary = "Rename a campaign (version required)")
  void renameCampaign(@PathVariable long id, @RequestBody TargetCampaignRequest body) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    targets.renameCampaign(id, version(body.version()), body.name());
  }

  @PostMapping("/api/v1/targets/campaigns/{id}/themes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a theme to a campaign")
  TargetCreated addTheme(@PathVariable long id, @RequestBody TargetThemeRequest body) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    return new TargetCreated(targets.addTheme(id, body.name(), body.sortOrder()));
  }

  @PutMapping("/api/v1/targets/themes/{id}")
  @Operation(summary = "Rename or reorder a theme (version required)")
  void changeTheme(@PathVariable long id, @RequestBody TargetThemeRequest body) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    targets.changeTheme(
        id, version(body.version()), body.name(), body.sortOrder() == null ? 0 : body.sortOrder());
  }

  @DeleteMapping("/api/v1/targets/themes/{id}")
  @Operation(summary = "Remove a theme without targets (409 if it has any)")
  void removeTheme(@PathVariable long id, @RequestParam int version) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    targets.removeTheme(id, version);
  }

  @GetMapping("/api/v1/targets")
  @Operation(summary = "The year's targets as kept")
  List<TargetResponse> list(@RequestParam int year) {
    return targets.targets(year).stream().map(TargetApiController::target).toList();
  }

  @GetMapping("/api/v1/targets/{id}")
  @Operation(summary = "A target as kept")
  TargetResponse one(@PathVariable long id) {
    return target(targets.target(id));
  }

  @PostMapping("/api/v1/targets/campaigns/{id}/targets")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a target to a campaign; every problem answered at once (400)")
  TargetCreated addTarget(@PathVariable long id, @RequestBody TargetRequest body) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    return new TargetCreated(targets.addTarget(id, input(body)));
  }

  @PutMapping("/api/v1/targets/{id}")
  @Operation(summary = "Change a target (version required; 409 when stale)")
  void changeTarget(@PathVariable long id, @RequestBody TargetRequest body) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    targets.changeTarget(id, version(body.version()), input(body));
  }

  @DeleteMapping("/api/v1/targets/{id}")
  @Operation(summary = "Remove a target; the months already kept keep its figures")
  void removeTarget(@PathVariable long id, @RequestParam int version) {
    // Who may write is answered before what was sent: 403 before 400.
    CurrentUser.requirePermission(Targets.EDIT);
    targets.removeTarget(id, version);
  }

  @GetMapping("/api/v1/targets/progress")
  @Operation(
      summary = "The target table: how the year's targets stand",
      description =
          "Without month: today (a past year: its end). With month (1-12): that month's end, from"
              + " the snapshot kept then when there is one (snapshot=true), else computed now.")
  TargetProgressResponse progress(
      @RequestParam int year, @RequestParam(required = false) Integer month) {
    return progress(month == null ? targets.progress(year) : targets.month(year, month));
  }

  @GetMapping("/api/v1/targets/progress.xlsx")
  @Operation(summary = "The target table (年度目标任务分解表) as .xlsx")
  void progressXlsx(
      @RequestParam int year,
      @RequestParam(required = false) Integer month,
      HttpServletResponse response)
      throws IOException {
    CurrentUser.requirePermission(Targets.EXPORT);
    ProgressTable table = month == null ? targets.progress(year) : targets.month(year, month);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    targets.writeXlsx(table, response.getOutputStream());
  }

  @GetMapping("/api/v1/targets/{id}/trend")
  @Operation(summary = "A target's figures as kept at each month's end")
  List<TargetTrendPoint> trend(@PathVariable long id) {
    return targets.trend(id).stream()
        .map(
            (TrendPoint p) ->
                new TargetTrendPoint(
                    p.month(), plain(p.actual()), plain(p.completion()), plain(p.elapsed())))
        .toList();
  }

  @GetMapping("/api/v1/targets/preview")
  @Operation(
      summary = "What an indicator counts for the year so far (the form's live preview)",
      description = "metric and unit name the indicator; any parameter f.<name> is a filter")
  TargetPreviewResponse preview(
      @RequestParam int year,
      @RequestParam String metric,
      @RequestParam String unit,
      @RequestParam Map<String, String> parameters) {
    CurrentUser.requirePermission(Targets.VIEW);
    return new TargetPreviewResponse(
        plain(targets.preview(year, metric, TargetForms.filters(parameters), unit)), unit);
  }

  private static TargetInput input(TargetRequest body) {
    Map<String, String> errors = new HashMap<>();
    BigDecimal value = decimal("targetValue", body.targetValue(), errors);
    BigDecimal manualValue = decimal("manualValue", body.manualValue(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new TargetInput(
        body.themeId(),
        body.label(),
        body.metric(),
        body.filters(),
        body.unit(),
        value,
        body.leadMemberId(),
        body.specialCommitteeId(),
        body.deadline(),
        Boolean.TRUE.equals(body.manual()),
        manualValue,
        body.manualNote(),
        body.manualOn(),
        body.sortOrder());
  }

  private static BigDecimal decimal(String field, String text, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      errors.put(field, Texts.of("target.invalidNumber"));
      return null;
    }
  }

  private static int version(Integer version) {
    if (version == null) {
      throw new InvalidInputException(Map.of("version", Texts.of("target.versionRequired")));
    }
    return version;
  }

  private static TargetCampaignResponse campaign(Campaign c) {
    return new TargetCampaignResponse(
        c.id(),
        c.year(),
        c.name(),
        c.version(),
        c.themes().stream()
            .map(t -> new TargetThemeResponse(t.id(), t.name(), t.sortOrder(), t.version()))
            .toList());
  }

  private static TargetResponse target(TargetLine t) {
    return new TargetResponse(
        t.id(),
        t.version(),
        t.campaignId(),
        t.themeId(),
        t.themeName(),
        t.label(),
        t.manual() ? null : t.indicator().metric(),
        t.indicator().filters(),
        t.unit(),
        plain(t.targetValue()),
        t.leadMemberId(),
        t.specialCommitteeId(),
        t.deadline(),
        t.manual(),
        plain(t.manualValue()),
        t.manualNote(),
        t.manualOn(),
        t.sortOrder());
  }

  private static TargetProgressResponse progress(ProgressTable table) {
    return new TargetProgressResponse(
        table.year(),
        table.campaign() == null ? null : table.campaign().name(),
        table.asOf(),
        table.month(),
        table.snapshot(),
        table.rows().stream().map(TargetApiController::line).toList());
  }

  private static TargetProgressLine line(ProgressRow row) {
    return new TargetProgressLine(
        row.targetId(),
        row.themeName(),
        row.label(),
        row.manual() ? null : row.indicator().metric(),
        row.indicator().filters(),
        row.unit(),
        plain(row.targetValue()),
        plain(row.actual()),
        row.progress()
            .completion()
            .map(Percent::value)
            .map(TargetApiController::plain)
            .orElse(null),
        plain(row.progress().elapsed().value()),
        plain(row.progress().pointsAhead()),
        row.progress().flag().name(),
        row.leadName(),
        row.responsibleName(),
        row.deadline(),
        row.manual(),
        row.recordsHref());
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
