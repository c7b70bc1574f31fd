package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Importing past years' proposals with their replies: a good file becomes closed (or replied)
 * proposals with their numbers, found by the database and the similarity search at once; a file
 * with bad rows lists every problem by row and column and saves nothing; only the office imports.
 */
abstract class ProposalImportScenarios extends IntegrationTestSupport {

  static final String HEADER =
      "届次（名称或年份）,案号,案由,第一提案人,联名提案人,情况分析,具体建议,主办单位,会办单位,答复类别,答复内容,答复日期,办理评价\n";

  String sessionName() {
    return jdbc.sql("select name from plenary_session where committee_id = :c order by id limit 1")
        .param("c", demoCommitteeId())
        .query(String.class)
        .single();
  }

  /** Names of two demo members that no other member shares. */
  List<String> memberNames() {
    return jdbc.sql(
            "select name from member where committee_id = :c group by name having count(*) = 1"
                + " order by name limit 2")
        .param("c", demoCommitteeId())
        .query(String.class)
        .list();
  }

  long count(String subject) {
    return jdbc.sql("select count(*) from proposal where subject = :s")
        .param("s", subject)
        .query(Long.class)
        .single();
  }

  static byte[] csv(String rows) {
    return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aGoodFileBecomesClosedAndRepliedProposalsFoundAtOnce() {
    String t = tag();
    List<String> names = memberNames();
    String session = sessionName();
    String rows =
        session
            + ",9001,关于建设"
            + t
            + "城北湿地公园的建议,"
            + names.get(0)
            + ","
            + names.get(1)
            + ",城北缺少休闲场所。,建设湿地公园。,"
            + OWN_UNIT
            + ","
            + OTHER_UNIT
            + ",A,已列入规划并开工建设。,2023-06-30,满意\n"
            + session
            + ",9002,关于整治"
            + t
            + "马坊村道路积水的建议,"
            + names.get(0)
            + ",,雨季道路积水。,修建排水沟。,"
            + OTHER_UNIT
            + ",,B,已安排资金。,2023/7/1,\n";

    Http.Response imported =
        as(Role.STAFF).upload("/api/v1/imports/archive-import", "往年提案.csv", csv(rows), Map.of());

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
    Map<String, Object> first =
        jdbc.sql("select status, number, kind, reply_grade from proposal where subject = :s")
            .param("s", "关于建设" + t + "城北湿地公园的建议")
            .query()
            .singleRow();
    assertThat(first)
        .containsEntry("status", "CLOSED")
        .containsEntry("number", 9001)
        .containsEntry("kind", "JOINT")
        .containsEntry("reply_grade", "A");
    assertThat(
            jdbc.sql("select status from proposal where subject = :s")
                .param("s", "关于整治" + t + "马坊村道路积水的建议")
                .query(String.class)
                .single())
        .isEqualTo("REPLIED");
    assertThat(
            jdbc.sql(
                    "select count(*) from history_entry h join proposal p on p.id = h.record_id"
                        + " where h.action = 'PROPOSAL_IMPORT' and p.subject = :s")
                .param("s", "关于建设" + t + "城北湿地公园的建议")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    JsonNode database = as(Role.MEMBER).get("/api/v1/proposals/database?q=城北湿地公园").json();
    assertThat(database.path("entries").get(0).path("subject").asString()).contains(t);
    assertThat(database.path("entries").get(0).path("units").get(0).asString()).isEqualTo(OWN_UNIT);
    JsonNode similar = as(Role.MEMBER).get("/api/v1/proposals/similar?text=建设城北湿地公园").json();
    assertThat(similar.get(0).path("subject").asString()).contains(t);
  }

  @Test
  void aFileWithBadRowsListsEveryProblemAndSavesNothing() {
    String t = tag();
    List<String> names = memberNames();
    String session = sessionName();
    String good = "关于" + t + "好行的建议";
    String rows =
        session
            + ",9101,"
            + good
            + ","
            + names.get(0)
            + ",,,,"
            + OWN_UNIT
            + ",,A,答复。,2023-06-30,满意\n"
            + "查无此届,9102,关于"
            + t
            + "甲的建议,"
            + names.get(0)
            + ",,,,"
            + OWN_UNIT
            + ",,A,答复。,2023-06-30,\n"
            + session
            + ",九一,关于"
            + t
            + "乙的建议,查无此人,,,,查无此单位,,D,答复。,明天,很好\n"
            + session
            + ",9101,关于"
            + t
            + "丙的建议,"
            + names.get(0)
            + ",,,,"
            + OWN_UNIT
            + ",,A,答复。,2023-06-30,\n";

    Http.Response refused =
        as(Role.STAFF).upload("/api/v1/imports/archive-import", "往年提案.csv", csv(rows), Map.of());

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    List<String> errors = new ArrayList<>();
    refused
        .json()
        .path("errors")
        .values()
        .forEach(e -> errors.add(e.path("row").asInt() + " " + e.path("column").asString()));
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "3 届次（名称或年份）", "4 案号", "4 第一提案人", "4 主办单位", "4 答复类别", "4 答复日期", "4 办理评价", "5 案号");
    assertThat(count(good)).isZero();
    Http.Response member =
        as(Role.MEMBER).upload("/api/v1/imports/archive-import", "往年提案.csv", csv(rows), Map.of());
    assertThat(member.status()).isEqualTo(403);
    Http office = browserAs(Role.STAFF);
    assertThat(office.get("/proposals/archive-import").status()).isEqualTo(200);
    assertThat(office.get("/proposals/archive-import/template.xlsx").status()).isEqualTo(200);
  }
}
