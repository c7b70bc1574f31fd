package org.lvzhi.supervision;

import org.lvzhi.register.Field;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The squads and the year's plans, plain registers; and visits, findings and outcome links as the
 * register engine's read models of what {@link Supervision} alone writes (their writer refuses). A
 * member sees the visits and findings of the squads they lead or serve on.
 */
@Configuration
class SupervisionRegisters {

  /** The squads a member (:scopeId) leads or serves on, as SQL on a row with squad_id. */
  static final String OWN_SQUADS =
      "t.squad_id in (select s.id from supervision_squad s where s.leader_member_id = :scopeId"
          + " or exists (select 1 from supervision_squad_member x where x.squad_id = s.id"
          + " and x.member_id = :scopeId))";

  @Bean
  RecordType supervisionSquadRecords() {
    return RecordType.of(
            "supervision-squads",
            "supervision_squad",
            "registry.supervision-squads",
            "supervision-squad",
            Field.text("name", "supervision.squad.name")
                .required()
                .listed()
                .searchable()
                .sortable(),
            Field.reference("leaderMemberId", "supervision.squad.leader", "members")
                .preferring(org.lvzhi.organisation.Members.LEADERS)
                .required()
                .listed()
                .filterable(),
            Field.reference(
                    "specialCommitteeId",
                    "supervision.squad.specialCommittee",
                    "special-committees")
                .listed()
                .filterable(),
            Field.references(
                    "members",
                    "supervision.squad.members",
                    "members",
                    "supervision_squad_member",
                    "squad_id",
                    "member_id")
                .listed(),
            Field.text("note", "supervision.note").maxLength(500))
        .sortedBy("name", false)
        .scope(ScopePolicy.openToAll())
        .rules(RecordRule.unique("supervision.squad.duplicate", "name"));
  }

  @Bean
  RecordType supervisionPlanRecords() {
    return RecordType.of(
            "supervision-plans",
            "supervision_plan",
            "registry.supervision-plans",
            "supervision-plan",
            Field.text("topic", "supervision.plan.topic")
                .required()
                .maxLength(200)
                .listed()
                .searchable()
                .sortable(),
            Field.integer("planYear", "supervision.plan.year")
                .required()
                .range(2000, 2100)
                .listed()
                .filterable()
                .sortable(),
            Field.integer("plannedVisits", "supervision.plan.plannedVisits")
                .required()
                .range(0, 10000)
                .listed(),
            Field.references(
                    "units",
                    "supervision.plan.units",
                    "units",
                    "supervision_plan_unit",
                    "plan_id",
                    "unit_id")
                .listed(),
            Field.references(
                "squads",
                "supervision.plan.squads",
                "supervision-squads",
                "supervision_plan_squad",
                "plan_id",
                "squad_id"),
            Field.textarea("note", "supervision.note").maxLength(2000))
        .sortedBy("planYear", true)
        .scope(ScopePolicy.openToAll())
        .rules(RecordRule.unique("supervision.plan.duplicate", "planYear", "topic"));
  }

  @Bean
  RecordType supervisionVisitRecords() {
    return RecordType.of(
            "supervision-visits",
            VisitStore.TABLE,
            "registry.supervision-visits",
            "supervision",
            Field.text("title", "supervision.visit.title")
                .maxLength(200)
                .readOnly()
                .listed()
                .searchable()
                .sortable(),
            Field.date("visitedOn", "supervision.visit.visitedOn")
                .readOnly()
                .listed()
                .sortable()
                .filterable(),
            Field.reference("squadId", "supervision.visit.squad", "supervision-squads")
                .readOnly()
                .listed()
                .filterable(),
            Field.choice(
                    "mode",
                    "supervision.visit.mode",
                    "supervisionMode",
                    SupervisionCodes.Mode.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.choice(
                    "manner",
                    "supervision.visit.manner",
                    "supervisionManner",
                    SupervisionCodes.Manner.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.references(
                    "units",
                    "supervision.visit.units",
                    "units",
                    "supervision_visit_unit",
                    "visit_id",
                    "unit_id")
                .readOnly()
                .listed(),
            Field.reference("planId", "supervision.visit.plan", "supervision-plans")
                .readOnly()
                .filterable(),
            Field.textarea("summary", "supervision.visit.summary").maxLength(2000).readOnly())
        .sortedBy("visitedOn", true)
        .scope(ScopePolicy.wholeCommitteeOnly().ownSpecialCommittee("1 = 1").ownMember(OWN_SQUADS))
        .notCreatable()
        .notDeletable()
        .writtenBy(refusing());
  }

  @Bean
  RecordType supervisionFindingRecords() {
    return RecordType.of(
            "supervision-findings",
            FindingStore.TABLE,
            "registry.supervision-findings",
            "supervision",
            Field.textarea("description", "supervision.finding.description")
                .maxLength(2000)
                .readOnly()
                .listed()
                .searchable(),
            Field.date("foundOn", "supervision.finding.foundOn")
                .readOnly()
                .listed()
                .sortable()
                .filterable(),
            Field.choice(
                    "category",
                    "supervision.finding.category",
                    "supervisionCategory",
                    SupervisionCodes.Category.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.choice(
                    "origin",
                    "supervision.finding.origin",
                    "supervisionOrigin",
                    SupervisionCodes.Origin.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.reference("unitId", "supervision.finding.unit", "units")
                .readOnly()
                .listed()
                .filterable(),
            Field.reference("visitId", "supervision.finding.visit", "supervision-visits")
                .readOnly()
                .listed()
                .filterable())
        .sortedBy("foundOn", true)
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownSpecialCommittee("1 = 1")
                .ownMember(
                    "t.visit_id in (select v.id from supervision_visit v where "
                        + OWN_SQUADS.replace("t.squad_id", "v.squad_id")
                        + ")"))
        .notCreatable()
        .notDeletable()
        .writtenBy(refusing());
  }

  @Bean
  RecordType supervisionOutcomeRecords() {
    return RecordType.of(
            "supervision-outcomes",
            OutcomeStore.TABLE,
            "registry.supervision-outcomes",
            "supervision",
            Field.choice(
                    "kind",
                    "supervision.outcome.kind",
                    "supervisionOutcome",
                    SupervisionCodes.OutcomeKind.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.date("formedOn", "supervision.outcome.formedOn")
                .readOnly()
                .listed()
                .sortable()
                .filterable(),
            Field.text("registerName", "supervision.outcome.register")
                .maxLength(60)
                .readOnly()
                .listed(),
            Field.integer("recordId", "supervision.outcome.record").readOnly().listed(),
            Field.reference("visitId", "supervision.outcome.visit", "supervision-visits")
                .readOnly()
                .listed()
                .filterable(),
            Field.reference("planId", "supervision.outcome.plan", "supervision-plans")
                .readOnly()
                .filterable())
        .sortedBy("formedOn", true)
        .scope(ScopePolicy.wholeCommitteeOnly().ownSpecialCommittee("1 = 1"))
        .notCreatable()
        .notDeletable()
        .writtenBy(refusing());
  }

  /** Visits, findings and outcomes change only through {@link Supervision}. */
  private static RecordWriter refusing() {
    return new RecordWriter() {
      @Override
      public long create(RecordValues values) {
        throw refused();
      }

      @Override
      public void update(long id, int version, RecordValues values) {
        throw refused();
      }

      @Override
      public void delete(long id, int version) {
        throw refused();
      }
    };
  }

  private static RecordConflictException refused() {
    return new RecordConflictException(Texts.of("supervision.recordedOnlyBySquads"));
  }
}
