package org.lvzhi.organisation;

import java.time.LocalDate;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.ScopePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The record types of the organisation registry. */
@Configuration
class OrganisationRegisters {

  @Bean
  RecordType committees() {
    return RecordType.of(
            "committees",
            "committee",
            "registry.committees",
            "committee",
            Field.text("name", "committee.name").required().listed().searchable().sortable(),
            Field.choice("level", "committee.level", "committeeLevel", Codes.CommitteeLevel.class)
                .required()
                .listed()
                .filterable()
                .sortable(),
            // The tree is kept by the super-administrator (committee administration), not in the
            // register:
            // a committee sees only itself here.
            Field.reference("parentId", "committee.parent", "committees").readOnly().listed(),
            Field.text("region", "committee.region").listed().searchable())
        .scope(ScopePolicy.openToAll())
        .committeeColumn("id")
        .rules(
            OrganisationRegisters::addedByTheSuperAdministratorOnly,
            RecordRule.unique("committee.duplicate", "name"));
  }

  @Bean
  RecordType terms() {
    return RecordType.of(
            "terms",
            "term",
            "registry.terms",
            "term",
            Field.text("name", "term.name").required().maxLength(60).listed().searchable(),
            Field.reference("committeeId", "common.committee", "committees")
                .required()
                .listed()
                .filterable(),
            Field.integer("ordinal", "term.ordinal").required().range(1, 99).listed().sortable(),
            Field.date("startsOn", "term.startsOn").required().listed().sortable(),
            Field.date("endsOn", "term.endsOn").listed(),
            Field.bool("currentTerm", "term.current").listed().filterable())
        .sortedBy("ordinal", true)
        .scope(ScopePolicy.openToAll())
        .rules(
            RecordRule.unique("term.duplicate", "committeeId", "ordinal"),
            (values, id, context) -> endsAfterStart(values, "startsOn", "endsOn", context));
  }

  @Bean
  RecordType sessions() {
    return RecordType.of(
            "sessions",
            "plenary_session",
            "registry.sessions",
            "session",
            Field.text("name", "session.name").required().maxLength(60).listed().searchable(),
            Field.reference("termId", "session.term", "terms").required().listed().filterable(),
            Field.integer("ordinal", "session.ordinal").required().range(1, 99).listed().sortable(),
            Field.integer("sessionYear", "session.year")
                .required()
                .range(1949, 2100)
                .listed()
                .filterable()
                .sortable(),
            Field.date("opensOn", "session.opensOn").listed().sortable(),
            Field.date("closesOn", "session.closesOn").listed())
        .sortedBy("sessionYear", true)
        .scope(ScopePolicy.openToAll())
        .rules(
            RecordRule.unique("session.duplicate", "termId", "ordinal"),
            (values, id, context) -> endsAfterStart(values, "opensOn", "closesOn", context));
  }

  @Bean
  RecordType sectors() {
    return RecordType.of(
            "sectors",
            "sector",
            "registry.sectors",
            "sector",
            Field.text("name", "sector.name")
                .required()
                .maxLength(60)
                .listed()
                .searchable()
                .sortable(),
            Field.reference("committeeId", "common.committee", "committees")
                .required()
                .listed()
                .filterable(),
            Field.integer("sortOrder", "common.sortOrder")
                .defaultValue(0)
                .range(0, 9999)
                .listed()
                .sortable())
        .sortedBy("sortOrder", false)
        .scope(ScopePolicy.openToAll())
        .rules(RecordRule.unique("sector.duplicate", "committeeId", "name"));
  }

  @Bean
  RecordType specialCommittees() {
    return RecordType.of(
            "special-committees",
            "special_committee",
            "registry.special-committees",
            "special-committee",
            Field.text("name", "specialCommittee.name").required().listed().searchable().sortable(),
            Field.reference("committeeId", "common.committee", "committees")
                .required()
                .listed()
                .filterable(),
            Field.reference("headMemberId", "specialCommittee.head", "members").listed(),
            Field.textarea("duties", "specialCommittee.duties").searchable(),
            Field.integer("sortOrder", "common.sortOrder")
                .defaultValue(0)
                .range(0, 9999)
                .listed()
                .sortable())
        .sortedBy("sortOrder", false)
        .scope(ScopePolicy.wholeCommitteeOnly().ownSpecialCommittee("t.id = :scopeId"))
        .rules(RecordRule.unique("specialCommittee.duplicate", "committeeId", "name"));
  }

  @Bean
  RecordType units() {
    return RecordType.of(
            "units",
            "unit",
            "registry.units",
            "unit",
            Field.text("name", "unit.name").required().listed().searchable().sortable(),
            Field.reference("committeeId", "common.committee", "committees")
                .required()
                .filterable(),
            Field.choice("unitType", "unit.type", "unitType", Codes.UnitType.class)
                .required()
                .listed()
                .filterable()
                .sortable(),
            Field.creditCode("creditCode", "unit.creditCode")
                .help("unit.creditCode.help")
                .listed()
                .searchable(),
            Field.text("contactPerson", "unit.contactPerson").maxLength(40).listed().searchable(),
            Field.text("contactPhone", "unit.contactPhone").maxLength(20).listed(),
            Field.text("address", "unit.address").maxLength(200))
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownUnit("t.id = :scopeId")
                .ownSpecialCommittee("1 = 1"))
        .rules(
            RecordRule.unique("unit.duplicate", "committeeId", "name"),
            RecordRule.unique("unit.duplicateCreditCode", "creditCode"));
  }

  /**
   * A committee is added by the super-administrator (committee administration, {@link
   * CommitteeSetup}) or the system, never by a committee's own office through the register, whose
   * edit permission is for its own committee's record (ADR 7): 403.
   */
  private static void addedByTheSuperAdministratorOnly(
      org.lvzhi.register.RecordValues values, Long id, RecordRule.RuleContext context) {
    boolean superAdmin =
        org.lvzhi.system.CurrentUser.get()
            .filter(user -> user.role() == org.lvzhi.system.Role.SUPER_ADMIN)
            .isPresent();
    if (id == null && !superAdmin) {
      throw new org.lvzhi.system.NotAllowedException("committee.superAdminOnly");
    }
  }

  private static void endsAfterStart(
      org.lvzhi.register.RecordValues values,
      String start,
      String end,
      RecordRule.RuleContext context) {
    LocalDate from = values.date(start);
    LocalDate to = values.date(end);
    if (from != null && to != null && to.isBefore(from)) {
      context.reject(end, "validation.endBeforeStart");
    }
  }
}
