package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An activity from invitation to closing, through the API, with who may decide leave and check-in
 * abuse.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activity-flow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
@AutoConfigureMockMvc
class ActivityParticipationIntegrationTest {

  private static final String PASSWORD = "Activity-Test-2026";

  /** The demo county the tests work in (the demo has a second one with the same names). */
  private static final String DEMO = "(select id from committee where name = '政协云溪县委员会')";

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;

  long committee;
  long invitee;
  long outsider;

  @BeforeEach
  void accounts() {
    committee =
        jdbc.sql(
                "select id from special_committee where committee_id = "
                    + DEMO
                    + " order by sort_order limit 1 offset 1")
            .query(Long.class)
            .single();
    List<Long> ids =
        jdbc.sql(
                "select member_id from member_special_committee msc join member m on m.id = msc.member_id"
                    + " where special_committee_id = :c and m.status = 'SERVING' order by member_id")
            .param("c", committee)
            .query(Long.class)
            .list();
    invitee = ids.get(0);
    outsider =
        jdbc.sql(
                "select m.id from member m where m.committee_id = "
                    + DEMO
                    + " and not exists (select 1 from member_special_committee s"
                    + " where s.member_id = m.id and s.special_committee_id = :c) order by m.id limit 1")
            .param("c", committee)
            .query(Long.class)
            .single();
    long chair =
        jdbc.sql("select id from member where leadership_role = 'CHAIR' and committee_id = " + DEMO)
            .query(Long.class)
            .single();
    system.run(
        () -> {
          create("flow-office", new Accounts.Binding(Role.STAFF, null, null, null));
          create("flow-invitee", new Accounts.Binding(Role.MEMBER, invitee, null, null));
          create("flow-outsider", new Accounts.Binding(Role.MEMBER, outsider, null, null));
          create("flow-chair", new Accounts.Binding(Role.LEADER, chair, null, null));
        });
  }

  private void create(String username, Accounts.Binding binding) {
    if (!accounts.exists(username)) {
      accounts.create(username, username, binding, PASSWORD, false);
    }
  }

