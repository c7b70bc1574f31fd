package org.lvzhi.publicity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.lvzhi.duty.DutyLine;
import org.lvzhi.duty.DutyRecordSection;
import org.lvzhi.system.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What publicity adds to a member's duty record: the year's articles they wrote, by tier. */
@Configuration
class PublicityDutySection {

  private final JdbcClient jdbc;

  PublicityDutySection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Bean
  DutyRecordSection publicitySection() {
    return DutyRecordSection.of(
        "publicity.duty",
        60,
        Arrays.stream(PublicityCodes.Tier.values()).map(Enum::name).toList(),
        this::articles);
  }

  private List<DutyLine> articles(long memberId, int year) {
    return jdbc.sql(
            "select t.published_on, t.title, o.name, o.tier, t.front_page from publicity_article t"
                + " join publicity_outlet o on o.id = t.outlet_id"
                + " join publicity_article_author a on a.article_id = t.id"
                + " where a.member_id = :member and t.published_on between :from and :to"
                + " order by t.published_on, t.id")
        .param("member", memberId)
        .param("from", LocalDate.of(year, 1, 1))
        .param("to", LocalDate.of(year, 12, 31))
        .query(
            (rs, n) ->
                new DutyLine(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(2),
                    rs.getString(3)
                        + (rs.getBoolean(5) ? " · " + Texts.of("publicity.article.frontPage") : ""),
                    Texts.of("publicity.tier." + rs.getString(4)),
                    rs.getString(4)))
        .list();
  }
}
