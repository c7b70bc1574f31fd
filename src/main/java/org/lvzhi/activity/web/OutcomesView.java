package org.lvzhi.activity.web;

import java.util.List;
import java.util.function.Function;

/** What the outcomes panel of an activity shows. */
public record OutcomesView(
    long activityId, boolean canAdd, List<Line> lines, Function<String, String> t) {

  /** One outcome. */
  public record Line(long id, String kind, String unit, String content) {}
}
