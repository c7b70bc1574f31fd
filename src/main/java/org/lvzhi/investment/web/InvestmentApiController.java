package org.lvzhi.investment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.investment.Ledger;
import org.lvzhi.investment.Projects;
import org.lvzhi.investment.Shepherding;
import org.lvzhi.investment.ShepherdingReads;
import org.lvzhi.investment.Stage;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stage moves, targets and ledgers through the API. Amounts travel in yuan as exact decimal strings
 * ("75990300.00") in both directions, as everywhere in the API, never as JSON numbers, so no
 * client's floating point touches them; 万元 is what people type in the pages.
 */
@RestController
@Tag(name = "Investment", description = "招商项目与包抓 — project stages, contracts, shepherding ledgers")
class InvestmentApiController {

  static final String YUAN =
      "yuan as an exact decimal string, at most two decimals: \"75990300.00\"";

  record Advance(Stage stage, LocalDate on, String note) {}

  record Sign(
      @Schema(pattern = Amount.YUAN_PATTERN, description = YUAN) String amount,
      LocalDate on,
      Boolean viaPlatform) {}

  record Increase(
      @Schema(pattern = Amount.YUAN_PATTERN, description = YUAN) String newTotal, LocalDate on) {}

  record Suspend(String reason, LocalDate on) {}

  record Resume(LocalDate on) {}

  record Target(
      @Schema(minimum = "1900", maximum = "2100") Integer year,
      @Schema(pattern = Amount.YUAN_PATTERN, description = YUAN) String target) {}

  record Month(
      @Schema(minimum = "1900", maximum = "2100") Integer year,
      @Schema(minimum = "1", maximum = "12") Integer month,
      @Schema(pattern = Amount.YUAN_PATTERN, description = YUAN) String planned,
      @Schema(pattern = Amount.YUAN_PATTERN, description = YUAN) String completed) {}

  /** A move as the API shows it. */
  record MoveJson(
      String from,
      String to,
      LocalDate on,
      String note,
      String countedYuan,
      Boolean firstSigning,
      String recordedBy) {}

  /** A ledger row as the API shows it, amounts in yuan as strings. */
  record LedgerRow(
      int month,
      String planned,
      String completed,
      String plannedToDate,
      String completedToDate,
      String ofTarget) {}

  /** A project's ledger for a year. */
  record LedgerJson(
      int year,
      String target,
      String completed,
      String completion,
      String flag,
      List<LedgerRow> months) {}

  private final Projects projects;
  private final Shepherding shepherding;
  private final ShepherdingReads ledgers;
  private final Registers registers;

  InvestmentApiController(
      Projects projects, Shepherding shepherding, ShepherdingReads ledgers, Registers registers) {
    this.projects = projects;
    this.shepherding = shepherding;
    this.ledgers = ledgers;
    this.registers = registers;
  }

  @PostMapping("/api/v1/investment-projects/{id}/advance")
  @Operation(summary = "Move the project forward to a later stage (not SIGNED: use sign)")
  void advance(@PathVariable long id, @RequestBody Advance body) {
    if (body.stage() == null) {
      throw new InvalidInputException(Map.of("stage", Texts.of("project.move.chooseStage")));
    }
    projects.advance(id, body.stage(), body.on(), body.note());
  }

  @PostMapping("/api/v1/investment-projects/{id}/sign")
  @Operation(summary = "Record the first signing: amount in yuan and date")
  void sign(@PathVariable long id, @RequestBody Sign body) {
    projects.sign(
        id, yuan("amount", body.amount()), body.on(), Boolean.TRUE.equals(body.viaPlatform()));
  }

  @PostMapping("/api/v1/investment-projects/{id}/increase")
  @Operation(summary = "Record a larger contract: only the increase counts")
  void increase(@PathVariable long id, @RequestBody Increase body) {
    projects.increaseContract(id, yuan("newTotal", body.newTotal()), body.on());
  }

