package org.lvzhi.proposal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored overdue flag, which the register lists and filters on, true to the day: a due
 * date passes without anyone touching the proposal. Runs at start-up and just after each midnight
 * (Asia/Shanghai); on several nodes each runs it, harmlessly — the update is idempotent. Pages and
 * counts compute overdue from the dates and do not depend on it.
 */
@Component
class ProposalOverdueFlags {

  private static final Logger log = LoggerFactory.getLogger(ProposalOverdueFlags.class);
  private final ProposalStore store;
  private final Clock clock;

  ProposalOverdueFlags(ProposalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
  void refresh() {
    LocalDate today = LocalDate.now(clock);
    int changed = store.refreshOverdue(today);
    if (changed > 0) {
      log.info("{} proposal(s) changed their overdue flag for {}", changed, today);
    }
  }
}
