package org.lvzhi.opinion;

import java.util.List;
import org.lvzhi.opinion.web.BulletinPanel;
import org.lvzhi.opinion.web.OpinionWorkflowPanel;
import org.lvzhi.output.AdoptionOwner;
import org.lvzhi.output.Adoptions;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registers of opinion reports and bulletin issues: read models of {@link OpinionReport} and
 * {@link Bulletin} (list, search, filters, Excel, history, API at {@code /api/v1/opinion-reports}
 * and {@code /api/v1/bulletins}), whose writes go to their stores. Workflow fields are read-only
 * here: they change only through the moves on the record's page and the API.
 */
@Configuration
class OpinionRegisters {

  @Bean
  RecordType opinionReportRecords(
      OpinionWriter writer,
      OpinionProperties properties,
      OpinionWorkflowPanel workflow,
      Adoptions adoptions) {
    return RecordType.of(
            OpinionReports.REGISTER,
            OpinionStore.TABLE,
            "registry.opinion-reports",
            "opinion",
            Field.text("title", "opinion.title")
                .required()
                .maxLength(OpinionReport.TITLE_LENGTH)
                .listed()
                .searchable()
                .sortable(),
            Field.choice("status", "opinion.status", "opinion.status", OpinionStatus.class)
                .readOnly()
                .defaultValue(OpinionStatus.SAVED.name())
                .listed()
                .filterable()
                .sortable(),
            Field.reference("leadMemberId", "opinion.leadMember", "members")
                .required()
                .listed()
                .filterable(),
            Field.references(
                    "coAuthors",
                    "opinion.coAuthors",
                    "members",
                    "opinion_coauthor",
                    "report_id",
                    "member_id")
                .help("opinion.coAuthors.help"),
            Field.reference("sectorId", "opinion.sector", "sectors").filterable(),
            Field.date("submittedOn", "opinion.submittedOn")
                .readOnly()
                .listed()
                .sortable()
                .filterable(),
            Field.textarea("content", "opinion.content")
                .required()
                .maxLength(properties.maxLength())
                .searchable(),
            Field.text("editedContent", "opinion.editedContent").maxLength(10000).readOnly(),
            Field.text("notAdoptedReason", "opinion.notAdoptedReason")
                .maxLength(OpinionReport.REASON_LENGTH)
                .readOnly(),
            Field.text("signedOffBy", "opinion.signedOffBy").readOnly(),
            Field.date("publishedOn", "opinion.publishedOn").readOnly().filterable())
        .sortedBy("submittedOn", true)
        .scope(OpinionStore.scope())
        .notImportable()
        .writtenBy(writer)
        .panel(workflow)
        .panel(adoptions.panel(OpinionStore.TABLE));
  }

  @Bean
  RecordType bulletinRecords(Bulletins bulletins, BulletinPanel panel) {
    return RecordType.of(
            Bulletins.REGISTER,
            BulletinStore.TABLE,
            "registry.bulletins",
            "bulletin",
            Field.text("name", "opinion.bulletin.name")
                .required()
                .maxLength(60)
                .fixedAfterCreate()
                .help("opinion.bulletin.name.help")
                .listed()
                .filterable(),
            Field.integer("issueYear", "opinion.bulletin.year")
                .required()
                .range(2000, 2100)
                .fixedAfterCreate()
                .listed()
                .filterable()
                .sortable(),
            Field.integer("number", "opinion.bulletin.numberField").readOnly().listed().sortable(),
            Field.choice(
                    "status",
                    "opinion.bulletin.status",
                    "opinion.bulletin.status",
                    BulletinStatus.class)
                .readOnly()
                .defaultValue(BulletinStatus.DRAFT.name())
                .listed()
                .filterable(),
            Field.date("publishedOn", "opinion.bulletin.publishedOn")
                .readOnly()
                .listed()
                .sortable()
                .filterable())
        .sortedBy("publishedOn", true)
        .scope(ScopePolicy.wholeCommitteeOnly())
        .notImportable()
        .writtenBy(
            new RecordWriter() {
              @Override
              public long create(RecordValues values) {
                return bulletins.create(values.text("name"), values.integer("issueYear"));
              }

              /** Name and year are fixed, number and status the workflow's: nothing to change. */
              @Override
              public void update(long id, int version, RecordValues values) {
                throw new IllegalMoveException("opinion.bulletin.move.change");
              }

              @Override
              public void delete(long id, int version) {
                bulletins.delete(id, version);
              }
            })
        .panel(panel);
  }

  /** Adoptions on reports: recorded by the office once a report is signed off or published. */
  @Bean
  AdoptionOwner opinionAdoptions(OpinionStore store) {
    return new AdoptionOwner() {
      @Override
      public String ownerType() {
        return OpinionStore.TABLE;
      }

      @Override
      public void requireVisible(long ownerId) {
        CurrentUser.requirePermission(OpinionReports.VIEW);
        load(ownerId);
      }

      @Override
      public void requireRecordable(long ownerId) {
        CurrentUser.requirePermission(OpinionReports.ADOPT);
        if (!sentUpward(load(ownerId))) {
          throw new IllegalMoveException("opinion.move.adopt");
        }
      }

      @Override
      public boolean mayRecord(long ownerId) {
        return CurrentUser.get().map(u -> u.can(OpinionReports.ADOPT)).orElse(false)
            && sentUpward(load(ownerId));
      }

      @Override
      public List<Long> authors(long ownerId) {
        return store
            .find(ownerId, OpinionStore.Visible.all())
            .map(OpinionReport::authors)
            .orElse(List.of());
      }

      @Override
      public String label(long ownerId) {
        return store.find(ownerId, OpinionStore.Visible.all()).map(OpinionReport::title).orElse("");
      }

      @Override
      public String path(long ownerId) {
        return OpinionReports.path(ownerId);
      }

      private OpinionReport load(long id) {
        return store
            .find(id, OpinionStore.Visible.to(CurrentUser.require().scope()))
            .orElseThrow(() -> new RecordNotFoundException(OpinionReports.REGISTER, id));
      }

      private boolean sentUpward(OpinionReport report) {
        return report.status() == OpinionStatus.SIGNED_OFF
            || report.status() == OpinionStatus.PUBLISHED;
      }
    };
  }
}
