package org.lvzhi.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.organisation.Members;

/**
 * The activities a metric or statistic counts: the query's committee's (ADR 7), not cancelled,
 * starting in the period, narrowed by the filters category, typeId, organiser, specialCommitteeId,
 * province and ledByPartyGroup. As SQL on {@code activity a join activity_type t}, with bound
 * parameters only.
 */
final class ActivitySelection {

  static final List<String> FILTERS =
      List.of(
          "category", "typeId", "organiser", "specialCommitteeId", "province", "ledByPartyGroup");

  final String where;
  final Map<String, Object> params;

  private ActivitySelection(String where, Map<String, Object> params) {
    this.where = where;
    this.params = params;
  }

  static ActivitySelection of(MetricQuery query, Members members) {
    StringJoiner where = new StringJoiner(" and ");
    Map<String, Object> params = new HashMap<>();
    where.add("a.committee_id = :committeeId");
    // A cancelled activity did not take place: it is on record, never counted.
    where.add("a.cancelled = false");
    params.put("committeeId", query.committeeId());
    where.add("a.starts_at >= :from and a.starts_at < :until");
    params.put("from", query.from().atStartOfDay());
    params.put("until", query.to().plusDays(1).atStartOfDay());
    add(where, params, "t.category in (:category)", "category", query.values("category"));
    add(where, params, "a.organiser in (:organiser)", "organiser", query.values("organiser"));
    add(where, params, "a.type_id in (:typeId)", "typeId", longs(query.values("typeId")));
    add(
        where,
        params,
        "a.special_committee_id in (:specialCommitteeId)",
        "specialCommitteeId",
        longs(query.values("specialCommitteeId")));
    add(
        where,
        params,
        "exists (select 1 from activity_province ap where ap.activity_id = a.id"
            + " and ap.province in (:province))",
        "province",
        query.values("province"));
    if (query.flag("ledByPartyGroup")) {
      List<Long> partyGroup = members.partyGroup();
      where.add(partyGroup.isEmpty() ? "1 = 0" : "a.leader_id in (:partyGroup)");
      params.put("partyGroup", partyGroup.isEmpty() ? List.of(-1L) : partyGroup);
    }
    return new ActivitySelection(where.toString(), params);
  }

  private static void add(
      StringJoiner where, Map<String, Object> params, String sql, String name, List<?> values) {
    if (!values.isEmpty()) {
      where.add(sql);
      params.put(name, values);
    }
  }

  private static List<Long> longs(List<String> values) {
    try {
      return values.stream().map(Long::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new org.lvzhi.system.InvalidInputException(
          java.util.Map.of("filter", org.lvzhi.system.Texts.of("activity.filterNotIds", values)));
    }
  }
}
