package org.lvzhi.proposal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.lvzhi.proposal.OverdueProposals;
import org.lvzhi.proposal.ProposalCompilation;
import org.lvzhi.proposal.ProposalStatistics;
import org.lvzhi.proposal.ProposalStatisticsView;
import org.lvzhi.system.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics page of a year or period (figures linking to the proposals behind them), its Excel
 * workbook, the overdue list, and a session's compilation (.docx).
 */
@Controller
class ProposalStatisticsPages {

  private final ProposalStatistics statistics;
  private final OverdueProposals overdue;
  private final ProposalCompilation compilation;

  ProposalStatisticsPages(
      ProposalStatistics statistics, OverdueProposals overdue, ProposalCompilation compilation) {
    this.statistics = statistics;
    this.overdue = overdue;
    this.compilation = compilation;
  }

  @GetMapping("/proposals/statistics")
  String statistics(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    model.addAttribute("statistics", statistics.of(year, from, to));
    return "proposal/statistics";
  }

  @GetMapping("/proposals/statistics.xlsx")
  void workbook(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    ProposalStatisticsView view = statistics.of(year, from, to);
    response.setContentType(ProposalStatisticsDownloads.XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ProposalStatisticsDownloads.attachment(
            Texts.of("proposal.stats.fileName", view.from().toString(), view.to().toString())));
    statistics.export(view, response.getOutputStream());
  }

  @GetMapping("/proposals/overdue")
  String overdue(Model model) {
    model.addAttribute("overdue", overdue.forCurrentUser());
    return "proposal/overdue";
  }

  @GetMapping("/proposals/compilation.docx")
  ResponseEntity<byte[]> compilation(@RequestParam(required = false) Long session) {
    return ProposalStatisticsDownloads.compilation(compilation, session);
  }
}
