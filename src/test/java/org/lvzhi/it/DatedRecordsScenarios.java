package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Records dated when they happened: an office adopting Lvzhi in May enters what happened since
 * January. A problem's raising and every move take the clerk's date (today where none is given),
 * never in the future and never before the step it follows; metrics count by those dates. On H2
 * ({@link DatedRecordsH2Test}) and PostgreSQL ({@link DatedRecordsPostgresTest}).
 */
abstract class DatedRecordsScenarios extends IntegrationTestSupport {

  private static final String PROJECTS = "/api/v1/investment-projects";
  private static final String PROBLEMS = "/api/v1/rectifications";

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void aProblemAndEachOfItsMovesAreDatedByTheClerkInOrderAndNeverInTheFuture() {
    Http staff = as(STAFF);
    Http unit = as(UNIT);
    long project = project();
    LocalDate raisedOn = today().minusDays(120);
    long problemsBefore = count();

    Http.Response future = raise(staff, project, today().plusDays(1).toString());
    assertThat(future.status()).as(future.toString()).isEqualTo(400);
    assertThat(future.fieldErrors()).containsOnlyKeys("raisedOn");
    assertThat(count()).isEqualTo(problemsBefore);

    Http.Response raised = raise(staff, project, raisedOn.toString());
    long id = created(raised);
    assertThat(raised.json().path("raisedOn").asString()).isEqualTo(raisedOn.toString());

    // Assigned before it was raised: refused; a due date before today is taken.
    Http.Response early = assign(staff, id, raisedOn.minusDays(1), raisedOn.plusDays(20));
    assertThat(early.status()).as(early.toString()).isEqualTo(400);
    assertThat(early.fieldErrors()).containsOnlyKeys("on");
    Http.Response dueBeforeAssigned = assign(staff, id, raisedOn.plusDays(5), raisedOn.plusDays(4));
    assertThat(dueBeforeAssigned.status()).isEqualTo(400);
    assertThat(dueBeforeAssigned.fieldErrors()).containsOnlyKeys("dueOn");
    Http.Response assigned = assign(staff, id, raisedOn.plusDays(5), raisedOn.plusDays(30));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    assertThat(assigned.json().path("assignedOn").asString())
        .isEqualTo(raisedOn.plusDays(5).toString());
    assertThat(assigned.json().path("dueOn").asString())
        .isEqualTo(raisedOn.plusDays(30).toString());
    assertThat(assigned.json().path("overdue").asBoolean()).isTrue();

    ok(unit.postJson(PROBLEMS + "/" + id + "/acknowledge", on(raisedOn.plusDays(6))));
    Http.Response resolvedEarly =
        unit.postJson(
            PROBLEMS + "/" + id + "/resolve",
            Map.of("measures", "已整改", "on", raisedOn.plusDays(2).toString()));
    assertThat(resolvedEarly.status()).as(resolvedEarly.toString()).isEqualTo(400);
    assertThat(resolvedEarly.fieldErrors()).containsOnlyKeys("on");
    ok(
        unit.postJson(
            PROBLEMS + "/" + id + "/resolve",
            Map.of("measures", "已整改", "on", raisedOn.plusDays(25).toString())));
    Http.Response verifiedEarly =
        staff.postJson(PROBLEMS + "/" + id + "/verify", on(raisedOn.plusDays(24)));
    assertThat(verifiedEarly.status()).isEqualTo(400);
    Http.Response verifiedLater =
        staff.postJson(PROBLEMS + "/" + id + "/verify", on(today().plusDays(1)));
    assertThat(verifiedLater.status()).isEqualTo(400);
    Http.Response verified =
        staff.postJson(PROBLEMS + "/" + id + "/verify", on(raisedOn.plusDays(28)));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    JsonNode done = verified.json();
    assertThat(done.path("acknowledgedOn").asString()).isEqualTo(raisedOn.plusDays(6).toString());
    assertThat(done.path("resolvedOn").asString()).isEqualTo(raisedOn.plusDays(25).toString());
    assertThat(done.path("verifiedOn").asString()).isEqualTo(raisedOn.plusDays(28).toString());
    assertThat(done.path("overdue").asBoolean()).isFalse();

    // Counted on the day it was resolved.
    LocalDate resolvedOn = raisedOn.plusDays(25);
    JsonNode metric =
        admin()
            .get("/api/v1/metrics/rectification.resolved?from=" + resolvedOn + "&to=" + resolvedOn)
            .json();
    assertThat(metric.toString()).contains("/registry/rectifications/" + id);
  }

  @Test
  void withoutADateEveryMoveIsDatedToday() {
    Http staff = as(STAFF);
    long id = created(raise(staff, project(), null));
    JsonNode assigned = assign(staff, id, null, today().plusDays(10)).json();
    assertThat(assigned.path("raisedOn").asString()).isEqualTo(today().toString());
    assertThat(assigned.path("assignedOn").asString()).isEqualTo(today().toString());
  }

  // ---- fixtures ----

  long count() {
    return jdbc.sql("select count(*) from rectification").query(Long.class).single();
  }

  static Http.Response raise(Http http, long project, String raisedOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sourceType", "project");
    body.put("sourceId", project);
    body.put("sourceRegister", "investment-projects");
    body.put("title", "补录问题" + tag());
    if (raisedOn != null) {
      body.put("raisedOn", raisedOn);
    }
    return http.postJson(PROBLEMS, body);
  }

  Http.Response assign(Http http, long id, LocalDate on, LocalDate due) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", ownUnitId());
    body.put("dueOn", due.toString());
    if (on != null) {
      body.put("on", on.toString());
    }
    return http.postJson(PROBLEMS + "/" + id + "/assign", body);
  }

  static Map<String, Object> on(LocalDate date) {
    return Map.of("on", date.toString());
  }

  static void ok(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }
}
