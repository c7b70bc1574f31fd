package org.lvzhi.investment;

import org.springframework.stereotype.Component;

/**
 * How many of a project's problems are overdue. The problem loop (rectification) is its own module;
 * until it is wired in, a project has none.
 */
@Component
class ProblemCounts {

  long overdue(long projectId) {
    return 0;
  }
}
