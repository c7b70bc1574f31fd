package org.lvzhi.proposal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.organisation.CommitteeCreated;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The grounds on which the office does not accept a proposal (the national regulation's list, which
 * each committee edits in its register {@code proposal-grounds}). A new committee starts with the
 * standard list, in the transaction that adds it, as the existing ones got it from the migration.
 */
@Component
class Grounds {

  private final JdbcClient jdbc;

  Grounds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The working committee's grounds, code → name, in their order. */
  Map<String, String> all() {
    Map<String, String> grounds = new LinkedHashMap<>();
    jdbc.sql(
            "select code, name from proposal_ground where 1 = 1"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by sort_order, id")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  grounds.put(rs.getString(1), rs.getString(2));
                });
    return grounds;
  }

  Optional<String> name(String code) {
    return Optional.ofNullable(all().get(code));
  }

  @EventListener
  void on(CommitteeCreated created) {
    for (String line : STANDARD) {
      String[] cells = line.split("\t");
      jdbc.sql(
              "insert into proposal_ground (committee_id, code, name, sort_order)"
                  + " values (:committee, :code, :name, :sort)")
          .param("committee", created.committeeId())
          .param("code", cells[0])
          .param("name", cells[1])
          .param("sort", Integer.parseInt(cells[2]))
          .update();
    }
  }

  private static final java.util.List<String> STANDARD = read();

  private static java.util.List<String> read() {
    try (var in =
        new org.springframework.core.io.ClassPathResource("proposal/standard-grounds.tsv")
            .getInputStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
