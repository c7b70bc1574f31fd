package org.lvzhi.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.shared.Percent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What proposals contribute to the metric catalogue. Every figure counts the proposals received in
 * the period ({@link ProposalMetricsSelection}: submitted, every co-signer having confirmed, both
 * days included), of one committee, with the filters {@code unit} (lead unit), {@code sector} (the
 * proposal's, else its lead author's), {@code specialCommittee} (the proposal's, else one of its
 * lead author's), {@code kind} (INDIVIDUAL, JOINT, COLLECTIVE), {@code inSession} (true / false)
 * and {@code member} (lead author or confirmed co-signer); each may list several values. Of those:
 * how many were accepted, not accepted, merged, marked key, are overdue today; the share replied on
 * time (replied by the due date as extended, of those replied or overdue: whose deadline is
 * decided) and the share rated satisfied or basically satisfied by result (of those rated), as
 * percentages half-up to two decimals. Behind each number are its proposals.
 */
@Configuration
class ProposalMetrics {

  static final String ACCEPTED =
      "t.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REPLIED', 'AWAITING_FEEDBACK', 'CLOSED')";
  static final String REJECTED = "t.status = 'REJECTED_AS_SUGGESTION'";
  static final String MERGED = "t.status = 'MERGED'";
  static final String WITHDRAWN = "t.status = 'WITHDRAWN'";
  static final String ASSIGNED = "t.assigned_on is not null";
  static final String REPLIED = "t.replied_on is not null";
  static final String ON_TIME = "t.replied_on is not null and t.replied_on <= t.due_on";

  /** Whose deadline is decided: replied (on time or late), or overdue without a reply. */
  static final String DUE = "t.replied_on is not null or (" + ProposalStore.OVERDUE + ")";

  static final String RATED = "t.rating_result is not null";
  static final String SATISFIED = "t.rating_result in ('SATISFIED', 'BASICALLY_SATISFIED')";
  static final String KEY = "t.key_proposal = true";
  static final String OVERDUE = ProposalStore.OVERDUE;

  private static final String LINK = "/registry/" + Proposals.REGISTER + "/";
  private final JdbcClient jdbc;
  private final Clock clock;

  ProposalMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Bean
  Metric proposalReceived() {
    return count("received", "1 = 1");
  }

  @Bean
  Metric proposalAccepted() {
    return count("accepted", ACCEPTED);
  }

  @Bean
  Metric proposalRejected() {
    return count("rejected", REJECTED);
  }

  @Bean
  Metric proposalMerged() {
    return count("merged", MERGED);
  }

  @Bean
  Metric proposalKey() {
    return count("key", KEY);
  }

  @Bean
  Metric proposalOverdue() {
    return count("overdue", OVERDUE);
  }

  @Bean
  Metric proposalRepliedOnTimeRate() {
    return rate("replied-on-time-rate", "repliedOnTimeRate", ON_TIME, DUE);
  }

  @Bean
  Metric proposalSatisfactionRate() {
    return rate("satisfaction-rate", "satisfactionRate", SATISFIED, RATED);
  }

  private Metric count(String name, String condition) {
    return Metric.of(
        "proposal." + name,
        "metric.proposal." + name,
        "件",
        ProposalMetricsSelection.FILTERS,
        query -> {
          List<MetricResult.Source> sources = sources(query, condition);
          return MetricResult.count(sources.size(), sources);
        });
  }

  private Metric rate(String name, String labelKey, String numerator, String denominator) {
    return Metric.of(
        "proposal." + name,
        "metric.proposal." + labelKey,
        "%",
        ProposalMetricsSelection.FILTERS,
        query -> {
          List<MetricResult.Source> counted = sources(query, numerator);
          long of = sources(query, denominator).size();
          BigDecimal value =
              Percent.of(BigDecimal.valueOf(counted.size()), BigDecimal.valueOf(of))
                  .map(Percent::value)
                  .orElse(BigDecimal.ZERO);
          return new MetricResult(value, List.of(), counted);
        });
  }

  /** The selection's proposals meeting {@code condition} (a constant), in number order. */
  private List<MetricResult.Source> sources(MetricQuery query, String condition) {
    ProposalMetricsSelection selection = ProposalMetricsSelection.of(query, LocalDate.now(clock));
    return jdbc.sql(
            "select t.id, t.number, t.subject from proposal t where "
                + selection.and(condition)
                + " order by t.number, t.submitted_on, t.id")
        .params(selection.params)
        .query(
            (rs, n) -> {
              Integer number = rs.getObject(2, Integer.class);
              String label = (number == null ? "" : "#" + number + " ") + rs.getString(3);
              return new MetricResult.Source(label, LINK + rs.getLong(1));
            })
        .list();
  }
}
