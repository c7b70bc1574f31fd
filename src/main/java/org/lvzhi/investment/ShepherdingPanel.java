package org.lvzhi.investment;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.CsrfField;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A project's shepherding this year: target, ledger with cumulative figures and chart, milestones, flag. */
@Component
class ShepherdingPanel implements org.lvzhi.register.RecordPanel {

  private final Shepherding shepherding;
  private final JdbcClient jdbc;
  private final TemplateEngine templates;
  private final MessageSource messages;
  private final Clock clock;

  ShepherdingPanel(@Lazy Shepherding shepherding, JdbcClient jdbc, TemplateEngine templates, MessageSource messages,
      Clock clock) {
    this.shepherding = shepherding;
    this.jdbc = jdbc;
    this.templates = templates;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public String html(long projectId) {
    LocalDate today = LocalDate.now(clock);
    int year = requestedYear().orElse(today.getYear());
    Ledger ledger = shepherding.ledger(projectId, year);
    Shepherding.Standing standing = shepherding.standing(projectId, year);
    List<Ledger.Row> rows = ledger.rows();
    List<InvestmentViews.LedgerLine> lines = rows.stream().map(r -> new InvestmentViews.LedgerLine(r.month(),
        wan(r.planned()), wan(r.completed()), wan(r.plannedToDate()), wan(r.completedToDate()),
        r.ofTarget().map(Percent::display).orElse(""))).toList();
    List<InvestmentViews.MilestoneLine> milestones = jdbc.sql("select id, name, planned_on, done_on"
            + " from project_milestone where project_id = :id order by planned_on, id").param("id", projectId)
        .query((rs, n) -> {
          LocalDate planned = rs.getObject(3, LocalDate.class);
          LocalDate done = rs.getObject(4, LocalDate.class);
          return new InvestmentViews.MilestoneLine(rs.getLong(1), rs.getString(2), planned.toString(),
              done == null ? "" : done.toString(), done == null && planned.isBefore(today));
        })
        .list();
    CsrfField csrf = CsrfField.current();
    var view = new InvestmentViews.ShepherdingView(projectId, year, standing.shepherds(),
        ledger.target() == null ? "" : ledger.target().display(), ledger.completed().display(),
        ledger.completion().map(Percent::display).orElse(""), RagFlag.elapsed(today).display(),
        standing.flag().name(), text("rag." + standing.flag().name()), lines,
        rows.stream().map(r -> r.month() + "月").collect(Collectors.joining(",")),
        rows.stream().map(r -> r.plannedToDate().inWan().toPlainString()).collect(Collectors.joining(",")),
        rows.stream().map(r -> r.completedToDate().inWan().toPlainString()).collect(Collectors.joining(",")),
        milestones, CurrentUser.require().can(Projects.MOVE), csrf.parameter(), csrf.token(), this::text);
    StringOutput output = new StringOutput();
    templates.render("investment/shepherding.jte", Map.of("panel", view), output);
    return output.toString();
  }

  /** The page's {@code ?year=}: the ledger of another year, shown and entered on the same page. */
  private static java.util.Optional<Integer> requestedYear() {
    var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
    if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
      String year = servlet.getRequest().getParameter("year");
      if (year != null && year.matches("\\d{4}")) {
        int value = Integer.parseInt(year);
        return value >= 2000 && value <= 2100 ? java.util.Optional.of(value) : java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  private static String wan(Amount amount) {
    return amount.wanFigure();
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
