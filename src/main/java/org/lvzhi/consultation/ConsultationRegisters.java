package org.lvzhi.consultation;

import org.lvzhi.register.Field;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.system.NotAllowedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Suggestions and online consultations as registers: list, search, filters, Excel export and the
 * record's page with its history, and the same at {@code /api/v1/...}. Every field belongs to the
 * workflow: both are written by their stores through {@link Suggestions} and {@link
 * OnlineConsultations} (their panels, pages and API), never through the register's form.
 */
@Configuration
class ConsultationRegisters {

  private static final RecordWriter WORKFLOW_ONLY =
      new RecordWriter() {
        @Override
        public long create(RecordValues values) {
          throw new NotAllowedException("consultation.writeThroughWorkflow");
        }

        @Override
        public void update(long id, int version, RecordValues values) {
          throw new NotAllowedException("consultation.writeThroughWorkflow");
        }

        @Override
        public void delete(long id, int version) {
          throw new NotAllowedException("consultation.writeThroughWorkflow");
        }
      };

  @Bean
  RecordType suggestionRecords(org.lvzhi.consultation.web.SuggestionPanel panel) {
    return RecordType.of(
            Suggestions.REGISTER,
            SuggestionStore.TABLE,
            "registry.consultation-suggestions",
            "consultation",
            Field.textarea("content", "consultation.content").readOnly().listed().searchable(),
            Field.choice("sourceKind", "consultation.sourceKind", "sourceKind", SourceKind.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.text("sourceLabel", "consultation.source").readOnly().listed().searchable(),
            Field.reference("memberId", "consultation.member", "members").readOnly().filterable(),
            Field.text("madeByName", "consultation.madeByName").readOnly().searchable(),
            Field.date("madeOn", "consultation.madeOn").readOnly().listed().sortable().filterable(),
            Field.reference("unitId", "consultation.unit", "units")
                .readOnly()
                .listed()
                .filterable(),
            Field.choice(
                    "status", "consultation.status", "suggestionStatus", SuggestionStatus.class)
                .readOnly()
                .listed()
                .filterable()
                .sortable(),
            Field.date("sentOn", "consultation.sentOn").readOnly(),
            Field.textarea("answer", "consultation.answer").readOnly().searchable(),
            Field.date("answeredOn", "consultation.answeredOn").readOnly().sortable().filterable())
        .sortedBy("madeOn", true)
        .scope(SuggestionStore.scope())
        .notCreatable()
        .notDeletable()
        .notImportable()
        .writtenBy(WORKFLOW_ONLY)
        .panel(panel);
  }

  @Bean
  RecordType onlineConsultationRecords() {
    return RecordType.of(
            OnlineConsultations.REGISTER,
            OnlineConsultationStore.TABLE,
            "registry.online-consultations",
            "online-consultation",
            Field.text("topic", "consultation.topic").readOnly().listed().searchable().sortable(),
            Field.choice("status", "consultation.status", "onlineStatus", OnlineStatus.class)
                .readOnly()
                .listed()
                .filterable(),
            Field.textarea("background", "consultation.background").readOnly().searchable(),
            Field.date("openedOn", "consultation.openedOn").readOnly().listed().sortable(),
            Field.date("closedOn", "consultation.closedOn").readOnly().listed().sortable(),
            Field.integer("commentCount", "consultation.commentCount").readOnly().listed(),
            Field.textarea("summary", "consultation.summary").readOnly().searchable())
        .sortedBy("openedOn", true)
        .scope(OnlineConsultationStore.scope())
        .notCreatable()
        .notDeletable()
        .notImportable()
        .writtenBy(WORKFLOW_ONLY);
  }
}
