package org.lvzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the moves set off (ADR 6): a leave request reaches whoever decides it — the committee's
 * head, or the office where the committee has no head recorded — and closing through the attendance
 * import is the same close, recorded in history.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activity-flow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
@AutoConfigureMockMvc
class ActivityEventsIntegrationTest {

  private static final String PASSWORD = "Activity-Events-2026";

  /** The demo county the tests work in (the demo has a second one with the same names). */
  private static final String DEMO = "(select id from committee where name = '政协云溪县委员会')";

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;

  long committee;
  long member;
  long head;

  @BeforeEach
  void accounts() {
    committee =
        jdbc.sql(
                "select id from special_committee where committee_id = "
                    + DEMO
                    + " order by sort_order limit 1 offset 2")
            .query(Long.class)
            .single();
    List<Long> serving =
        jdbc.sql(
                "select member_id from member_special_committee msc join member m on m.id = msc.member_id"
                    + " where special_committee_id = :c and m.status = 'SERVING' order by member_id")
            .param("c", committee)
            .query(Long.class)
            .list();
    member = serving.get(0);
    head = serving.get(1);
    system.run(
        () -> {
          create("events-office", new Accounts.Binding(Role.STAFF, null, null, null));
          create("events-member", new Accounts.Binding(Role.MEMBER, member, null, null));
          create("events-head", new Accounts.Binding(Role.MEMBER, head, null, null));
        });
  }

  private void create(String username, Accounts.Binding binding) {
    if (!accounts.exists(username)) {
      accounts.create(username, username, binding, PASSWORD, false);
    }
  }

