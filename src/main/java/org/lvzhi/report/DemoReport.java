package org.lvzhi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.organisation.Committees;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's report for the first half of the demo year, generated from the demo data by the
 * office ({@code office}) after every module's records are in, with a second version in which the
 * office added a closing sentence. Idempotent: a committee that has a report of that period is left
 * as it is.
 */
@Component
@Order(70)
class DemoReport implements DemoData {

  static final String COMMITTEE = "政协云溪县委员会";
  static final String CLOSING = "下一步，县政协将继续围绕中心、服务大局，推动各项工作再上新台阶。";

  private final Reports reports;
  private final ReportStore store;
  private final Committees committees;
  private final SystemActor system;
  private final Clock clock;

  DemoReport(
      Reports reports, ReportStore store, Committees committees, SystemActor system, Clock clock) {
    this.reports = reports;
    this.store = store;
    this.committees = committees;
    this.system = system;
    this.clock = clock;
  }

  @Override
  public void load() {
    Long committee = committees.named(COMMITTEE).orElse(null);
    if (committee == null) {
      return;
    }
    int year = LocalDate.now(clock).getYear();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 6, 30);
    system.callAs(
        "office",
        Role.STAFF,
        null,
        null,
        committee,
        () -> {
          if (store.all().stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to))) {
            return null;
          }
          long id = reports.generate(from, to, "云溪县政协" + year + "年上半年工作进展情况");
          Reports.Detail detail = reports.detail(id);
          List<ReportText.Block> blocks = new ArrayList<>(detail.text().blocks());
          blocks.add(new ReportText.Block(false, CLOSING));
          reports.save(
              id,
              detail.report().version(),
              new ReportText(detail.text().title(), blocks),
              "补充结束语");
          return null;
        });
  }
}
