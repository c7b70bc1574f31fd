package org.lvzhi.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.lvzhi.duty.DutyLine;
import org.lvzhi.duty.DutyRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What proposals add to a member's duty record for a year (by the day each was submitted): the
 * proposals the member led, and those they co-signed — a co-signature counts once confirmed. Each
 * line shows where the proposal stands and is counted as accepted (立案, whatever followed), not
 * accepted (not accepted as a proposal, merged into another, withdrawn) or pending review. Drafts
 * nobody else has seen do not count.
 */
@Configuration
class ProposalDutySections {

  static final String ACCEPTED = "accepted";
  static final String NOT_ACCEPTED = "notAccepted";
  static final String PENDING = "pending";

  private static final String LINES =
      "select t.submitted_on, t.subject, t.number, t.status from proposal t where %s"
          + " and t.status not in ('DRAFT', 'AWAITING_COSIGNERS')"
          + " and t.submitted_on between :from and :to order by t.submitted_on, t.id";

  private final JdbcClient jdbc;
  private final MessageSource messages;

  ProposalDutySections(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  static String tally(ProposalStatus status) {
    if (status.accepted()) {
      return ACCEPTED;
    }
    return switch (status) {
      case REJECTED_AS_SUGGESTION, MERGED, WITHDRAWN -> NOT_ACCEPTED;
      default -> PENDING;
    };
  }

  @Bean
  DutyRecordSection proposalsLedSection() {
    return DutyRecordSection.of(
        "duty.proposal.lead",
        30,
        List.of(ACCEPTED, NOT_ACCEPTED, PENDING),
        (member, year) -> lines("t.lead_member_id = :member", member, year));
  }

  @Bean
  DutyRecordSection proposalsCosignedSection() {
    return DutyRecordSection.of(
        "duty.proposal.cosigned",
        31,
        List.of(ACCEPTED, NOT_ACCEPTED, PENDING),
        (member, year) ->
            lines(
                "exists (select 1 from proposal_cosigner c where c.proposal_id = t.id"
                    + " and c.member_id = :member and c.confirmed_on is not null)",
                member,
                year));
  }

  private List<DutyLine> lines(String whose, long member, int year) {
    return jdbc.sql(LINES.formatted(whose))
        .param("member", member)
        .param("from", LocalDate.of(year, 1, 1))
        .param("to", LocalDate.of(year, 12, 31))
        .query(
            (rs, n) -> {
              ProposalStatus status = ProposalStatus.valueOf(rs.getString(4));
              Integer number = rs.getObject(3, Integer.class);
              return new DutyLine(
                  rs.getObject(1, LocalDate.class),
                  rs.getString(2),
                  number == null ? "" : text("proposal.number") + " " + number,
                  text("proposalStatus." + status.name()),
                  tally(status));
            })
        .list();
  }

  private String text(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, key, locale);
  }
}
