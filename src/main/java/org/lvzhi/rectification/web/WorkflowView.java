package org.lvzhi.rectification.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the workflow panel on a problem's page shows: where it stands, its steps, and the moves the
 * user may make.
 */
public record WorkflowView(
    long id,
    String status,
    String statusLabel,
    boolean overdue,
    String sourceTypeLabel,
    String sourceLabel,
    String sourcePath,
    String unitName,
    Long unitId,
    String dueOn,
    String measures,
    List<Step> steps,
    boolean canAssign,
    boolean canAcknowledge,
    boolean canResolve,
    boolean canVerify,
    boolean canReopen,
    Map<Long, String> units,
    String today,
    String csrfParameter,
    String csrfToken,
    Function<String, String> labels) {

  /** One move: when, who, what, and what it set. */
  public record Step(String when, String actor, String action, List<String> details) {}

  public String t(String key) {
    return labels.apply(key);
  }

  public String badge() {
    return RectificationBadges.of(status);
  }

  public String base() {
    return "/rectifications/" + id;
  }

  public boolean anyMove() {
    return canAssign || canAcknowledge || canResolve || canVerify || canReopen;
  }
}
