package org.lvzhi.proposal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * The proposals a figure counts: one committee's (ADR 7), received (submitted, every co-signer
 * having confirmed) in the period, both days included, narrowed by the filters the metrics
 * document. Every proposal figure of the period — the metrics, the statistics page and its tables —
 * counts within this selection, so they agree. SQL is built from constants only; values are bound.
 */
final class ProposalMetricsSelection {

  /** The filters: lead unit, sector, special committee, kind, in session, member (as an author). */
  static final List<String> FILTERS =
      List.of("unit", "sector", "specialCommittee", "kind", "inSession", "member");

  /** Received: submitted and past the co-signers; a returned or withdrawn one was received too. */
  static final String RECEIVED = "t.status not in ('DRAFT', 'AWAITING_COSIGNERS')";

  /** The proposal's sector, or else its lead author's. */
  static final String SECTOR =
      "coalesce(t.sector_id, (select m.sector_id from member m where m.id = t.lead_member_id))";

  final String where;
  final Map<String, Object> params = new HashMap<>();

  private ProposalMetricsSelection(String where) {
    this.where = where;
  }

  static ProposalMetricsSelection of(MetricQuery query, LocalDate today) {
    StringJoiner where = new StringJoiner(" and ");
    Map<String, Object> params = new HashMap<>();
    where.add("t.committee_id = :committeeId");
    params.put("committeeId", query.committeeId());
    where.add("t.submitted_on between :from and :to");
    params.put("from", query.from());
    params.put("to", query.to());
    params.put("today", today);
    where.add(RECEIVED);
    List<Long> units = ids(query, "unit");
    if (!units.isEmpty()) {
      where.add(
          "exists (select 1 from proposal_unit lu where lu.proposal_id = t.id and lu.lead = true"
              + " and lu.unit_id in (:unit))");
      params.put("unit", units);
    }
    List<Long> sectors = ids(query, "sector");
    if (!sectors.isEmpty()) {
      where.add(SECTOR + " in (:sector)");
      params.put("sector", sectors);
    }
    List<Long> specialCommittees = ids(query, "specialCommittee");
    if (!specialCommittees.isEmpty()) {
      where.add(
          "(t.special_committee_id in (:specialCommittee) or (t.special_committee_id is null and"
              + " exists (select 1 from member_special_committee x where x.member_id ="
              + " t.lead_member_id and x.special_committee_id in (:specialCommittee))))");
      params.put("specialCommittee", specialCommittees);
    }
    List<String> kinds = query.values("kind");
    if (!kinds.isEmpty()) {
      where.add("t.kind in (:kind)");
      params.put("kind", kinds.stream().map(ProposalMetricsSelection::kind).toList());
    }
    String inSession = query.filters().get("inSession");
    if (inSession != null && !inSession.isBlank()) {
      where.add("t.in_session = :inSession");
      params.put("inSession", Boolean.parseBoolean(inSession.trim()));
    }
    List<Long> members = ids(query, "member");
    if (!members.isEmpty()) {
      // A co-signer counts once confirmed.
      where.add(
          "(t.lead_member_id in (:member) or exists (select 1 from proposal_cosigner c where"
              + " c.proposal_id = t.id and c.member_id in (:member) and c.confirmed_on is not null))");
      params.put("member", members);
    }
    ProposalMetricsSelection selection = new ProposalMetricsSelection(where.toString());
    selection.params.putAll(params);
    return selection;
  }

  /** This selection and a condition (a constant) on top. */
  String and(String condition) {
    return where + " and (" + condition + ")";
  }

  private static List<Long> ids(MetricQuery query, String filter) {
    return query.values(filter).stream()
        .map(
            value -> {
              try {
                return Long.valueOf(value);
              } catch (NumberFormatException e) {
                throw new InvalidInputException(
                    Map.of(filter, Texts.of("proposal.stats.badFilter", filter, value)));
              }
            })
        .toList();
  }

  private static String kind(String value) {
    try {
      return ProposalKind.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          Map.of("kind", Texts.of("proposal.stats.badFilter", "kind", value)));
    }
  }
}
