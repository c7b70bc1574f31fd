package org.lvzhi.investment;

import org.lvzhi.rectification.Rectifications;
import org.springframework.stereotype.Component;

/** How many of a shepherded project's problems (raised in the rectification loop) are overdue. */
@Component
class ProblemCounts {

  static final String SOURCE = "project";
  private final Rectifications rectifications;

  ProblemCounts(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  long overdue(long projectId) {
    return rectifications.overdueCount(SOURCE, projectId);
  }
}
