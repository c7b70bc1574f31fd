package org.lvzhi.proposal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.organisation.Units;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's database of what was asked and answered: accepted proposals of all years (not
 * merged, withdrawn or not accepted) with their units and reply, searched by Chinese words and
 * ranked, for everyone who reads proposals — members too, whoever wrote them. Never drafts, never
 * what is private to a proposal's handling (ratings' reasons, the conversation).
 */
@Service
@Transactional(readOnly = true)
public class ProposalDatabase {

  public static final int PAGE_SIZE = 20;

  /** How many matches of a search are ranked at most. */
  static final int MATCHES = 5000;

  private static final String PUBLISHED =
      "t.committee_id = :committee and t.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS',"
          + " 'REPLIED', 'AWAITING_FEEDBACK', 'CLOSED')";

  /** A search: words (may be blank), filters (may be null) and the page from 1. */
  public record Query(String words, Integer year, Long unitId, String grade, int page) {}

  /** One proposal as the database shows it. */
  public record Entry(
      long id,
      String subject,
      Integer number,
      String session,
      Integer year,
      String author,
      List<String> units,
      String grade,
      String reply,
      java.time.LocalDate repliedOn) {}

  public record Page(List<Entry> entries, int total, int page, int pages) {}

  private final JdbcClient jdbc;
  private final SimilarityIndex index;
  private final Sessions sessions;
  private final Members members;
  private final Units units;

  ProposalDatabase(
      JdbcClient jdbc, SimilarityIndex index, Sessions sessions, Members members, Units units) {
    this.jdbc = jdbc;
    this.index = index;
    this.sessions = sessions;
    this.members = members;
    this.units = units;
  }

  public Page search(Query query) {
    CurrentUser.requirePermission(Proposals.VIEW);
    refuseMalformed(query);
    if (CurrentUser.committeeId().isEmpty()) {
      return new Page(List.of(), 0, query.page(), 1);
    }
    long committee = CurrentUser.committeeId().get();
    Map<Long, Integer> years = sessions.years();
    StringBuilder where = new StringBuilder(PUBLISHED);
    Map<String, Object> params = new HashMap<>();
    params.put("committee", committee);
    if (query.year() != null) {
      List<Long> ofYear =
          years.entrySet().stream()
              .filter(e -> e.getValue().equals(query.year()))
              .map(Map.Entry::getKey)
              .toList();
      where.append(" and t.session_id in (:sessions)");
      params.put("sessions", ofYear.isEmpty() ? List.of(-1L) : ofYear);
    }
    if (query.unitId() != null) {
      where.append(
          " and exists (select 1 from proposal_unit u where u.proposal_id = t.id"
              + " and u.unit_id = :unit)");
      params.put("unit", query.unitId());
    }
    if (query.grade() != null) {
      where.append(" and t.reply_grade = :grade");
      params.put("grade", query.grade());
    }
    List<Long> ids =
        query.words() == null || query.words().isBlank()
            ? jdbc.sql(
                    "select t.id from proposal t where "
                        + where
                        + " order by t.session_id desc, t.number, t.id")
                .params(params)
                .query(Long.class)
                .list()
            : ranked(committee, query.words(), where.toString(), params);
    int pages = Math.max(1, (ids.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int from = Math.min(ids.size(), (query.page() - 1) * PAGE_SIZE);
    List<Long> shown = ids.subList(from, Math.min(ids.size(), from + PAGE_SIZE));
    return new Page(entries(shown, years), ids.size(), query.page(), pages);
  }

  private static void refuseMalformed(Query query) {
    Map<String, String> problems = new HashMap<>();
    if (query.page() < 1) {
      problems.put("page", Texts.of("search.badPage"));
    }
    if (query.year() != null && (query.year() < 1949 || query.year() > 2100)) {
      problems.put("year", Texts.of("search.badYear"));
    }
    if (query.grade() != null && !Set.of("A", "B", "C").contains(query.grade())) {
      problems.put("grade", Texts.of("search.badGrade"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The matches of the words among the published proposals, best first. */
  private List<Long> ranked(
      long committee, String words, String where, Map<String, Object> params) {
    List<Long> hits =
        index.matching(committee, words, MATCHES).stream().map(SimilarityIndex.Hit::id).toList();
    Set<Long> published = new HashSet<>();
    for (int from = 0; from < hits.size(); from += ProposalTexts.CHUNK) {
      published.addAll(
          jdbc.sql("select t.id from proposal t where " + where + " and t.id in (:ids)")
              .params(params)
              .param("ids", hits.subList(from, Math.min(hits.size(), from + ProposalTexts.CHUNK)))
              .query(Long.class)
              .list());
    }
    return hits.stream().filter(published::contains).toList();
  }

  private List<Entry> entries(List<Long> ids, Map<Long, Integer> years) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<long[]>> unitsOf = new HashMap<>();
    jdbc.sql(
            "select proposal_id, unit_id, lead from proposal_unit where proposal_id in (:ids)"
                + " order by lead desc, unit_id")
        .param("ids", ids)
        .query(
            rs -> {
              unitsOf
                  .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                  .add(new long[] {rs.getLong(2)});
            });
    Map<Long, String> unitNames =
        units.names(unitsOf.values().stream().flatMap(List::stream).map(u -> u[0]).toList());
    Map<Long, String> sessionNames = sessions.all();
    Map<Long, Entry> found = new HashMap<>();
    List<long[]> authors = new ArrayList<>();
    jdbc.sql(
            "select id, subject, number, session_id, lead_member_id, collective_body,"
                + " reply_grade, reply_text, replied_on from proposal where id in (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              long id = rs.getLong("id");
              Long session = rs.getObject("session_id", Long.class);
              Long lead = rs.getObject("lead_member_id", Long.class);
              if (lead != null) {
                authors.add(new long[] {id, lead});
              }
              found.put(
                  id,
                  new Entry(
                      id,
                      rs.getString("subject"),
                      rs.getObject("number", Integer.class),
                      session == null ? "" : sessionNames.getOrDefault(session, ""),
                      session == null ? null : years.get(session),
                      rs.getString("collective_body"),
                      unitsOf.getOrDefault(id, List.of()).stream()
                          .map(u -> unitNames.getOrDefault(u[0], ""))
                          .toList(),
                      rs.getString("reply_grade"),
                      rs.getString("reply_text"),
                      rs.getObject("replied_on", java.time.LocalDate.class)));
            });
    Map<Long, String> names = members.names(authors.stream().map(a -> a[1]).toList());
    authors.forEach(
        a ->
            found.computeIfPresent(
                a[0],
                (id, e) ->
                    new Entry(
                        e.id(),
                        e.subject(),
                        e.number(),
                        e.session(),
                        e.year(),
                        names.getOrDefault(a[1], e.author()),
                        e.units(),
                        e.grade(),
                        e.reply(),
                        e.repliedOn())));
    return ids.stream().map(found::get).toList();
  }

  /** The grades a reply may have, for the filter. */
  public static List<String> grades() {
    return java.util.Arrays.stream(ReplyGrade.values()).map(Enum::name).toList();
  }
}