  private long committeeActivity(String title) throws Exception {
    long typeId =
        jdbc.sql("select id from activity_type where name = '调研' and committee_id = " + DEMO)
            .query(Long.class)
            .single();
    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).withSecond(0).withNano(0);
    String body =
        """
        {"title":"%s","typeId":%d,"startsAt":"%s","endsAt":"%s","organiser":"SPECIAL_COMMITTEE","specialCommitteeId":%d}
        """
            .formatted(
                title, typeId, MINUTE.format(start), MINUTE.format(start.plusHours(3)), committee);
    String answer =
        mvc.perform(
                post("/api/v1/activities")
                    .with(httpBasic("events-office", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(answer).get("id").asLong();
    mvc.perform(
            post("/api/v1/activities/" + id + "/invitations")
                .with(httpBasic("events-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberIds\":[" + member + "]}"))
        .andExpect(status().isOk());
    return id;
  }

  private void askLeave(long activityId) throws Exception {
    mvc.perform(
            post("/api/v1/activities/" + activityId + "/leave")
                .with(httpBasic("events-member", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"外出学习\"}"))
        .andExpect(status().isOk());
  }

  private long participation(long activityId) {
    return jdbc.sql("select id from participation where activity_id = :a and member_id = :m")
        .param("a", activityId)
        .param("m", member)
        .query(Long.class)
        .single();
  }

  private List<String> titles(String username) {
    return jdbc.sql(
            "select n.title from notification n join account a on a.id = n.account_id where a.username = :u")
        .param("u", username)
        .query(String.class)
        .list();
  }

  @Test
  void aLeaveRequestReachesTheCommitteesHeadWhoDecidesIt() throws Exception {
    jdbc.sql("update special_committee set head_member_id = :m where id = :c")
        .param("m", head)
        .param("c", committee)
        .update();
    long id = committeeActivity("请假给主任审批");
    askLeave(id);
    assertThat(titles("events-head")).contains("请假待审批：请假给主任审批");
    assertThat(titles("events-office")).doesNotContain("请假待审批：请假给主任审批");
    mvc.perform(
            post("/api/v1/participations/" + participation(id) + "/leave-decision")
                .with(httpBasic("events-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\":true}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("本次活动的请假由组织专委会主任审批。"));
    mvc.perform(
            post("/api/v1/participations/" + participation(id) + "/leave-decision")
                .with(httpBasic("events-head", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\":true}"))
        .andExpect(status().isOk());
    assertThat(titles("events-member")).contains("请假已批准：请假给主任审批");
  }

  @Test
  void withoutAHeadRecordedTheOfficeIsToldAndDecides() throws Exception {
    jdbc.sql("update special_committee set head_member_id = null where id = :c")
        .param("c", committee)
        .update();
    long id = committeeActivity("无主任时由机关审批");
    askLeave(id);
    assertThat(titles("events-office")).contains("请假待审批：无主任时由机关审批");
    mvc.perform(
            post("/api/v1/participations/" + participation(id) + "/leave-decision")
                .with(httpBasic("events-head", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\":false}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("本次活动的请假由机关办公室审批。"));
    mvc.perform(
            post("/api/v1/participations/" + participation(id) + "/leave-decision")
                .with(httpBasic("events-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\":false}"))
        .andExpect(status().isOk());
    assertThat(titles("events-member")).contains("请假未批准：无主任时由机关审批");
  }

  @Test
  void closingThroughTheAttendanceImportIsTheOneCloseAndIsRecorded() throws Exception {
    String title = "导入即结束" + System.nanoTime();
    long typeId =
        jdbc.sql("select id from activity_type where name = '视察' and committee_id = " + DEMO)
            .query(Long.class)
            .single();
    String body =
        """
        {"title":"%s","typeId":%d,"startsAt":"2019-04-02T09:00","endsAt":"2019-04-02T12:00","organiser":"OFFICE"}
        """
            .formatted(title, typeId);
    long id =
        json.readTree(
                mvc.perform(
                        post("/api/v1/activities")
                            .with(httpBasic("events-office", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asLong();
    int version =
        jdbc.sql("select version from activity where id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();
    String name =
        jdbc.sql("select name from member where id = :id")
            .param("id", member)
            .query(String.class)
            .single();
    String mobile =
        jdbc.sql("select mobile from member where id = :id")
            .param("id", member)
            .query(String.class)
            .single();

    mvc.perform(
            multipart("/api/v1/imports/attendance")
                .file(
                    new MockMultipartFile(
                        "file",
                        "出席台账.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx(
                            List.of(
                                title, "2019-04-02", name, mobile == null ? "" : mobile, "出席"))))
                .with(httpBasic("events-office", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(1));

    assertThat(
            jdbc.sql("select closed from activity where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            jdbc.sql("select version from activity where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single())
        .as("closing bumps the version")
        .isEqualTo(version + 1);
    assertThat(
            jdbc.sql(
                    "select count(*) from history_entry where record_type = 'activity' and record_id = :id"
                        + " and action = 'CLOSE'")
                .param("id", id)
                .query(Long.class)
                .single())
        .as("the import's close is in the history")
        .isEqualTo(1);
    mvc.perform(
            post("/api/v1/activities/" + id + "/close").with(httpBasic("events-office", PASSWORD)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("活动已结束，出席情况已确定。"));
  }

  @Test
  void aDutyReportTellsTheOfficeAndItsDecisionTellsTheMemberAndIsRecorded() throws Exception {
    String content = "走访群众" + System.nanoTime();
    String body =
        """
        {"memberId":%d,"occurredOn":"2019-06-12","kind":"VISIT_CONSTITUENTS","content":"%s"}
        """
            .formatted(member, content);
    long id =
        json.readTree(
                mvc.perform(
                        post("/api/v1/duty-reports")
                            .with(httpBasic("events-member", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asLong();
    String name =
        jdbc.sql("select name from member where id = :id")
            .param("id", member)
            .query(String.class)
            .single();
    assertThat(titles("events-office")).contains("履职记录待确认：" + name);

    mvc.perform(
            post("/api/v1/duty-reports/" + id + "/actions/reject")
                .with(httpBasic("events-office", PASSWORD)))
        .andExpect(status().isOk());
    assertThat(titles("events-member")).contains("履职记录未予确认");
    assertThat(
            jdbc.sql("select version from duty_report where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select changes from history_entry where record_type = 'duty_report' and record_id = :id"
                        + " and action = 'REJECT' and changes like '%REJECTED%'")
                .param("id", id)
                .query(String.class)
                .list())
        .as("the decision is in the history with the status it set")
        .hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from history_entry where record_type = 'duty_report'"
                        + " and record_id = :id and action = 'REJECT'")
                .param("id", id)
                .query(Long.class)
                .single())
        .as("recorded once, by the duty report's own move, not again by the engine")
        .isEqualTo(1);
    mvc.perform(
            post("/api/v1/duty-reports/" + id + "/actions/confirm")
                .with(httpBasic("events-office", PASSWORD)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("该履职记录已审核，不能重复审核。"));
  }

  private static byte[] xlsx(List<String> row) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("出席台账");
      List<String> header = List.of("活动名称", "活动日期", "姓名", "手机号码", "出席情况");
      var first = sheet.createRow(0);
      var second = sheet.createRow(1);
      for (int c = 0; c < header.size(); c++) {
        first.createCell(c).setCellValue(header.get(c));
        second.createCell(c).setCellValue(row.get(c));
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
