package org.lvzhi.output;

import java.util.List;
import org.lvzhi.attachment.AttachmentOwner;
import org.lvzhi.attachment.Attachments;
import org.lvzhi.attachment.RecordAttachments;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.Registers;
import org.lvzhi.register.ScopePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outputs as one plain register (list, search, filters, Excel, import, history, API at {@code
 * /api/v1/outputs}): a member sees and enters their own (they must be among the authors), the
 * office all. Files hang on the record; so do adoptions and instructions.
 */
@Configuration
class OutputRegisters {

  static final String REGISTER = "outputs";
  static final String TABLE = "output";

  /** A member's own: they are among its authors. */
  static final String OWN =
      "exists (select 1 from output_author a where a.output_id = t.id and a.member_id = :scopeId)";

  @Bean
  RecordType outputRecords(Attachments attachments, Adoptions adoptions) {
    return RecordType.of(
            REGISTER,
            TABLE,
            "registry.outputs",
            "output",
            Field.text("title", "output.title")
                .required()
                .maxLength(200)
                .listed()
                .searchable()
                .sortable(),
            Field.choice("outputType", "output.type", "output.type", OutputType.class)
                .required()
                .listed()
                .filterable()
                .sortable(),
            Field.choice("speechUse", "output.speechUse", "output.speechUse", SpeechUse.class)
                .help("output.speechUse.help")
                .filterable(),
            Field.references(
                    "authors",
                    "output.authors",
                    "members",
                    "output_author",
                    "output_id",
                    "member_id")
                .listed()
                .filterable(),
            Field.text("staffAuthors", "output.staffAuthors")
                .maxLength(200)
                .help("output.staffAuthors.help")
                .searchable(),
            Field.date("outputOn", "output.on")
                .required()
                .notInFuture()
                .listed()
                .sortable()
                .filterable(),
            Field.reference("activityId", "output.activity", "activities")
                .preferring(
                    "exists (select 1 from activity_type y where y.id = t.type_id and y.category in"
                        + " ('RESEARCH', 'TRAINING', 'READING', 'CONSULTATION', 'SUPERVISION', 'INSPECTION'))")
                .help("output.activity.help")
                .filterable(),
            Field.textarea("body", "output.body").maxLength(10000).searchable(),
            Field.bool("excellent", "output.excellent").listed().filterable())
        .sortedBy("outputOn", true)
        .scope(ScopePolicy.wholeCommitteeOnly().ownMember(OWN))
        .rules(
            (values, id, context) -> {
              boolean speech = "SPEECH".equals(values.text("outputType"));
              if (!speech && values.isPresent("speechUse")) {
                context.reject("speechUse", "output.speechUse.onlySpeech");
              }
              if (values.ids("authors").isEmpty()
                  && (values.text("staffAuthors") == null
                      || values.text("staffAuthors").isBlank())) {
                context.reject("authors", "output.authorsMissing");
              }
            })
        .panel(adoptions.panel(TABLE))
        .panel(attachments.panel(TABLE));
  }

  @Bean
  AttachmentOwner outputAttachments(RecordType outputRecords, Registers registers) {
    return new RecordAttachments(outputRecords, registers);
  }

  /** Adoptions on outputs: the office records them on any output it sees. */
  @Bean
  AdoptionOwner outputAdoptions(
      JdbcClient jdbc, org.springframework.beans.factory.ObjectProvider<Registers> registers) {
    return new AdoptionOwner() {
      @Override
      public String ownerType() {
        return TABLE;
      }

      @Override
      public void requireVisible(long ownerId) {
        registers.getObject().requireVisible(REGISTER, ownerId);
      }

      @Override
      public void requireRecordable(long ownerId) {
        org.lvzhi.system.CurrentUser.requirePermission(OutputAccess.ADOPT);
        requireVisible(ownerId);
      }

      @Override
      public boolean mayRecord(long ownerId) {
        return org.lvzhi.system.CurrentUser.get()
            .map(user -> user.can(OutputAccess.ADOPT))
            .orElse(false);
      }

      @Override
      public List<Long> authors(long ownerId) {
        return jdbc.sql("select member_id from output_author where output_id = :id")
            .param("id", ownerId)
            .query(Long.class)
            .list();
      }

      @Override
      public String label(long ownerId) {
        return jdbc.sql("select title from output where id = :id")
            .param("id", ownerId)
            .query(String.class)
            .optional()
            .orElse("");
      }

      @Override
      public String path(long ownerId) {
        return "/registry/" + REGISTER + "/" + ownerId;
      }
    };
  }
}
