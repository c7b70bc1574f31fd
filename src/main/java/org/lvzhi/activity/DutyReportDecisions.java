package org.lvzhi.activity;

import java.util.List;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's decision on a duty report: confirmed or rejected, recorded and published. */
@Service
class DutyReportDecisions {

  static final String RECORD_TYPE = "duty_report";
  private final DutyReportStore store;
  private final History history;
  private final ApplicationEventPublisher events;

  DutyReportDecisions(DutyReportStore store, History history, ApplicationEventPublisher events) {
    this.store = store;
    this.history = history;
    this.events = events;
  }

  /** Confirms or rejects the report (the register has checked permission and visibility). */
  @Transactional
  List<String> decide(long id, boolean confirm) {
    DutyReport report =
        store.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    DutyReport decided = confirm ? report.confirm() : report.reject();
    store.saveStatus(decided);
    history.record(
        RECORD_TYPE,
        id,
        confirm ? "CONFIRM" : "REJECT",
        List.of(new Change("dutyReport.status", report.status().name(), decided.status().name())));
    events.publishEvent(new DutyReportDecided(id, report.memberId(), confirm));
    return List.of();
  }
}
