package org.lvzhi.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored overdue flag, which the register lists and filters on, true to the day: a due
 * date passes without anyone touching the problem, so the first request of each new day to the
 * problems' pages or API brings every flag up to date before it is served (each move sets its own).
 * Counts and panels compute overdue from the dates and do not depend on it.
 */
@Component
public class OverdueFlags {

  private static final Logger log = LoggerFactory.getLogger(OverdueFlags.class);
  private final RectificationStore store;
  private final Clock clock;
  private final AtomicReference<LocalDate> refreshedFor = new AtomicReference<>();

  OverdueFlags(RectificationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Brings the flags to today, once a day (a repeat on a race is harmless: the update is
   * idempotent).
   */
  public void upToDate() {
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(refreshedFor.get())) {
      int changed = store.refreshOverdue(today);
      refreshedFor.set(today);
      if (changed > 0) {
        log.info("{} problem(s) changed their overdue flag for {}", changed, today);
      }
    }
  }
}
