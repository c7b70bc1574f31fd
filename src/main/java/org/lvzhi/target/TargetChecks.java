package org.lvzhi.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lvzhi.history.Change;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Component;

/**
 * What a target must be before it is kept, every problem named at once (nothing saved on any): an
 * indicator the catalogue knows with filters it understands, a unit that fits the metric's, a
 * positive target value, a lead leader and a responsible body of the committee, a deadline in the
 * year, and for a manual indicator its value, note and date (not in the future).
 */
@Component
class TargetChecks {

  static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

  private final MetricCatalogue catalogue;
  private final Members members;
  private final Clock clock;

  TargetChecks(MetricCatalogue catalogue, Members members, Clock clock) {
    this.catalogue = catalogue;
    this.members = members;
    this.clock = clock;
  }

  /** A year a campaign may have: 2000 to 2100. */
  static int year(int year) {
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException(Map.of("year", Texts.of("target.invalidYear")));
    }
    return year;
  }

  static YearMonth month(int year, int month) {
    year(year);
    if (month < 1 || month > 12) {
      throw new InvalidInputException(Map.of("month", Texts.of("target.invalidMonth")));
    }
    return YearMonth.of(year, month);
  }

  String name(String field, String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw new InvalidInputException(Map.of(field, Texts.of("target.nameRequired")));
    }
    if (clean.length() > 100) {
      throw new InvalidInputException(Map.of(field, Texts.of("target.tooLong", 100)));
    }
    return clean;
  }

  /** The indicator, if the catalogue knows its metric and filters and the unit fits. */
  Indicator indicator(String metricName, Map<String, String> filters, String unit) {
    Map<String, String> errors = new LinkedHashMap<>();
    Indicator indicator = indicator(metricName, filters, unit, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return indicator;
  }

  private Indicator indicator(
      String metricName, Map<String, String> filters, String unit, Map<String, String> errors) {
    Map<String, String> given = filters == null ? Map.of() : filters;
    if (unit == null || !TargetUnits.ALL.contains(unit)) {
      errors.put("unit", Texts.of("target.unknownUnit", String.join(" ", TargetUnits.ALL)));
    }
    Metric metric;
    try {
      metric = metricName == null || metricName.isBlank() ? null : catalogue.get(metricName);
    } catch (RecordNotFoundException e) {
      metric = null;
    }
    if (metric == null) {
      errors.put("metric", Texts.of("target.unknownMetric"));
      return new Indicator(metricName == null ? "" : metricName, Map.of());
    }
    for (Map.Entry<String, String> filter : given.entrySet()) {
      if (!metric.filters().contains(filter.getKey())
          || !Indicator.NAME.matcher(filter.getKey()).matches()) {
        errors.put(
            "filters",
            Texts.of("target.unknownFilter", filter.getKey(), String.join(", ", metric.filters())));
      } else if (filter.getValue() == null
          || !Indicator.VALUE.matcher(filter.getValue()).matches()) {
        errors.put("filters", Texts.of("target.invalidFilterValue", filter.getKey()));
      }
    }
    if (!errors.containsKey("filters")
        && new Indicator(metric.name(), given).filtersText().length() > 500) {
      errors.put("filters", Texts.of("target.tooLong", 500));
    }
    if (unit != null && TargetUnits.ALL.contains(unit) && !TargetUnits.fits(metric.unit(), unit)) {
      errors.put("unit", Texts.of("target.unitMismatch", metric.unit()));
    }
    return new Indicator(metric.name(), errors.containsKey("filters") ? Map.of() : given);
  }

  /** Checks a target's input as a whole. */
  void target(long committee, Campaign campaign, TargetInput in) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (in.label() == null || in.label().isBlank()) {
      errors.put("label", Texts.of("target.labelRequired"));
    } else if (in.label().strip().length() > 200) {
      errors.put("label", Texts.of("target.tooLong", 200));
    }
    if (in.manual()) {
      if (in.unit() == null || !TargetUnits.ALL.contains(in.unit())) {
        errors.put("unit", Texts.of("target.unknownUnit", String.join(" ", TargetUnits.ALL)));
      }
      if (in.metric() != null && !in.metric().isBlank()) {
        errors.put("metric", Texts.of("target.manualHasNoMetric"));
      }
      manual(in, campaign.year(), errors);
    } else {
      Indicator indicator = indicator(in.metric(), in.filters(), in.unit(), errors);
      if (!errors.containsKey("metric") && !errors.containsKey("filters")) {
        try {
          catalogue
              .get(indicator.metric())
              .compute(
                  new org.lvzhi.metric.MetricQuery(
                      committee,
                      LocalDate.of(campaign.year(), 1, 1),
                      LocalDate.of(campaign.year(), 12, 31),
                      indicator.filters()));
        } catch (InvalidInputException | IllegalArgumentException e) {
          errors.put("filters", refusal(e));
        }
      }
      if (in.manualValue() != null || (in.manualNote() != null && !in.manualNote().isBlank())) {
        errors.put("manualValue", Texts.of("target.notManual"));
      }
    }
    value(in.targetValue(), "targetValue", errors);
    if (in.themeId() != null && campaign.themes().stream().noneMatch(t -> t.id() == in.themeId())) {
      errors.put("themeId", Texts.of("target.unknownTheme"));
    }
    if (in.leadMemberId() != null && !members.leaders().containsKey(in.leadMemberId())) {
      errors.put("leadMemberId", Texts.of("target.unknownLeader"));
    }
    if (in.specialCommitteeId() != null
        && !members.specialCommittees().containsKey(in.specialCommitteeId())) {
      errors.put("specialCommitteeId", Texts.of("target.unknownBody"));
    }
    if (in.deadline() != null && in.deadline().getYear() != campaign.year()) {
      errors.put("deadline", Texts.of("target.deadlineInYear", campaign.year()));
    }
    if (in.sortOrder() != null && (in.sortOrder() < 0 || in.sortOrder() > 9999)) {
      errors.put("sortOrder", Texts.of("target.invalidOrder"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void manual(TargetInput in, int year, Map<String, String> errors) {
    if (in.manualValue() == null) {
      errors.put("manualValue", Texts.of("target.manualValueRequired"));
    } else {
      value(in.manualValue(), "manualValue", errors);
    }
    if (in.manualNote() == null || in.manualNote().isBlank()) {
      errors.put("manualNote", Texts.of("target.manualNoteRequired"));
    } else if (in.manualNote().strip().length() > 500) {
      errors.put("manualNote", Texts.of("target.tooLong", 500));
    }
    if (in.manualOn() == null) {
      errors.put("manualOn", Texts.of("target.manualDateRequired"));
    } else if (in.manualOn().isAfter(LocalDate.now(clock))) {
      errors.put("manualOn", Texts.of("target.manualDateFuture"));
    } else if (in.manualOn().getYear() < year) {
      errors.put("manualOn", Texts.of("target.manualDateInYear", year));
    }
  }

  private static void value(BigDecimal value, String field, Map<String, String> errors) {
    if (value == null) {
      errors.put(field, Texts.of("target.valueRequired"));
    } else if (value.signum() < 0
        || (field.equals("targetValue") && value.signum() == 0)
        || value.compareTo(MAX_VALUE) >= 0
        || value.stripTrailingZeros().scale() > 2) {
      errors.put(field, Texts.of("target.invalidValue"));
    }
  }

  /** Runs a computation, its refusal of a filter's value becoming the form's filters problem. */
  <T> T computed(Supplier<T> computation) {
    try {
      return computation.get();
    } catch (InvalidInputException | IllegalArgumentException e) {
      throw new InvalidInputException(Map.of("filters", refusal(e)));
    }
  }

  private static String refusal(RuntimeException e) {
    return e instanceof InvalidInputException invalid
        ? invalid.summary()
        : Texts.of("target.invalidFilterValue", "");
  }

  /** What changed between a target as kept and its new input, for history. */
  static List<Change> changes(TargetLine before, TargetInput after) {
    List<Change> changes = new ArrayList<>();
    add(changes, "target.label", before.label(), after.label().strip());
    add(
        changes,
        "target.indicator",
        before.indicator().toString(),
        new Indicator(after.metric() == null ? "" : after.metric(), after.filters()).toString());
    add(changes, "target.unit", before.unit(), after.unit());
    add(changes, "target.value", plain(before.targetValue()), plain(after.targetValue()));
    add(changes, "target.manualValue", plain(before.manualValue()), plain(after.manualValue()));
    add(
        changes,
        "target.deadline",
        String.valueOf(before.deadline()),
        String.valueOf(after.deadline()));
    return changes;
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private static void add(List<Change> changes, String field, String before, String after) {
    if (!java.util.Objects.equals(before, after)) {
      changes.add(new Change(field, before, after));
    }
  }
}
