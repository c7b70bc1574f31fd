package org.lvzhi.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.account.Accounts;
import org.lvzhi.register.Field;
import org.lvzhi.register.ImportFollowUp;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.ScopePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The member roster (委员名册). A member sees only their own record, a special committee's clerk the
 * committee's members. The same name with the same mobile number twice in a term is refused.
 */
@Configuration
class MemberRegister {

  @Bean
  RecordType memberRecords(Clock clock, Accounts accounts, JdbcClient jdbc) {
    return RecordType.of(
            "members",
            "member",
            "registry.members",
            "member",
            Field.text("name", "member.name")
                .required()
                .maxLength(40)
                .listed()
                .searchable()
                .sortable(),
            Field.choice("gender", "member.gender", "gender", Codes.Gender.class)
                .required()
                .listed()
                .filterable(),
            Field.date("birthDate", "member.birthDate").sortable(),
            Field.choice("party", "member.party", "party", Codes.Party.class)
                .required()
                .listed()
                .filterable(),
            Field.reference("sectorId", "member.sector", "sectors").listed().filterable(),
            Field.references(
                    "specialCommittees",
                    "member.specialCommittees",
                    "special-committees",
                    "member_special_committee",
                    "member_id",
                    "special_committee_id")
                .listed()
                .filterable(),
            Field.text("employer", "member.employer").searchable(),
            Field.text("post", "member.post").listed().searchable(),
            Field.phone("mobile", "member.mobile").required().listed().searchable(),
            Field.bool("standing", "member.standing")
                .help("member.standing.help")
                .listed()
                .filterable(),
            Field.choice(
                    "leadershipRole",
                    "member.leadershipRole",
                    "leadershipRole",
                    Codes.LeadershipRole.class)
                .defaultValue("NONE")
                .listed()
                .filterable(),
            Field.bool("partyGroup", "member.partyGroup")
                .help("member.partyGroup.help")
                .filterable(),
            Field.reference("termId", "member.term", "terms")
                .required()
                .defaultFirstChoice()
                .filterable(),
            Field.choice("status", "member.status", "memberStatus", Codes.MemberStatus.class)
                .defaultValue("SERVING")
                .listed()
                .filterable(),
            Field.date("leftOn", "member.leftOn"))
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownMember("t.id = :scopeId")
                .ownSpecialCommittee(
                    "exists (select 1 from member_special_committee msc"
                        + " where msc.member_id = t.id and msc.special_committee_id = :scopeId)"))
        .rules(
            RecordRule.unique("member.duplicate", "termId", "name", "mobile"),
            (values, id, context) -> checkDates(values, context, LocalDate.now(clock)))
        .importFollowUp(accountsFor(accounts, jdbc));
  }

  private static void checkDates(
      RecordValues values, RecordRule.RuleContext context, LocalDate today) {
    LocalDate birth = values.date("birthDate");
    if (birth != null
        && (birth.isAfter(today.minusYears(18)) || birth.isBefore(today.minusYears(110)))) {
      context.reject("birthDate", "member.birthDateRange");
    }
    boolean left = "LEFT".equals(values.text("status"));
    if (left && !values.isPresent("leftOn")) {
      context.reject("leftOn", "member.leftOnRequired");
    }
    if (!left && values.isPresent("leftOn")) {
      context.reject("leftOn", "member.leftOnOnlyWhenLeft");
    }
  }

  /** After an import, optionally give every imported member an account with a one-time password. */
  private static ImportFollowUp accountsFor(Accounts accounts, JdbcClient jdbc) {
    return new ImportFollowUp() {
      @Override
      public String optionLabelKey() {
        return "member.import.createAccounts";
      }

      @Override
      public List<String> headerKeys() {
        return List.of("member.name", "account.username", "account.oneTimePasswordHeader");
      }

      @Override
      public List<List<String>> run(List<Long> createdIds) {
        List<List<String>> rows = new ArrayList<>();
        for (long id : createdIds) {
          var member =
              jdbc.sql("select name, mobile from member where id = :id")
                  .param("id", id)
                  .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                  .single();
          accounts
              .issueMemberAccount(id, member.get(0), member.get(1))
              .ifPresentOrElse(
                  issued ->
                      rows.add(List.of(member.get(0), issued.username(), issued.oneTimePassword())),
                  () -> rows.add(List.of(member.get(0), member.get(1), "—")));
        }
        return rows;
      }
    };
  }
}
