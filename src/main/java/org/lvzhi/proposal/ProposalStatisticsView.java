package org.lvzhi.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.shared.Percent;

/**
 * Proposal statistics of a period: the committee's figures, and the same by lead unit, by sector
 * and by special committee, with the sessions whose compilation can be downloaded.
 */
public record ProposalStatisticsView(
    LocalDate from,
    LocalDate to,
    Figures total,
    List<Row> byUnit,
    List<Row> bySector,
    List<Row> bySpecialCommittee,
    Map<Long, String> sessions) {

  /**
   * The figures of a selection of proposals received in the period: of them, how many were
   * accepted, not accepted, merged, withdrawn, assigned, replied (on time), due (replied or
   * overdue), rated (satisfied or basically satisfied by result), key and overdue now; the two
   * rates as percentages half-up to two decimals, null where nothing counts towards them.
   */
  public record Figures(
      long received,
      long accepted,
      long rejected,
      long merged,
      long withdrawn,
      long assigned,
      long replied,
      long repliedOnTime,
      long due,
      long rated,
      long satisfied,
      long key,
      long overdue,
      BigDecimal repliedOnTimeRate,
      BigDecimal satisfactionRate) {

    static Figures of(long[] n) {
      return new Figures(
          n[0],
          n[1],
          n[2],
          n[3],
          n[4],
          n[5],
          n[6],
          n[7],
          n[8],
          n[9],
          n[10],
          n[11],
          n[12],
          rate(n[7], n[8]),
          rate(n[10], n[9]));
    }

    private static BigDecimal rate(long part, long whole) {
      return Percent.of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole))
          .map(Percent::value)
          .orElse(null);
    }
  }

  /** One line of a breakdown: what it is (a unit, sector or special committee) and its figures. */
  public record Row(Long id, String name, Figures figures) {}
}
