package org.lvzhi.proposal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the similarity index reads of the proposal table: every proposal but drafts, of all years,
 * of one committee. Only reads; {@link ProposalStore} alone writes the table. Every save bumps a
 * proposal's version and a proposal never goes back to draft, so the count and the sum of versions
 * change whenever anything the index holds changes — on this node or another.
 */
@Component
class ProposalTexts {

  /** How many ids one {@code in} list carries. */
  static final int CHUNK = 500;

  private static final String INDEXED = " where committee_id = :committee and status <> 'DRAFT'";

  /** The state of a committee's indexed proposals, cheap to ask before each lookup. */
  record Fingerprint(long count, long versions, long maxId) {}

  /** What is indexed of one proposal. */
  record Text(long id, int version, String subject, String body, String reply) {}

  /** What a list of found proposals shows of each. */
  record Summary(long id, Integer number, Long sessionId, String subject, ProposalStatus status) {}

  private final JdbcClient jdbc;

  ProposalTexts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Fingerprint fingerprint(long committeeId) {
    return jdbc.sql(
            "select count(*), coalesce(sum(version), 0), coalesce(max(id), 0) from proposal"
                + INDEXED)
        .param("committee", committeeId)
        .query(
            (rs, row) ->
                new Fingerprint(
                    rs.getLong(1), ((Number) rs.getObject(2)).longValue(), rs.getLong(3)))
        .single();
  }

  Map<Long, Integer> versions(long committeeId) {
    Map<Long, Integer> versions = new HashMap<>();
    jdbc.sql("select id, version from proposal" + INDEXED)
        .param("committee", committeeId)
        .query(
            rs -> {
              versions.put(rs.getLong(1), rs.getInt(2));
            });
    return versions;
  }

  List<Text> texts(List<Long> ids) {
    List<Text> texts = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      texts.addAll(
          jdbc.sql(
                  "select id, version, subject, situation, analysis, suggestions, reply_text"
                      + " from proposal where status <> 'DRAFT' and id in (:ids) order by id")
              .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
              .query(
                  (rs, row) ->
                      new Text(
                          rs.getLong("id"),
                          rs.getInt("version"),
                          rs.getString("subject"),
                          join(
                              rs.getString("situation"),
                              rs.getString("analysis"),
                              rs.getString("suggestions")),
                          rs.getString("reply_text")))
              .list());
    }
    return texts;
  }

  /** The (session, number) pairs given in the committee, as {@code session:number}. */
  List<String> numbers(long committeeId) {
    return jdbc.sql(
            "select session_id, number from proposal where committee_id = :committee"
                + " and number is not null")
        .param("committee", committeeId)
        .query((rs, row) -> rs.getLong(1) + ":" + rs.getInt(2))
        .list();
  }

  /** The committee of a proposal; none once a deleted draft is gone. */
  java.util.Optional<Long> committeeOf(long id) {
    return jdbc.sql("select committee_id from proposal where id = :id")
        .param("id", id)
        .query(Long.class)
        .optional();
  }

  Map<Long, Summary> summaries(long committeeId, List<Long> ids) {
    Map<Long, Summary> found = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "select id, number, session_id, subject, status from proposal"
                  + INDEXED
                  + " and id in (:ids)")
          .param("committee", committeeId)
          .param("ids", ids)
          .query(
              rs -> {
                found.put(
                    rs.getLong("id"),
                    new Summary(
                        rs.getLong("id"),
                        rs.getObject("number", Integer.class),
                        rs.getObject("session_id", Long.class),
                        rs.getString("subject"),
                        ProposalStatus.valueOf(rs.getString("status"))));
              });
    }
    return found;
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        text.append(part).append('\n');
      }
    }
    return text.toString();
  }
}