  private long activity(String type, LocalDateTime start, LocalDateTime end) throws Exception {
    long typeId =
        jdbc.sql("select id from activity_type where name = :n and committee_id = " + DEMO)
            .param("n", type)
            .query(Long.class)
            .single();
    String body =
        """
        {"title":"测试活动","typeId":%d,"startsAt":"%s","endsAt":"%s","organiser":"OFFICE","provinces":["FJ","JS"]}
        """
            .formatted(typeId, MINUTE.format(start), MINUTE.format(end));
    String answer =
        mvc.perform(
                post("/api/v1/activities")
                    .with(httpBasic("flow-office", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).get("id").asLong();
  }

  private JsonNode participants(long activityId) throws Exception {
    return json.readTree(
        mvc.perform(
                get("/api/v1/activities/" + activityId + "/participants")
                    .with(httpBasic("flow-office", PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String code(long activityId) {
    return jdbc.sql("select check_in_code from activity where id = :id")
        .param("id", activityId)
        .query(String.class)
        .single();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
  }

  @Test
  void fromInvitationToParticipantTimes() throws Exception {
    long id = activity("专题培训", now().minusMinutes(5), now().plusHours(2));
    mvc.perform(
            post("/api/v1/activities/" + id + "/invitations")
                .with(httpBasic("flow-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"group\":\"special-committee:" + committee + "\",\"cadres\":true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.count").value(org.hamcrest.Matchers.greaterThan(1)));
    int invited = participants(id).size();

    mvc.perform(
            post("/api/v1/activities/" + id + "/sign-up").with(httpBasic("flow-invitee", PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/activities/" + id + "/check-in")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code(id) + "\"}"))
        .andExpect(status().isOk());
    // checking in twice, or with a wrong code, or when not invited is refused with a reason
    mvc.perform(
            post("/api/v1/activities/" + id + "/check-in")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code(id) + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已经签到")));
    mvc.perform(
            post("/api/v1/activities/" + id + "/check-in")
                .with(httpBasic("flow-outsider", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code(id) + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("邀请名单")));

    mvc.perform(
            post("/api/v1/activities/" + id + "/close").with(httpBasic("flow-office", PASSWORD)))
        .andExpect(status().isOk());
    JsonNode after = participants(id);
    long present = 0;
    for (JsonNode p : after) {
      assertThat(p.get("state").asString()).isIn("PRESENT", "ABSENT");
      present += p.get("state").asString().equals("PRESENT") ? 1 : 0;
    }
    assertThat(after.size()).isEqualTo(invited);
    assertThat(present).isEqualTo(1);
    mvc.perform(
            post("/api/v1/activities/" + id + "/sign-up").with(httpBasic("flow-invitee", PASSWORD)))
        .andExpect(status().isConflict());
  }

  @Test
  void aCodeOutsideTheWindowOrOfAnotherActivityIsRefused() throws Exception {
    long later = activity("调研", now().plusHours(3), now().plusHours(5));
    long current = activity("调研", now().minusMinutes(40), now().plusHours(1));
    for (long id : List.of(later, current)) {
      mvc.perform(
              post("/api/v1/activities/" + id + "/invitations")
                  .with(httpBasic("flow-office", PASSWORD))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"memberIds\":[" + invitee + "]}"))
          .andExpect(status().isOk());
    }
    mvc.perform(
            post("/api/v1/activities/" + later + "/check-in")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code(later) + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不在签到时间内")));
    if (!code(later).equals(code(current))) {
      mvc.perform(
              post("/api/v1/activities/" + current + "/check-in")
                  .with(httpBasic("flow-invitee", PASSWORD))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"code\":\"" + code(later) + "\"}"))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("签到码不正确")));
    }
    // the code alone finds the activity open now; 40 minutes after the start counts as late
    mvc.perform(
            post("/api/v1/check-in")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code(current) + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.activityId").value(current));
    JsonNode mine = participants(current).get(0);
    assertThat(mine.get("state").asString()).isEqualTo("CHECKED_IN");
    assertThat(mine.get("late").asBoolean()).isTrue();
  }

  @Test
  void leaveForAPlenaryMeetingIsTheChairsToDecide() throws Exception {
    long id = activity("全体会议", now().plusDays(2), now().plusDays(2).plusHours(4));
    mvc.perform(
            post("/api/v1/activities/" + id + "/invitations")
                .with(httpBasic("flow-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberIds\":[" + invitee + "]}"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/activities/" + id + "/leave")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"\"}"))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/api/v1/activities/" + id + "/leave")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"赴市里参加培训\"}"))
        .andExpect(status().isOk());
    long participation = participants(id).get(0).get("id").asLong();

    String decision = "{\"approved\":true,\"countsAgainst\":false}";
    mvc.perform(
            post("/api/v1/participations/" + participation + "/leave-decision")
                .with(httpBasic("flow-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(decision))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("本次会议的请假由主席审批。"));
    mvc.perform(
            post("/api/v1/participations/" + participation + "/leave-decision")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(decision))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/participations/" + participation + "/leave-decision")
                .with(httpBasic("flow-chair", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(decision))
        .andExpect(status().isOk());
    assertThat(participants(id).get(0).get("state").asString()).isEqualTo("LEAVE_APPROVED");

    mvc.perform(
            post("/api/v1/activities/" + id + "/close").with(httpBasic("flow-office", PASSWORD)))
        .andExpect(status().isOk());
    assertThat(participants(id).get(0).get("state").asString()).isEqualTo("EXCUSED");
  }

  @Autowired ActivityNotices notices;

  @Test
  void invitationsLeaveDecisionsAndTomorrowsActivitiesAreNotified() throws Exception {
    long before = unread("flow-invitee");
    long id =
        activity(
            "专题协商会",
            now().plusDays(1).withHour(9).withMinute(0),
            now().plusDays(1).withHour(11).withMinute(0));
    mvc.perform(
            post("/api/v1/activities/" + id + "/invitations")
                .with(httpBasic("flow-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberIds\":[" + invitee + "]}"))
        .andExpect(status().isOk());
    assertThat(unread("flow-invitee")).isEqualTo(before + 1);

    assertThat(system.call(() -> notices.remind(now().plusDays(1).toLocalDate())))
        .isGreaterThanOrEqualTo(1);
    long reminded = unread("flow-invitee");
    assertThat(reminded).isGreaterThanOrEqualTo(before + 2);
    assertThat(system.call(() -> notices.remind(now().plusDays(1).toLocalDate())))
        .as("reminded once")
        .isZero();
    assertThat(unread("flow-invitee")).isEqualTo(reminded);

    mvc.perform(
            post("/api/v1/activities/" + id + "/leave")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"出差\"}"))
        .andExpect(status().isOk());
    long participation = participants(id).get(0).get("id").asLong();
    mvc.perform(
            post("/api/v1/participations/" + participation + "/leave-decision")
                .with(httpBasic("flow-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\":false}"))
        .andExpect(status().isOk());
    assertThat(unread("flow-invitee")).isEqualTo(reminded + 1);
  }

  private long unread(String username) throws Exception {
    return json.readTree(
            mvc.perform(
                    get("/api/v1/notifications/unread-count").with(httpBasic(username, PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .get("count")
        .asLong();
  }

  @Test
  void aMemberSeesOnlyTheActivitiesTheyAreInvitedTo() throws Exception {
    long invitedTo = activity("视察", now().plusDays(1), now().plusDays(1).plusHours(3));
    long notInvited = activity("视察", now().plusDays(1), now().plusDays(1).plusHours(3));
    mvc.perform(
            post("/api/v1/activities/" + invitedTo + "/invitations")
                .with(httpBasic("flow-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberIds\":[" + invitee + "]}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/activities/" + invitedTo).with(httpBasic("flow-invitee", PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/activities/" + notInvited).with(httpBasic("flow-invitee", PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/activities")
                .with(httpBasic("flow-invitee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
  }
}
