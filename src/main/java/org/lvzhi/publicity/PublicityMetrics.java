package org.lvzhi.publicity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What publicity contributes to the metric catalogue: the articles of the query's committee
 * published in the period (both days included), each behind the number, filtered by the outlet's
 * tier (several allowed: {@code tier=CENTRAL,PROVINCIAL}), the outlet, the front page and a member
 * among the authors.
 */
@Configuration
class PublicityMetrics {

  static final String ARTICLES = "publicity.articles";
  private static final String LINK = "/registry/" + PublicityRegisters.ARTICLES + "/";

  private final JdbcClient jdbc;

  PublicityMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Bean
  Metric publicityArticlesMetric() {
    return Metric.of(
        ARTICLES,
        "metric.publicity.articles",
        "篇",
        List.of("tier", "outlet", "frontPage", "member"),
        this::articles);
  }

  private MetricResult articles(MetricQuery query) {
    Selection selection = Selection.of(query);
    List<MetricResult.Source> sources =
        jdbc.sql(
                "select t.id, t.title from publicity_article t join publicity_outlet o"
                    + " on o.id = t.outlet_id where "
                    + selection.where()
                    + " order by t.published_on, t.id")
            .params(selection.params())
            .query((rs, n) -> new MetricResult.Source(rs.getString(2), LINK + rs.getLong(1)))
            .list();
    return MetricResult.count(sources.size(), sources);
  }

  /**
   * The articles a query selects, as SQL on the article {@code t} joined to its outlet {@code o}:
   * the committee, the period and the filters. The statistics page counts the same selection.
   */
  record Selection(String where, Map<String, Object> params) {

    static Selection of(MetricQuery query) {
      StringBuilder where =
          new StringBuilder(
              "t.committee_id = :committeeId and t.published_on between :from and :to");
      Map<String, Object> params = new HashMap<>();
      params.put("committeeId", query.committeeId());
      params.put("from", query.from());
      params.put("to", query.to());
      List<String> tiers = query.values("tier");
      if (!tiers.isEmpty()) {
        where.append(" and o.tier in (:tiers)");
        params.put("tiers", tiers);
      }
      List<Long> outlets = ids(query.values("outlet"));
      if (!outlets.isEmpty()) {
        where.append(" and t.outlet_id in (:outlets)");
        params.put("outlets", outlets);
      }
      if (query.flag("frontPage")) {
        where.append(" and t.front_page = true");
      }
      List<Long> members = ids(query.values("member"));
      if (!members.isEmpty()) {
        where.append(
            " and exists (select 1 from publicity_article_author a where a.article_id = t.id"
                + " and a.member_id in (:members))");
        params.put("members", members);
      }
      return new Selection(where.toString(), params);
    }

    /** The numbers among a filter's values; a value that is none selects nothing. */
    private static List<Long> ids(List<String> values) {
      return values.stream()
          .map(v -> v.matches("\\d{1,18}") ? Long.parseLong(v) : -1L)
          .distinct()
          .toList();
    }
  }
}
