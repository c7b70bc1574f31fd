package org.lvzhi.investment;

import org.lvzhi.investment.web.ShepherdingPanel;
import org.lvzhi.investment.web.StagePanel;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.ScopePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registers of investment: projects (the read model of {@link InvestmentProject}, whose edits
 * go to {@link ProjectStore}), planned key projects and project milestones (plain registers). A
 * project's stage, contract amount and signing through the platform are read-only here: they change
 * only through the stage moves of {@link Projects}, which date and count them.
 */
@Configuration
class InvestmentRegisters {

  @Bean
  RecordType investmentProjects(
      ProjectStore store,
      StagePanel stages,
      ShepherdingPanel shepherding,
      org.lvzhi.attachment.Attachments attachments,
      org.lvzhi.rectification.Rectifications problems) {
    return RecordType.of(
            Projects.REGISTER,
            "investment_project",
            "registry.investment-projects",
            "investment",
            Field.text("name", "project.name")
                .required()
                .maxLength(200)
                .listed()
                .searchable()
                .sortable(),
            Field.text("investor", "project.investor")
                .required()
                .maxLength(200)
                .listed()
                .searchable(),
            Field.date("leadOn", "project.leadOn")
                .required()
                .notInFuture()
                .listed()
                .sortable()
                .filterable(),
            Field.choice("industry", "project.industry", "industry", Industry.class)
                .required()
                .listed()
                .filterable(),
            Field.choice("stage", "project.stage", "stage", Stage.class)
                .readOnly()
                .defaultValue("LEAD")
                .listed()
                .filterable()
                .sortable(),
            Field.amount("totalInvestment", "project.totalInvestment").listed().sortable(),
            Field.amount("contractAmount", "project.contractAmount").readOnly(),
            Field.textarea("content", "project.content").maxLength(1000).searchable(),
            Field.text("scaleNote", "project.scaleNote").maxLength(200),
            Field.reference("sourceActivityId", "project.sourceActivity", "activities")
                .preferring(
                    "exists (select 1 from activity_type y where y.id = t.type_id and y.category in"
                        + " ('INVESTMENT_OUTBOUND', 'INVESTMENT_RECEPTION', 'ENTERPRISE_TALK'))")
                .help("project.sourceActivity.help")
                .filterable(),
            Field.text("follower", "project.follower")
                .help("project.follower.help")
                .maxLength(60)
                .searchable(),
            Field.text("location", "project.location").maxLength(100).listed().searchable(),
            Field.references(
                    "shepherds",
                    "project.shepherds",
                    "members",
                    "project_shepherd",
                    "project_id",
                    "member_id")
                .preferring(org.lvzhi.organisation.Members.LEADERS)
                .help("project.shepherds.help")
                .listed()
                .filterable(),
            Field.reference("responsibleUnitId", "project.responsibleUnit", "units").filterable(),
            Field.bool("keyProject", "project.keyProject")
                .help("project.keyProject.help")
                .filterable(),
            Field.bool("inPlanning", "project.inPlanning")
                .help("project.inPlanning.help")
                .filterable(),
            Field.bool("signedViaPlatform", "project.signedViaPlatform").readOnly().filterable(),
            Field.text("registeredCompany", "project.registeredCompany")
                .maxLength(200)
                .searchable(),
            Field.creditCode("creditCode", "project.creditCode").help("project.creditCode.help"),
            Field.amount("landedAmount", "project.landedAmount"),
            Field.amount("capitalCommitted", "project.capitalCommitted"),
            Field.amount("capitalArrived", "project.capitalArrived"))
        .sortedBy("leadOn", true)
        .writtenBy(store)
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownSpecialCommittee("1 = 1")
                .ownUnit("t.responsible_unit_id = :scopeId")
                .ownMember(
                    "exists (select 1 from project_shepherd s where s.project_id = t.id and s.member_id = :scopeId)"))
        .rules(RecordRule.unique("project.duplicateCreditCode", "creditCode"))
        .panel(stages)
        .panel(shepherding)
        .panel(problems.panel(ProblemCounts.SOURCE))
        .panel(attachments.panel("investment_project"));
  }

  /** Agreements, contracts and photos on a project. */
  @Bean
  org.lvzhi.attachment.AttachmentOwner projectAttachments(
      RecordType investmentProjects, org.lvzhi.register.Registers registers) {
    return new org.lvzhi.attachment.RecordAttachments(investmentProjects, registers);
  }

  @Bean
  RecordType plannedProjects() {
    return RecordType.of(
            "planned-projects",
            "planned_project",
            "registry.planned-projects",
            "investment",
            Field.text("name", "planned.name")
                .required()
                .maxLength(200)
                .listed()
                .searchable()
                .sortable(),
            Field.integer("planYear", "planned.year")
                .required()
                .range(2000, 2100)
                .listed()
                .filterable()
                .sortable(),
            Field.amount("totalInvestment", "planned.totalInvestment")
                .required()
                .listed()
                .sortable(),
            Field.choice("industry", "project.industry", "industry", Industry.class)
                .listed()
                .filterable(),
            Field.textarea("content", "project.content").maxLength(1000).searchable())
        .sortedBy("planYear", true)
        .scope(ScopePolicy.wholeCommitteeOnly().ownSpecialCommittee("1 = 1"));
  }

  @Bean
  RecordType projectMilestones() {
    return RecordType.of(
            "project-milestones",
            "project_milestone",
            "registry.project-milestones",
            "investment",
            Field.text("name", "milestone.name").required().maxLength(100).listed().searchable(),
            Field.reference("projectId", "milestone.project", "investment-projects")
                .required()
                .fixedAfterCreate()
                .listed()
                .filterable(),
            Field.date("plannedOn", "milestone.plannedOn").required().listed().sortable(),
            Field.date("doneOn", "milestone.doneOn").notInFuture().listed().sortable())
        .sortedBy("plannedOn", false)
        .notImportable()
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownSpecialCommittee("1 = 1")
                .ownUnit(
                    "exists (select 1 from investment_project p where p.id = t.project_id"
                        + " and p.responsible_unit_id = :scopeId)")
                .ownMember(
                    "exists (select 1 from project_shepherd s where s.project_id = t.project_id"
                        + " and s.member_id = :scopeId)"));
  }
}
