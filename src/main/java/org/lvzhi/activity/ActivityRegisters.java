package org.lvzhi.activity;

import java.time.LocalDateTime;
import org.lvzhi.activity.web.OutcomesPanel;
import org.lvzhi.activity.web.ParticipantsPanel;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.ScopePolicy;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Activity types (data: a clerk can add one), a plain register; and activities, a typed aggregate
 * ({@link Activity}) that the register lists, shows and edits through its one writer ({@link
 * ActivityStore}). Participation is shown on the activity's page by the participants panel.
 */
@Configuration
class ActivityRegisters {

  @Bean
  RecordType activityTypes() {
    return RecordType.of(
            "activity-types",
            "activity_type",
            "registry.activity-types",
            "activity-type",
            Field.text("name", "activityType.name")
                .required()
                .maxLength(60)
                .listed()
                .searchable()
                .sortable(),
            Field.choice(
                    "category",
                    "activityType.category",
                    "activityCategory",
                    ActivityCodes.Category.class)
                .required()
                .listed()
                .filterable()
                .sortable(),
            Field.integer("sortOrder", "common.sortOrder")
                .defaultValue(0)
                .range(0, 9999)
                .listed()
                .sortable())
        .sortedBy("sortOrder", false)
        .scope(ScopePolicy.openToAll())
        .rules(RecordRule.unique("activityType.duplicate", "name"));
  }

  @Bean
  RecordType activities(
      ActivityEdits edits,
      ParticipantsPanel participants,
      OutcomesPanel outcomes,
      org.lvzhi.attachment.Attachments attachments) {
    return RecordType.of(
            "activities",
            "activity",
            "registry.activities",
            "activity",
            Field.text("title", "activity.title")
                .required()
                .maxLength(200)
                .listed()
                .searchable()
                .sortable(),
            Field.reference("typeId", "activity.type", "activity-types")
                .required()
                .listed()
                .filterable(),
            Field.dateTime("startsAt", "activity.startsAt")
                .required()
                .listed()
                .sortable()
                .filterable(),
            Field.dateTime("endsAt", "activity.endsAt").required().filterable(),
            Field.choices(
                    "provinces",
                    "activity.provinces",
                    "province",
                    ActivityCodes.PROVINCES,
                    "activity_province",
                    "activity_id",
                    "province")
                .listed()
                .filterable(),
            Field.text("localities", "activity.localities")
                .help("activity.localities.help")
                .maxLength(200)
                .searchable(),
            Field.choice(
                    "organiser", "activity.organiser", "organiser", ActivityCodes.Organiser.class)
                .required()
                .defaultValue("OFFICE")
                .filterable(),
            Field.reference("specialCommitteeId", "activity.specialCommittee", "special-committees")
                .listed()
                .filterable(),
            Field.reference("leaderId", "activity.leader", "members")
                .preferring(org.lvzhi.organisation.Members.LEADERS)
                .help("activity.leader.help")
                .listed()
                .filterable(),
            Field.text("topic", "activity.topic").maxLength(200).searchable(),
            Field.textarea("summary", "activity.summary").maxLength(5000),
            Field.integer("externalCount", "activity.externalCount").range(0, 100000),
            Field.text("externalNote", "activity.externalNote")
                .help("activity.externalNote.help")
                .maxLength(200),
            Field.text("lecturer", "activity.lecturer").maxLength(100),
            Field.text("venue", "activity.venue").maxLength(200),
            Field.decimal("hours", "activity.hours", 1).help("activity.hours.help").range(0, 1000),
            Field.text("book", "activity.book").maxLength(200),
            Field.text("theme", "activity.theme").maxLength(200))
        .sortedBy("startsAt", true)
        .scope(
            ScopePolicy.wholeCommitteeOnly()
                .ownSpecialCommittee("t.special_committee_id = :scopeId")
                .ownMember(
                    "exists (select 1 from participation p where p.activity_id = t.id and p.member_id = :scopeId)"))
        .rules(ActivityRegisters::check)
        .writtenBy(edits)
        .panel(participants)
        .panel(outcomes)
        .panel(attachments.panel("activity"));
  }

  /**
   * Minutes, photos and documents on an activity: for those who may see it; changed by its
   * organisers.
   */
  @Bean
  org.lvzhi.attachment.AttachmentOwner activityAttachments(
      RecordType activities, org.lvzhi.register.Registers registers) {
    return new org.lvzhi.attachment.RecordAttachments(activities, registers);
  }

  private static void check(
      org.lvzhi.register.RecordValues values, Long id, RecordRule.RuleContext context) {
    LocalDateTime start = values.dateTime("startsAt");
    LocalDateTime end = values.dateTime("endsAt");
    if (start != null && end != null && end.isBefore(start)) {
      context.reject("endsAt", "validation.endBeforeStart");
    }
    boolean bySpecialCommittee = "SPECIAL_COMMITTEE".equals(values.text("organiser"));
    if (bySpecialCommittee && !values.isPresent("specialCommitteeId")) {
      context.reject("specialCommitteeId", "activity.specialCommitteeRequired");
    }
    CurrentUser.get()
        .map(user -> user.scope())
        .ifPresent(
            scope -> {
              if (scope instanceof DataScope.OwnSpecialCommittee own
                  && (!bySpecialCommittee
                      || !Long.valueOf(own.specialCommitteeId())
                          .equals(values.id("specialCommitteeId")))) {
                context.reject("specialCommitteeId", "activity.onlyOwnCommittee");
              }
            });
  }
}
