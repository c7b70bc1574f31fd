package org.lvzhi.opinion;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.output.AdoptionLevel;
import org.lvzhi.output.Adoptions;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of opinion reports in the working committee: the reports submitted that year by where they
 * stand now, and the year's adoptions and instructions by level.
 */
@Service
public class OpinionStatistics {

  /** The year's figures; every status and level is present, zero where none. */
  public record Statistics(
      int year,
      Map<OpinionStatus, Long> byStatus,
      long submitted,
      Map<AdoptionLevel, Long> adoptionsByLevel,
      Map<AdoptionLevel, Long> instructionsByLevel) {}

  private final JdbcClient jdbc;
  private final Adoptions adoptions;

  OpinionStatistics(JdbcClient jdbc, Adoptions adoptions) {
    this.jdbc = jdbc;
    this.adoptions = adoptions;
  }

  @Transactional(readOnly = true)
  public Statistics of(int year) {
    CurrentUser.requirePermission(OpinionAccess.STATISTICS);
    long committee =
        CurrentUser.committeeId()
            .orElseThrow(() -> new IllegalStateException("statistics are for one committee"));
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    Map<OpinionStatus, Long> byStatus = new EnumMap<>(OpinionStatus.class);
    for (OpinionStatus status : OpinionStatus.values()) {
      byStatus.put(status, 0L);
    }
    jdbc.sql(
            "select t.status, count(*) from opinion_report t where t.committee_id = :c"
                + " and t.submitted_on between :from and :to group by t.status")
        .param("c", committee)
        .param("from", from)
        .param("to", to)
        .query(
            rs -> {
              byStatus.put(OpinionStatus.valueOf(rs.getString(1)), rs.getLong(2));
            });
    long submitted = byStatus.values().stream().mapToLong(Long::longValue).sum();
    return new Statistics(
        year,
        byStatus,
        submitted,
        byLevel(adoptions.adoptions(OpinionStore.TABLE, committee, from, to, List.of())),
        byLevel(adoptions.instructions(OpinionStore.TABLE, committee, from, to, List.of())));
  }

  private static Map<AdoptionLevel, Long> byLevel(List<Adoptions.Counted> counted) {
    Map<AdoptionLevel, Long> levels = new EnumMap<>(AdoptionLevel.class);
    for (AdoptionLevel level : AdoptionLevel.values()) {
      levels.put(level, counted.stream().filter(c -> c.level() == level).count());
    }
    return levels;
  }
}