  @PostMapping("/api/v1/investment-projects/{id}/suspend")
  @Operation(summary = "Suspend the project, with a reason")
  void suspend(@PathVariable long id, @RequestBody Suspend body) {
    projects.suspend(id, body.reason(), body.on());
  }

  @PostMapping("/api/v1/investment-projects/{id}/resume")
  @Operation(summary = "Resume a suspended project at the stage where it stopped")
  void resume(@PathVariable long id, @RequestBody Resume body) {
    projects.resume(id, body.on());
  }

  @GetMapping("/api/v1/investment-projects/{id}/moves")
  @Operation(summary = "The project's dated stage moves and signings")
  List<MoveJson> moves(@PathVariable long id) {
    CurrentUser.requirePermission("investment:view");
    return projects.moves(id).stream()
        .map(
            m ->
                new MoveJson(
                    m.from() == null ? null : m.from().name(),
                    m.to().name(),
                    m.on(),
                    m.note(),
                    m.counted() == null ? null : m.counted().toString(),
                    m.firstSigning(),
                    m.recordedBy()))
        .toList();
  }

  @PostMapping("/api/v1/investment-projects/{id}/target")
  @Operation(summary = "Set the project's investment target for a year (yuan)")
  void target(@PathVariable long id, @RequestBody Target body) {
    Amount target = yuan("target", body.target());
    if (target.yuan().signum() <= 0) {
      throw new InvalidInputException(Map.of("target", Texts.of("ledger.refused.targetPositive")));
    }
    shepherding.setTarget(id, year(body.year()), target);
  }

  @PostMapping("/api/v1/investment-projects/{id}/ledger")
  @Operation(
      summary =
          "Record a month's planned and completed investment (yuan); cumulative figures are derived")
  void month(@PathVariable long id, @RequestBody Month body) {
    shepherding.recordMonth(
        id,
        year(body.year()),
        body.month() == null ? 0 : body.month(),
        yuan("planned", body.planned()),
        yuan("completed", body.completed()));
  }

  @GetMapping("/api/v1/investment-projects/{id}/ledger")
  @Operation(
      summary = "The project's ledger for a year with cumulative figures, completion and flag")
  LedgerJson ledger(
      @PathVariable long id,
      @RequestParam @Parameter(schema = @Schema(minimum = "1900", maximum = "2100")) int year) {
    CurrentUser.requirePermission("investment:view");
    checkedYear(year);
    registers.requireVisible(Projects.REGISTER, id);
    Ledger ledger = ledgers.ledger(id, year);
    ShepherdingReads.Standing standing = ledgers.standing(id, year);
    return new LedgerJson(
        year,
        ledger.target() == null ? null : ledger.target().plain(),
        ledger.completed().toString(),
        ledger.completion().map(Percent::display).orElse(null),
        standing.flag().name(),
        ledger.rows().stream()
            .map(
                r ->
                    new LedgerRow(
                        r.month(),
                        r.planned().toString(),
                        r.completed().toString(),
                        r.plannedToDate().toString(),
                        r.completedToDate().toString(),
                        r.ofTarget().map(Percent::display).orElse(null)))
            .toList());
  }

  /** An amount in yuan as the API writes it, in both directions ({@link Amount#YUAN_PATTERN}). */
  private static Amount yuan(String field, String text) {
    return Amount.parseYuan(text)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Map.of(field, Texts.of("validation.amountYuan", field, String.valueOf(text)))));
  }

  private static int year(Integer year) {
    if (year == null) {
      throw new InvalidInputException(Map.of("year", Texts.of("ledger.refused.yearRequired")));
    }
    return checkedYear(year);
  }

  /** Years from 1900 to 2100, wherever a year is accepted. */
  private static int checkedYear(int year) {
    if (year < 1900 || year > 2100) {
      throw new InvalidInputException(
          Map.of("year", Texts.of("validation.yearRange", "year", String.valueOf(year))));
    }
    return year;
  }
}
