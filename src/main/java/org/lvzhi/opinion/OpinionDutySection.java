package org.lvzhi.opinion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lvzhi.duty.DutyLine;
import org.lvzhi.duty.DutyRecordSection;
import org.lvzhi.output.AdoptionLevel;
import org.lvzhi.output.Adoptions;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What opinion reports add to a member's duty record: each report they submitted in the year (as
 * the lead author or a co-author), counted as adopted at the highest level it reached, or as
 * submitted where no body adopted it.
 */
@Configuration
class OpinionDutySection {

  static final String SUBMITTED = "submitted";
  private final JdbcClient jdbc;
  private final Adoptions adoptions;
  private final MessageSource messages;

  OpinionDutySection(JdbcClient jdbc, Adoptions adoptions, MessageSource messages) {
    this.jdbc = jdbc;
    this.adoptions = adoptions;
    this.messages = messages;
  }

  @Bean
  DutyRecordSection opinionSection() {
    List<String> tallies = new ArrayList<>(List.of(SUBMITTED));
    for (AdoptionLevel level : AdoptionLevel.values()) {
      tallies.add(level.name());
    }
    return DutyRecordSection.of("opinion.duty", 40, tallies, this::lines);
  }

  private record Row(long id, LocalDate on, String title, String status, boolean lead) {}

  private List<DutyLine> lines(long memberId, int year) {
    List<Row> rows =
        jdbc.sql(
                "select t.id, t.submitted_on, t.title, t.status, t.lead_member_id = :m"
                    + " from opinion_report t where t.status <> 'SAVED'"
                    + " and t.submitted_on between :from and :to and ("
                    + OpinionStore.OWN.replace(":scopeId", ":m")
                    + ") order by t.submitted_on, t.id")
            .param("m", memberId)
            .param("from", LocalDate.of(year, 1, 1))
            .param("to", LocalDate.of(year, 12, 31))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
            .list();
    Map<Long, AdoptionLevel> levels =
        adoptions.highestLevels(OpinionStore.TABLE, rows.stream().map(Row::id).toList());
    return rows.stream()
        .map(
            row -> {
              AdoptionLevel level = levels.get(row.id());
              return new DutyLine(
                  row.on(),
                  row.title(),
                  text(row.lead() ? "opinion.duty.lead" : "opinion.duty.coAuthor"),
                  level == null
                      ? text("opinion.status." + row.status())
                      : text("opinion.duty.adoptedAt", text("output.level." + level.name())),
                  level == null ? SUBMITTED : level.name());
            })
        .toList();
  }

  private String text(String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, args, key, locale);
  }
}
