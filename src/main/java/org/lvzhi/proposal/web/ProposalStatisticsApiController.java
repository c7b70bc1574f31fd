package org.lvzhi.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.lvzhi.proposal.OverdueProposals;
import org.lvzhi.proposal.ProposalCompilation;
import org.lvzhi.proposal.ProposalStatistics;
import org.lvzhi.proposal.ProposalStatisticsView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposal statistics, the overdue list and a session's compilation through the API. The named
 * figures are also in the metric catalogue ({@code /api/v1/metrics}: proposal.received,
 * proposal.accepted, proposal.rejected, proposal.merged, proposal.key, proposal.overdue,
 * proposal.replied-on-time-rate, proposal.satisfaction-rate).
 */
@RestController
@Tag(
    name = "Proposal statistics",
    description = "提案统计、超期提案、提案汇编 — statistics, overdue, compilation")
class ProposalStatisticsApiController {

  private final ProposalStatistics statistics;
  private final OverdueProposals overdue;
  private final ProposalCompilation compilation;

  ProposalStatisticsApiController(
      ProposalStatistics statistics, OverdueProposals overdue, ProposalCompilation compilation) {
    this.statistics = statistics;
    this.overdue = overdue;
    this.compilation = compilation;
  }

  @GetMapping("/api/v1/proposals/statistics")
  @Operation(
      summary =
          "Proposal statistics of a year (year=) or period (from=, to=, both days included);"
              + " this year by default")
  ProposalStatisticsView statistics(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return statistics.of(year, from, to);
  }

  @GetMapping("/api/v1/proposals/overdue")
  @Operation(
      summary =
          "Overdue proposals by lead unit (the office, leaders); a unit's clerk: its own unit's,"
              + " and those due within 14 days")
  OverdueProposals.View overdue() {
    return overdue.forCurrentUser();
  }

  @GetMapping("/api/v1/proposals/compilation.docx")
  @Operation(summary = "The compilation (提案汇编) of a session as .docx")
  ResponseEntity<byte[]> compilation(@RequestParam(required = false) Long session) {
    return ProposalStatisticsDownloads.compilation(compilation, session);
  }
}
