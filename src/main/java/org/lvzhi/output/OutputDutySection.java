package org.lvzhi.output;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lvzhi.duty.DutyLine;
import org.lvzhi.duty.DutyRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What outputs add to a member's duty record: those they wrote in the year, counted by type. */
@Configuration
class OutputDutySection {

  private final JdbcClient jdbc;
  private final MessageSource messages;

  OutputDutySection(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Bean
  DutyRecordSection outputSection() {
    return DutyRecordSection.of(
        "output.duty",
        45,
        Arrays.stream(OutputType.values()).map(Enum::name).toList(),
        this::lines);
  }

  private List<DutyLine> lines(long memberId, int year) {
    return jdbc.sql(
            "select t.output_on, t.title, t.output_type, t.excellent from output t where "
                + OutputRegisters.OWN.replace(":scopeId", ":m")
                + " and t.output_on between :from and :to order by t.output_on, t.id")
        .param("m", memberId)
        .param("from", LocalDate.of(year, 1, 1))
        .param("to", LocalDate.of(year, 12, 31))
        .query(
            (rs, n) ->
                new DutyLine(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(2),
                    text("output.type." + rs.getString(3)),
                    rs.getBoolean(4) ? text("output.excellent") : "",
                    rs.getString(3)))
        .list();
  }

  private String text(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, key, locale);
  }
}
