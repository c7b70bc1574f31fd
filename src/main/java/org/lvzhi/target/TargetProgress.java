package org.lvzhi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.organisation.Members;
import org.springframework.stereotype.Component;

/**
 * Works out how targets stand on a day: the actual value from the metric catalogue (never typed,
 * unless the target is manual) for the year up to that day, both days included, in the target's
 * unit, then {@link Progress}.
 */
@Component
class TargetProgress {

  private final MetricCatalogue catalogue;
  private final Members members;
  private final TargetProperties properties;

  TargetProgress(MetricCatalogue catalogue, Members members, TargetProperties properties) {
    this.catalogue = catalogue;
    this.members = members;
    this.properties = properties;
  }

  /** The first and last day a target of the year counts on a day: January 1st to that day. */
  static LocalDate[] period(int year, LocalDate asOf) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    LocalDate to = asOf.isBefore(start) ? end : asOf.isAfter(end) ? end : asOf;
    return new LocalDate[] {start, to};
  }

  /** The metric's value over the year up to the day, in the target's unit. */
  BigDecimal actual(long committee, Indicator indicator, String unit, int year, LocalDate asOf) {
    LocalDate[] period = period(year, asOf);
    Metric metric = catalogue.get(indicator.metric());
    BigDecimal value =
        metric
            .compute(new MetricQuery(committee, period[0], period[1], indicator.filters()))
            .value();
    return TargetUnits.convert(value, metric.unit(), unit);
  }

  List<ProgressTable.Group> rows(
      long committee, int year, LocalDate asOf, List<TargetLine> targets) {
    Map<Long, String> leads =
        members.names(
            targets.stream().map(TargetLine::leadMemberId).filter(id -> id != null).toList());
    Map<Long, String> bodies = members.specialCommittees();
    Map<String, List<ProgressRow>> groups = new LinkedHashMap<>();
    for (TargetLine target : targets) {
      BigDecimal actual =
          target.manual()
              ? (target.manualOn() != null && !target.manualOn().isAfter(asOf)
                  ? TargetStore.orZero(target.manualValue())
                  : BigDecimal.ZERO)
              : actual(committee, target.indicator(), target.unit(), year, asOf);
      groups
          .computeIfAbsent(target.themeName(), k -> new ArrayList<>())
          .add(
              new ProgressRow(
                  target.id(),
                  target.themeName(),
                  target.label(),
                  target.indicator(),
                  target.unit(),
                  target.targetValue(),
                  actual,
                  Progress.of(actual, target.targetValue(), year, asOf, properties.thresholds()),
                  target.leadMemberId() == null ? null : leads.get(target.leadMemberId()),
                  target.specialCommitteeId() == null
                      ? null
                      : bodies.get(target.specialCommitteeId()),
                  target.deadline(),
                  target.manual(),
                  target.manualNote(),
                  target.manual() ? null : recordsHref(target.indicator(), year, asOf)));
    }
    List<ProgressTable.Group> list = new ArrayList<>();
    groups.forEach((theme, rows) -> list.add(new ProgressTable.Group(theme, rows)));
    return list;
  }

  /** The page listing the records behind an indicator's value for the year up to the day. */
  static String recordsHref(Indicator indicator, int year, LocalDate asOf) {
    LocalDate[] period = period(year, asOf);
    return org.lvzhi.metric.MetricLinks.records(
        indicator.metric(), period[0], period[1], indicator.filters());
  }
}
