package org.lvzhi.activity;

import org.lvzhi.register.Field;
import org.lvzhi.register.RecordAction;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two plain registers around activities: what an activity produced (enterprises met, other
 * outcomes; suggestions are the consultation module's, problems found are rectification's), and
 * duty a member reports doing outside organised activities, which counts once the office confirms
 * it: a small aggregate ({@link DutyReport}) whose store the register writes through.
 */
@Configuration
class OutcomeAndDutyRegisters {

  /** What an outcome is (a suggestion is a consultation suggestion, never an outcome). */
  enum OutcomeKind {
    ENTERPRISE_MET,
    OTHER
  }

  @Bean
  RecordType activityOutcomes() {
    return RecordType.of(
            "activity-outcomes",
            "activity_outcome",
            "registry.activity-outcomes",
            "activity",
            Field.textarea("content", "outcome.content")
                .required()
                .maxLength(2000)
                .listed()
                .searchable(),
            Field.reference("activityId", "outcome.activity", "activities")
                .required()
                .fixedAfterCreate()
                .listed()
                .filterable(),
            Field.choice("kind", "outcome.kind", "outcomeKind", OutcomeKind.class)
                .required()
                .listed()
                .filterable(),
            Field.reference("unitId", "outcome.unit", "units").listed().filterable())
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownSpecialCommittee(
                    "exists (select 1 from activity a where a.id = t.activity_id and a.special_committee_id = :scopeId)"))
        .rules(
            (values, id, context) -> {
              if ("ENTERPRISE_MET".equals(values.text("kind")) && !values.isPresent("unitId")) {
                context.reject("unitId", "outcome.unitRequired");
              }
            });
  }

  @Bean
  RecordType dutyReports(DutyReportStore store, DutyReportDecisions reports) {
    return RecordType.of(
            "duty-reports",
            "duty_report",
            "registry.duty-reports",
            "duty-report",
            Field.textarea("content", "dutyReport.content")
                .required()
                .maxLength(2000)
                .listed()
                .searchable(),
            Field.reference("memberId", "dutyReport.member", "members")
                .required()
                .fixedAfterCreate()
                .listed()
                .filterable(),
            Field.date("occurredOn", "dutyReport.occurredOn")
                .required()
                .notInFuture()
                .listed()
                .sortable(),
            Field.choice("kind", "dutyReport.kind", "dutyKind", DutyReport.Kind.class)
                .required()
                .listed()
                .filterable(),
            Field.text("place", "dutyReport.place").maxLength(200).listed(),
            // Set by confirming or rejecting, never typed: not on the form, for anyone.
            Field.choice("status", "dutyReport.status", "dutyStatus", DutyReport.Status.class)
                .readOnly()
                .defaultValue("SUBMITTED")
                .listed()
                .filterable())
        .sortedBy("occurredOn", true)
        .writtenBy(store)
        .notImportable()
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownMember("t.member_id = :scopeId")
                .ownSpecialCommittee(
                    "exists (select 1 from member_special_committee s where s.member_id = t.member_id"
                        + " and s.special_committee_id = :scopeId)"))
        .rules(OutcomeAndDutyRegisters::ownReportsOnly)
        .action(
            RecordAction.move(
                "confirm",
                "dutyReport.confirm",
                "duty-report:confirm",
                null,
                id -> reports.decide(id, true)))
        .action(
            RecordAction.move(
                "reject",
                "dutyReport.reject",
                "duty-report:confirm",
                "dutyReport.rejectConfirm",
                id -> reports.decide(id, false)));
  }

  /**
   * A member reports only their own duty, and only while it awaits confirmation; new reports await
   * it.
   */
  private static void ownReportsOnly(
      org.lvzhi.register.RecordValues values, Long id, RecordRule.RuleContext context) {
    CurrentUser.get()
        .map(user -> user.scope())
        .ifPresent(
            scope -> {
              if (scope instanceof DataScope.OwnMember own
                  && !Long.valueOf(own.memberId()).equals(values.id("memberId"))) {
                context.reject("memberId", "dutyReport.ownOnly");
              }
            });
    if (id != null && !"SUBMITTED".equals(values.text("status"))) {
      context.reject("", "dutyReport.decided");
    }
  }
}
