package org.lvzhi.investment.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.investment.Ledger;
import org.lvzhi.investment.Projects;
import org.lvzhi.investment.ShepherdingReads;
import org.lvzhi.shared.Percent;
import org.lvzhi.shared.RagFlag;
import org.lvzhi.system.CsrfField;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A project's shepherding in a year: target, ledger with cumulative figures and chart, milestones,
 * flag. It reads through {@link ShepherdingReads}, which needs nothing of the register showing it.
 */
@Component
public class ShepherdingPanel implements org.lvzhi.register.RecordPanel {

  private final ShepherdingReads shepherding;
  private final TemplateEngine templates;
  private final MessageSource messages;
  private final Clock clock;

  ShepherdingPanel(
      ShepherdingReads shepherding, TemplateEngine templates, MessageSource messages, Clock clock) {
    this.shepherding = shepherding;
    this.templates = templates;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public String html(long projectId) {
    LocalDate today = LocalDate.now(clock);
    int year = requestedYear().orElse(today.getYear());
    Ledger ledger = shepherding.ledger(projectId, year);
    ShepherdingReads.Standing standing = shepherding.standing(projectId, year);
    List<Ledger.Row> rows = ledger.rows();
    List<InvestmentViews.LedgerLine> lines =
        rows.stream()
            .map(
                r ->
                    new InvestmentViews.LedgerLine(
                        r.month(),
                        r.planned().wanFigure(),
                        r.completed().wanFigure(),
                        r.plannedToDate().wanFigure(),
                        r.completedToDate().wanFigure(),
                        r.ofTarget().map(Percent::display).orElse("")))
            .toList();
    List<InvestmentViews.MilestoneLine> milestones =
        shepherding.milestones(projectId).stream()
            .map(
                m ->
                    new InvestmentViews.MilestoneLine(
                        m.id(),
                        m.name(),
                        m.plannedOn().toString(),
                        m.doneOn() == null ? "" : m.doneOn().toString(),
                        m.overdue()))
            .toList();
    CsrfField csrf = CsrfField.current();
    var view =
        new InvestmentViews.ShepherdingView(
            projectId,
            year,
            standing.shepherds(),
            ledger.target() == null ? "" : ledger.target().display(),
            ledger.completed().display(),
            ledger.completion().map(Percent::display).orElse(""),
            RagFlag.elapsed(today).display(),
            standing.flag().name(),
            text("rag." + standing.flag().name()),
            lines,
            rows.stream()
                .map(
                    r ->
                        messages.getMessage(
                            "ledger.monthLabel",
                            new Object[] {r.month()},
                            LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(",")),
            rows.stream()
                .map(r -> r.plannedToDate().inWan().toPlainString())
                .collect(Collectors.joining(",")),
            rows.stream()
                .map(r -> r.completedToDate().inWan().toPlainString())
                .collect(Collectors.joining(",")),
            milestones,
            CurrentUser.require().can(Projects.MOVE),
            csrf.parameter(),
            csrf.token(),
            this::text);
    StringOutput output = new StringOutput();
    templates.render("investment/shepherding.jte", Map.of("panel", view), output);
    return output.toString();
  }

  /** The page's {@code ?year=}: the ledger of another year, shown and entered on the same page. */
  private static Optional<Integer> requestedYear() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
      String year = servlet.getRequest().getParameter("year");
      if (year != null && year.matches("\\d{4}")) {
        int value = Integer.parseInt(year);
        return value >= 2000 && value <= 2100 ? Optional.of(value) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
