package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Similar proposals and the proposal database over HTTP, as members and the office use them: a
 * member finds the accepted proposals of others with their replies, never a draft; paging and
 * filters; malformed parameters answer 400; a near duplicate ranks first on the drafting form and
 * in the API, and a proposal submitted through the workflow is found at once.
 */
abstract class ProposalSearchScenarios extends IntegrationTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  org.lvzhi.proposal.web.SimilarPanel similarPanel;

  long session() {
    return jdbc.sql("select min(id) from plenary_session where committee_id = :c")
        .param("c", demoCommitteeId())
        .query(Long.class)
        .single();
  }

  int sessionYear() {
    return jdbc.sql("select session_year from plenary_session where id = :id")
        .param("id", session())
        .query(Integer.class)
        .single();
  }

  /** A proposal of another member, as the office left it; answers its id. */
  long proposal(String status, String subject, String body, String grade, String reply) {
    jdbc.sql(
            "insert into proposal (committee_id, session_id, number, kind, lead_member_id,"
                + " subject, situation, suggestions, status, drafted_by, overdue, reply_grade,"
                + " reply_text) values (:c, :s, :n, 'INDIVIDUAL', :lead, :subject, :body, :body,"
                + " :status, 'test', false, :grade, :reply)")
        .param("c", demoCommitteeId())
        .param("s", "DRAFT".equals(status) ? null : session())
        .param("n", "DRAFT".equals(status) ? null : nextNumber())
        .param("lead", memberOutsideScope())
        .param("subject", subject)
        .param("body", body)
        .param("status", status)
        .param("grade", grade)
        .param("reply", reply)
        .update();
    return jdbc.sql("select max(id) from proposal").query(Long.class).single();
  }

  private int nextNumber() {
    return jdbc.sql("select coalesce(max(number), 0) + 1 from proposal where session_id = :s")
        .param("s", session())
        .query(Integer.class)
        .single();
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("entries").forEach(e -> ids.add(e.get("id").asLong()));
    return ids;
  }

  @Test
  void aMemberFindsAcceptedProposalsOfOthersWithTheirRepliesButNeverDrafts() {
    long accepted =
        proposal("CLOSED", "关于保护天鹅湖湿地候鸟栖息地的建议", "天鹅湖湿地候鸟栖息地遭到破坏。", "A", "县林业局已划定天鹅湖湿地保护范围。");
    long draft = proposal("DRAFT", "关于天鹅湖湿地候鸟保护的草稿", "天鹅湖湿地候鸟。", null, null);
    long merged = proposal("MERGED", "关于天鹅湖湿地候鸟的并案提案", "天鹅湖湿地候鸟。", null, null);

    Http.Response found = as(Role.MEMBER).get("/api/v1/proposals/database?q=天鹅湖湿地候鸟");

    assertThat(found.status()).as(found.text()).isEqualTo(200);
    assertThat(ids(found.json())).contains(accepted).doesNotContain(draft, merged);
    JsonNode entry = found.json().get("entries").get(0);
    assertThat(entry.get("reply").asString()).contains("保护范围");
    assertThat(entry.has("ratingReason")).isFalse();
    Http.Response page = browserAs(Role.MEMBER).get("/proposals/database?q=天鹅湖湿地");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("关于保护天鹅湖湿地候鸟栖息地的建议").doesNotContain("草稿");
  }

  @Test
  void theDatabaseIsPagedByTwentyAndFilteredByYearUnitAndGrade() {
    List<Long> made = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      made.add(
          proposal("ACCEPTED", "关于银杏大道第" + i + "段绿化提升的建议", "银杏大道绿化。", i == 0 ? "A" : "B", null));
    }
    jdbc.sql(
            "insert into proposal_unit (proposal_id, unit_id, lead, state) values (:p, :u, true, 'ASSIGNED')")
        .param("p", made.get(0))
        .param("u", ownUnitId())
        .update();
    Http member = as(Role.MEMBER);

    JsonNode first = member.get("/api/v1/proposals/database?q=银杏大道").json();
    JsonNode second = member.get("/api/v1/proposals/database?q=银杏大道&page=2").json();
    assertThat(first.get("total").asInt()).isEqualTo(21);
    assertThat(ids(first)).hasSize(20);
    assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
    assertThat(ids(member.get("/api/v1/proposals/database?q=银杏大道&grade=A").json()))
        .containsExactly(made.get(0));
    assertThat(ids(member.get("/api/v1/proposals/database?q=银杏大道&unit=" + ownUnitId()).json()))
        .containsExactly(made.get(0));
    assertThat(
            member
                .get("/api/v1/proposals/database?q=银杏大道&year=" + sessionYear())
                .json()
                .get("total")
                .asInt())
        .isEqualTo(21);
    assertThat(
            member
                .get("/api/v1/proposals/database?q=银杏大道&year=" + (sessionYear() - 30))
                .json()
                .get("total")
                .asInt())
        .isZero();
  }

  @Test
  void malformedPagesYearsUnitsAndGradesAnswer400() {
    Http member = as(Role.MEMBER);
    Http browser = browserAs(Role.MEMBER);
    for (String query :
        List.of("page=0", "page=abc", "year=1800", "year=20x4", "unit=x", "grade=Z")) {
      assertThat(member.get("/api/v1/proposals/database?" + query).status())
          .as(query)
          .isEqualTo(400);
      assertThat(browser.get("/proposals/database?" + query).status()).as(query).isEqualTo(400);
    }
  }

  @Test
  void aNearDuplicateRanksFirstInTheApiAndOnTheDraftingForm() {
    long original =
        proposal("ACCEPTED", "关于整治石板河沿岸采砂乱象的建议", "石板河沿岸非法采砂屡禁不止，河床下切，堤防受损，水生态遭到破坏。", null, null);
    String near = "石板河沿岸非法采砂屡禁不止，河床下切，堤防受损。建议整治石板河采砂乱象。";

    JsonNode similar = as(Role.MEMBER).get("/api/v1/proposals/similar?text=" + near).json();
    assertThat(similar.get(0).get("id").asLong()).isEqualTo(original);
    assertThat(similar.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(0.6);
    assertThat(similar.size()).isLessThanOrEqualTo(5);

    JsonNode ofItself = as(Role.STAFF).get("/api/v1/proposals/" + original + "/similar").json();
    ofItself.forEach(s -> assertThat(s.get("id").asLong()).isNotEqualTo(original));

    Map<String, String> typed = new HashMap<>();
    typed.put("subject", "关于整治石板河采砂乱象的建议");
    typed.put("situation", near);
    Http browser = browserAs(Role.MEMBER);
    typed.put("_csrf", browser.csrfToken("/proposals/new"));
    Http.Response fragment = browser.postForm("/proposals/similar", typed);
    assertThat(fragment.status()).isEqualTo(200);
    assertThat(fragment.text())
        .contains("data-proposal=\"" + original + "\"")
        .doesNotContain("similar-merge");
    assertThat(browser.get("/proposals/new").text()).contains("id=\"similar-proposals\"");
  }

  @Test
  void aMemberIsShownOnlyAcceptedProposalsOfOthersAsSimilarAndTheOfficeEveryOne() {
    long submitted =
        proposal("SUBMITTED", "关于治理青龙河黑臭水体的建议", "青龙河城区段黑臭水体反复出现，沿岸居民反映强烈。", null, null);
    long accepted = proposal("ACCEPTED", "关于青龙河黑臭水体综合治理的建议", "青龙河城区段黑臭水体反复出现，群众反映强烈。", null, null);
    String text = "青龙河城区段黑臭水体反复出现，建议综合治理青龙河黑臭水体。";
    List<Long> toMember = new ArrayList<>();
    as(Role.MEMBER)
        .get("/api/v1/proposals/similar?text=" + text)
        .json()
        .forEach(hit -> toMember.add(hit.get("id").asLong()));
    assertThat(toMember).contains(accepted).doesNotContain(submitted);
    List<Long> toOffice = new ArrayList<>();
    as(Role.STAFF)
        .get("/api/v1/proposals/similar?text=" + text)
        .json()
        .forEach(hit -> toOffice.add(hit.get("id").asLong()));
    assertThat(toOffice).contains(accepted, submitted);
  }

  @Test
  void aProposalSubmittedThroughTheWorkflowIsFoundAtOnce() {
    Http member = as(Role.MEMBER);
    Map<String, Object> draft = new HashMap<>();
    draft.put("kind", "INDIVIDUAL");
    draft.put("sessionId", session());
    draft.put("subject", "关于在凤凰山景区增设无障碍通道的建议");
    draft.put("situation", "凤凰山景区步道台阶多，轮椅和婴儿车无法通行，残疾人和老年人游览不便。");
    draft.put("suggestions", "在凤凰山景区主要步道增设无障碍坡道和扶手。");
    Http.Response created = member.postJson("/api/v1/proposals", draft);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(as(Role.STAFF).get("/api/v1/proposals/similar?text=凤凰山景区无障碍通道").json())
        .noneMatch(s -> s.get("id").asLong() == id);

    assertThat(member.postJson("/api/v1/proposals/" + id + "/submit", Map.of()).status())
        .isEqualTo(200);

    JsonNode found = as(Role.STAFF).get("/api/v1/proposals/similar?text=凤凰山景区无障碍通道").json();
    assertThat(found.get(0).get("id").asLong()).isEqualTo(id);
    // The panel the register shows on the proposal's page, as the office sees it.
    long twin = proposal("ACCEPTED", "关于凤凰山景区无障碍通道建设的建议", "凤凰山景区步道台阶多，轮椅无法通行。", null, null);
    String panel = systemActor.callIn(demoCommitteeId(), () -> similarPanel.html(id));
    assertThat(panel)
        .contains("id=\"similar-panel\"")
        .contains("name=\"survivorId\" value=\"" + twin + "\"")
        .contains("similar-merge")
        .doesNotContain("data-proposal=\"" + id + "\"");
  }
}
