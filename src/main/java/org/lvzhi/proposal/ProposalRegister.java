package org.lvzhi.proposal;

import org.lvzhi.attachment.Attachments;
import org.lvzhi.proposal.web.ProposalPanel;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.NotAllowedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Proposals as a register: the read model of {@link Proposal} — list, search, filters (session,
 * status, kind, unit, overdue, key, dates), Excel export, the proposal's page with its workflow
 * panel, attachments and history, and the same at {@code /api/v1/proposals}. Every field belongs to
 * the workflow: proposals are written through {@link Proposals} and {@link ProposalHandling} (their
 * pages and API), never through the register's form. The grounds for not accepting a proposal are a
 * plain register each committee edits.
 */
@Configuration
class ProposalRegister {

  /** The register hands no write to the engine's form: the workflow writes proposals. */
  private static final RecordWriter WORKFLOW_ONLY =
      new RecordWriter() {
        @Override
        public long create(RecordValues values) {
          throw new NotAllowedException("proposal.writeThroughWorkflow");
        }

        @Override
        public void update(long id, int version, RecordValues values) {
          throw new NotAllowedException("proposal.writeThroughWorkflow");
        }

        @Override
        public void delete(long id, int version) {
          throw new NotAllowedException("proposal.writeThroughWorkflow");
        }
      };

  @Bean
  RecordType proposalRecords(
      ProposalPanel panel, org.lvzhi.proposal.web.SimilarPanel similar, Attachments attachments) {
    return RecordType.of(
            Proposals.REGISTER,
            ProposalStore.TABLE,
            "registry.proposals",
            "proposal",
            Field.text("subject", "proposal.subject")
                .required()
                .maxLength(ProposalText.SUBJECT_LENGTH)
                .readOnly()
                .listed()
                .searchable()
                .sortable(),
            Field.integer("number", "proposal.number").readOnly().listed().sortable(),
            Field.reference("sessionId", "proposal.session", "sessions")
                .readOnly()
                .listed()
                .filterable(),
            Field.choice("kind", "proposal.kind", "proposalKind", ProposalKind.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.reference("leadMemberId", "proposal.leadMember", "members")
                .readOnly()
                .listed()
                .filterable(),
            Field.references(
                    "cosigners",
                    "proposal.cosigners",
                    "members",
                    "proposal_cosigner",
                    "proposal_id",
                    "member_id")
                .readOnly()
                .filterable(),
            Field.text("collectiveBody", "proposal.collectiveBody").readOnly().searchable(),
            Field.choice("status", "proposal.status", "proposalStatus", ProposalStatus.class)
                .readOnly()
                .listed()
                .filterable()
                .sortable(),
            Field.references(
                    "units", "proposal.units", "units", "proposal_unit", "proposal_id", "unit_id")
                .readOnly()
                .listed()
                .filterable(),
            Field.date("submittedOn", "proposal.submittedOn")
                .readOnly()
                .listed()
                .sortable()
                .filterable(),
            Field.date("dueOn", "proposal.dueOn").readOnly().listed().sortable().filterable(),
            Field.bool("overdue", "proposal.overdue").readOnly().listed().filterable(),
            Field.bool("keyProposal", "proposal.keyProposal").readOnly().listed().filterable(),
            Field.bool("inSession", "proposal.inSession").readOnly().filterable(),
            Field.reference("sectorId", "proposal.sector", "sectors").readOnly().filterable(),
            Field.reference("specialCommitteeId", "proposal.specialCommittee", "special-committees")
                .readOnly()
                .filterable(),
            Field.textarea("situation", "proposal.situation").readOnly().searchable(),
            Field.textarea("analysis", "proposal.analysis").readOnly(),
            Field.textarea("suggestions", "proposal.suggestions").readOnly().searchable(),
            Field.text("suggestedUnits", "proposal.suggestedUnits").readOnly(),
            Field.choice(
                    "replyGrade",
                    "proposal.replyGrade",
                    "replyGrade",
                    HandlingCodes.ReplyGrade.class)
                .readOnly()
                .filterable(),
            Field.date("repliedOn", "proposal.repliedOn").readOnly().sortable().filterable(),
            Field.choice(
                    "ratingAttitude",
                    "proposal.ratingAttitude",
                    "rating",
                    HandlingCodes.Rating.class)
                .readOnly()
                .filterable(),
            Field.choice(
                    "ratingResult", "proposal.ratingResult", "rating", HandlingCodes.Rating.class)
                .readOnly()
                .filterable(),
            Field.date("closedOn", "proposal.closedOn").readOnly().filterable())
        .sortedBy("submittedOn", true)
        .scope(ProposalStore.scope())
        .notCreatable()
        .notDeletable()
        .writtenBy(WORKFLOW_ONLY)
        .panel(panel)
        .panel(similar)
        .panel(attachments.panel(ProposalStore.TABLE));
  }

  @Bean
  RecordType proposalGrounds() {
    return RecordType.of(
            "proposal-grounds",
            "proposal_ground",
            "registry.proposal-grounds",
            "proposal-ground",
            Field.text("name", "proposalGround.name")
                .required()
                .maxLength(200)
                .listed()
                .searchable(),
            Field.text("code", "proposalGround.code").required().maxLength(40).listed(),
            Field.integer("sortOrder", "common.sortOrder")
                .defaultValue(0)
                .range(0, 9999)
                .listed()
                .sortable())
        .sortedBy("sortOrder", false)
        .scope(ScopePolicy.wholeCommitteeOnly())
        .rules(org.lvzhi.register.RecordRule.unique("proposalGround.duplicate", "code"));
  }
}
