package org.lvzhi.rectification;

import org.lvzhi.rectification.web.WorkflowPanel;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Problems as a register: list, search, filters (status, unit, source, overdue, date raised), Excel
 * export, the problem's page with its history, and the same at {@code /api/v1/rectifications}. The
 * workflow fields change only through the moves of {@link Rectifications} (its panel on the page
 * and its API); the register edits only the wording, which it hands to {@link RectificationWriter}:
 * the problem's store stays the table's only writer. Problems are raised on their source record,
 * never from a blank form.
 */
@Configuration
class RectificationRegister {

  @Bean
  RecordType rectificationRecords(WorkflowPanel workflow, RectificationWriter writer) {
    return RecordType.of(
            Rectifications.REGISTER,
            RectificationStore.TABLE,
            "registry.rectifications",
            "rectification",
            Field.text("title", "rectification.title")
                .required()
                .maxLength(Rectification.TITLE_LENGTH)
                .listed()
                .searchable()
                .sortable(),
            Field.text("sourceLabel", "rectification.source")
                .required()
                .maxLength(200)
                .fixedAfterCreate()
                .listed()
                .searchable(),
            Field.reference("unitId", "rectification.unit", "units")
                .fixedAfterCreate()
                .listed()
                .filterable(),
            Field.choice(
                    "status",
                    "rectification.status",
                    "rectificationStatus",
                    RectificationStatus.class)
                .required()
                .defaultValue(RectificationStatus.RAISED.name())
                .fixedAfterCreate()
                .listed()
                .filterable()
                .sortable(),
            Field.date("dueOn", "rectification.dueOn").fixedAfterCreate().listed().sortable(),
            Field.bool("overdue", "rectification.overdue").fixedAfterCreate().listed().filterable(),
            Field.choice(
                    "sourceType",
                    "rectification.sourceType",
                    "rectificationSource",
                    SourceType.class)
                .required()
                .fixedAfterCreate()
                .filterable(),
            Field.date("raisedOn", "rectification.raisedOn")
                .required()
                .fixedAfterCreate()
                .listed()
                .sortable()
                .filterable(),
            Field.text("raisedBy", "rectification.raisedBy").required().fixedAfterCreate(),
            Field.textarea("description", "rectification.description")
                .maxLength(Rectification.TEXT_LENGTH)
                .searchable(),
            Field.date("assignedOn", "rectification.assignedOn").fixedAfterCreate(),
            Field.date("acknowledgedOn", "rectification.acknowledgedOn").fixedAfterCreate(),
            // Single-line inputs: the edit form shows them read-only, which a textarea would not.
            Field.text("measures", "rectification.measures")
                .maxLength(Rectification.TEXT_LENGTH)
                .fixedAfterCreate()
                .searchable(),
            Field.date("resolvedOn", "rectification.resolvedOn").fixedAfterCreate(),
            Field.date("verifiedOn", "rectification.verifiedOn").fixedAfterCreate(),
            Field.date("reopenedOn", "rectification.reopenedOn").fixedAfterCreate(),
            Field.text("reopenReason", "rectification.reopenReason")
                .maxLength(Rectification.REASON_LENGTH)
                .fixedAfterCreate())
        .sortedBy("raisedOn", true)
        .scope(RectificationStore.scope())
        .notCreatable()
        .writtenBy(writer)
        .panel(workflow);
  }
}
