package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every write is checked against the writer's data scope before anything is kept: a refused write
 * answers 403 or 404 and leaves no row and no history behind. On H2 ({@link WriteScopeH2Test}) and
 * PostgreSQL ({@link WriteScopePostgresTest}).
 */
abstract class WriteScopeScenarios extends IntegrationTestSupport {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  static final String PROPOSALS_COMMITTEE = "提案委员会";

  @Test
  void aCommitteeClerkCannotAddAnOutcomeToAnotherCommitteesActivity() {
    long other = activity(proposalsCommitteeId());
    long own = activity(economyCommitteeId());
    Http clerk = as(COMMITTEE_STAFF);
    long rowsBefore = count("activity_outcome");
    long historyBefore = history("activity_outcome");

    Http.Response refused = clerk.postJson("/api/v1/activity-outcomes", outcome(other));
    assertThat(refused.status()).as(refused.toString()).isIn(403, 404);
    assertThat(refused.contentType()).startsWith(RoleMatrix.PROBLEM_JSON);
    assertThat(count("activity_outcome")).as("no outcome kept").isEqualTo(rowsBefore);
    assertThat(history("activity_outcome")).as("no history kept").isEqualTo(historyBefore);

    // Retrying changes nothing either.
    assertThat(clerk.postJson("/api/v1/activity-outcomes", outcome(other)).status()).isIn(403, 404);
    assertThat(count("activity_outcome")).isEqualTo(rowsBefore);

    long created = created(clerk.postJson("/api/v1/activity-outcomes", outcome(own)));
    assertThat(clerk.get("/api/v1/activity-outcomes/" + created).status()).isEqualTo(200);
    assertThat(count("activity_outcome")).isEqualTo(rowsBefore + 1);
  }

  // ---- fixtures ----

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  long history(String recordType) {
    return jdbc.sql("select count(*) from history_entry where record_type = :t")
        .param("t", recordType)
        .query(Long.class)
        .single();
  }

  Map<String, Object> outcome(long activityId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("content", "范围成果" + tag());
    body.put("activityId", activityId);
    body.put("kind", "SUGGESTION");
    return body;
  }

  long activity(long specialCommitteeId) {
    LocalDateTime start = LocalDateTime.of(2021, 6, 1, 9, 0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "范围活动" + tag());
    body.put("typeId", idOf("activity_type", "调研"));
    body.put("startsAt", MINUTES.format(start));
    body.put("endsAt", MINUTES.format(start.plusHours(2)));
    body.put("organiser", "SPECIAL_COMMITTEE");
    body.put("specialCommitteeId", specialCommitteeId);
    return created(admin().postJson("/api/v1/activities", body));
  }

  long proposalsCommitteeId() {
    return jdbc.sql(
            "select s.id from special_committee s join committee c on c.id = s.committee_id"
                + " where s.name = :name and c.name = :committee")
        .param("name", PROPOSALS_COMMITTEE)
        .param("committee", DEMO_COMMITTEE)
        .query(Long.class)
        .single();
  }
}
