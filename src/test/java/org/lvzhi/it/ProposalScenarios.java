package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.ADMIN;
import static org.lvzhi.system.Role.AUDITOR;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;
import static org.lvzhi.system.Role.LEADER;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Proposals through the API: a joint proposal from draft to closure with every step by the role
 * entitled to it, every move refused to every other role, what each role sees (a unit's clerk only
 * its unit's, a member only their own, nobody another member's draft), numbering per session, due
 * dates and overdue, return and extension requests, merging, re-handling after a dissatisfied
 * rating, and the notices to whoever must act next. On H2 ({@link ProposalH2Test}) and PostgreSQL
 * ({@link ProposalPostgresTest}).
 */
abstract class ProposalScenarios extends IntegrationTestSupport {

  static final String API = "/api/v1/proposals";
  static final String COSIGNER = "it-proposal-cosigner";
  static final String OTHER_UNIT_CLERK = "it-proposal-other-unit";
  static final String SUPERVISOR = "it-proposal-supervisor";
  static final byte[] LETTER =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  // ---------------------------------------------------------------------------------------------
  // The whole way
  // ---------------------------------------------------------------------------------------------

  @Test
  void aJointProposalGoesFromDraftToClosureEachStepByWhoeverIsEntitledAndRecorded() {
    Http member = as(MEMBER);
    Http staff = as(STAFF);
    Http unit = as(UNIT);
    Http coUnit = otherUnitClerk();
    Http cosigner = cosigner();

    long id = draftJoint(member, "联名·关于建设县域冷链物流体系的建议" + tag());
    // A draft is its author's alone.
    assertThat(staff.get(API + "/" + id).status()).isEqualTo(404);
    assertThat(cosigner.get(API + "/" + id).status()).isEqualTo(404);
    assertThat(workflow(member, id).path("status").asString()).isEqualTo("DRAFT");

    ok(member.postJson(API + "/" + id + "/submit", Map.of()));
    JsonNode awaiting = workflow(member, id);
    assertThat(awaiting.path("status").asString()).isEqualTo("AWAITING_COSIGNERS");
    // Until every co-signer confirms it is not submitted: the office cannot review it.
    refused(staff.postJson(API + "/" + id + "/accept", Map.of()), 409);
    assertThat(noticesOfMember(cosignerMemberId(), id)).isEqualTo(1);
    ok(cosigner.postJson(API + "/" + id + "/confirm", Map.of()));
    JsonNode submitted = workflow(staff, id);
    assertThat(submitted.path("status").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.path("cosigners").get(0).path("confirmedOn").isNull()).isFalse();

    JsonNode accepted = ok(staff.postJson(API + "/" + id + "/accept", Map.of()));
    assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(accepted.path("number").asInt()).isPositive();

    Map<String, Object> assign = new HashMap<>();
    assign.put("leadUnitId", ownUnitId());
    assign.put("coUnitIds", List.of(otherUnitId()));
    JsonNode assigned = ok(staff.postJson(API + "/" + id + "/assign", assign));
    assertThat(assigned.path("status").asString()).isEqualTo("ASSIGNED");
    assertThat(LocalDate.parse(assigned.path("dueOn").asString())).isEqualTo(today().plusMonths(3));
    assertThat(noticesOfUnit(ownUnitId(), id)).isPositive();

    ok(unit.postJson(API + "/" + id + "/acknowledge", Map.of()));
    ok(coUnit.postJson(API + "/" + id + "/acknowledge", Map.of()));
    assertThat(workflow(unit, id).path("status").asString()).isEqualTo("IN_PROGRESS");
    // The unit talks to the proposer first, then replies.
    refused(reply(unit, id, "A", "已列入年度计划。"), 409);
    ok(unit.postJson(API + "/" + id + "/messages", Map.of("body", "您好，我局拟于下周上门听取您的意见。")));
    ok(member.postJson(API + "/" + id + "/messages", Map.of("body", "好的，欢迎。")));
    assertThat(member.get(API + "/" + id + "/messages").json().size()).isEqualTo(2);
    ok(
        unit.postJson(
            API + "/" + id + "/contact",
            Map.of("manner", "VISIT", "note", "上门听取意见", "on", today().toString())));
    ok(coUnit.postJson(API + "/" + id + "/opinion", Map.of("opinion", "我局配合做好用地保障。")));
    refused(reply(coUnit, id, "A", "会办单位不能答复"), 409);
    refused(reply(unit, id, "A", ""), 400);
    JsonNode replied = ok(reply(unit, id, "B", "已列入年度计划，年内建成两座产地冷库。"));
    assertThat(replied.path("status").asString()).isEqualTo("REPLIED");
    assertThat(replied.path("replyLetterId").isNull()).isFalse();
    assertThat(replied.path("repliedOnTime").asBoolean()).isTrue();

    ok(staff.postJson(API + "/" + id + "/pass", Map.of()));
    assertThat(noticesOfMember(ownMemberId(), id)).isPositive();
    // Dissatisfied needs a reason, and sends it back to the unit once.
    Http.Response noReason =
        member.postJson(
            API + "/" + id + "/rate", Map.of("attitude", "SATISFIED", "result", "DISSATISFIED"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.fieldErrors()).containsKey("reason");
    JsonNode rehandle =
        ok(
            member.postJson(
                API + "/" + id + "/rate",
                Map.of("attitude", "SATISFIED", "result", "DISSATISFIED", "reason", "冷库选址未落实")));
    assertThat(rehandle.path("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(rehandle.path("rehandled").asInt()).isEqualTo(1);
    ok(reply(unit, id, "A", "已落实选址，两座冷库开工。"));
    ok(staff.postJson(API + "/" + id + "/pass", Map.of()));
    JsonNode closed =
        ok(
            member.postJson(
                API + "/" + id + "/rate",
                Map.of("attitude", "SATISFIED", "result", "BASICALLY_SATISFIED")));
    assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.path("closedOn").asString()).isEqualTo(today().toString());

    // Every move is in history, with who made it.
    List<String> actions = new ArrayList<>();
    staff
        .get(API + "/" + id + "/history")
        .json()
        .values()
        .forEach(entry -> actions.add(entry.path("action").asString()));
    assertThat(actions)
        .contains(
            "PROPOSAL_DRAFT",
            "PROPOSAL_SUBMIT",
            "PROPOSAL_COSIGN",
            "PROPOSAL_ACCEPT",
            "PROPOSAL_ASSIGN",
            "PROPOSAL_ACKNOWLEDGE",
            "PROPOSAL_CONTACT",
            "PROPOSAL_OPINION",
            "PROPOSAL_REPLY",
            "PROPOSAL_PASS",
            "PROPOSAL_REHANDLE",
            "PROPOSAL_RATE");
  }

  // ---------------------------------------------------------------------------------------------
  // Who may do what
  // ---------------------------------------------------------------------------------------------

  @Test
  void everyMoveIsRefusedToEveryRoleNotEntitledToItAndChangesNothing() {
    Http staff = as(STAFF);
    Http member = as(MEMBER);
    // The office's moves: only STAFF (and the committee's administrator) make them.
    for (String move : List.of("accept", "return", "reject")) {
      long id = submitted(member, "审查·" + move + tag());
      Map<String, Object> body =
          switch (move) {
            case "return" -> Map.of("reason", "请补充数据");
            case "reject" -> Map.of("ground", "ACADEMIC");
            default -> Map.of();
          };
      for (Role role : List.of(COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR)) {
        int status = as(role).postJson(API + "/" + id + "/" + move, body).status();
        assertThat(status).as("%s by %s", move, role).isIn(403, 404);
      }
      assertThat(workflow(staff, id).path("status").asString()).isEqualTo("SUBMITTED");
      ok(staff.postJson(API + "/" + id + "/" + move, body));
    }
    // Drafting: members and the office.
    Map<Role, Integer> drafting = new EnumMap<>(Role.class);
    for (Role role : RoleMatrix.ROLES) {
      Map<String, Object> body = individual("起草·" + role + tag());
      if (role != MEMBER) {
        body.put("leadMemberId", memberOutsideScope());
      }
      drafting.put(role, as(role).postJson(API, body).status());
    }
    assertThat(drafting)
        .containsEntry(MEMBER, 201)
        .containsEntry(STAFF, 201)
        .containsEntry(ADMIN, 201)
        .containsEntry(COMMITTEE_STAFF, 403)
        .containsEntry(LEADER, 403)
        .containsEntry(UNIT, 403)
        .containsEntry(AUDITOR, 403);

    // The units' moves: only the unit it is assigned to.
    long id = assigned(member, "办理·权限" + tag());
    for (Role role : List.of(STAFF, COMMITTEE_STAFF, LEADER, MEMBER, AUDITOR)) {
      assertThat(as(role).postJson(API + "/" + id + "/acknowledge", Map.of()).status())
          .as("acknowledge by %s", role)
          .isEqualTo(403);
    }
    assertThat(otherUnitClerk().postJson(API + "/" + id + "/acknowledge", Map.of()).status())
        .as("a unit the proposal is not assigned to does not even find it")
        .isEqualTo(404);
    ok(as(UNIT).postJson(API + "/" + id + "/acknowledge", Map.of()));
    // A member cannot review, a unit cannot check its own reply, a co-signer cannot rate.
    assertThat(
            member
                .postJson(API + "/" + id + "/assign", Map.of("leadUnitId", otherUnitId()))
                .status())
        .isEqualTo(403);
    ok(as(UNIT).postJson(API + "/" + id + "/contact", Map.of("manner", "PHONE")));
    ok(reply(as(UNIT), id, "A", "已解决"));
    assertThat(as(UNIT).postJson(API + "/" + id + "/pass", Map.of()).status()).isEqualTo(403);
    ok(staff.postJson(API + "/" + id + "/pass", Map.of()));
    assertThat(
            as(UNIT)
                .postJson(
                    API + "/" + id + "/rate",
                    Map.of("attitude", "SATISFIED", "result", "SATISFIED"))
                .status())
        .isEqualTo(403);
    assertThat(workflow(staff, id).path("status").asString()).isEqualTo("AWAITING_FEEDBACK");

    // The register's own writes never bypass the workflow.
    String subject = workflow(staff, id).path("subject").asString();
    assertThat(admin().putJson(API + "/" + id, Map.of("subject", "改")).status())
        .isIn(400, 403, 409);
    int version = workflow(staff, id).path("version").asInt();
    assertThat(staff.delete(API + "/" + id + "?version=" + version).status()).isIn(403, 409);
    assertThat(workflow(staff, id).path("subject").asString()).isEqualTo(subject);
  }

  @Test
  void eachRoleSeesWhatIsItsOwnAndAUnitOnlyItsUnitsProposals() {
    Http member = as(MEMBER);
    long mine = assigned(member, "可见·本单位" + tag());
    long others = otherMembersProposal("可见·他人" + tag());
    for (Role role : List.of(STAFF, COMMITTEE_STAFF, LEADER, AUDITOR, ADMIN)) {
      assertThat(as(role).get(API + "/" + mine).status()).as("%s", role).isEqualTo(200);
      assertThat(as(role).get(API + "/" + others).status()).as("%s", role).isEqualTo(200);
    }
    assertThat(member.get(API + "/" + mine).status()).isEqualTo(200);
    assertThat(member.get(API + "/" + others).status()).isEqualTo(404);
    assertThat(as(UNIT).get(API + "/" + mine).status()).isEqualTo(200);
    assertThat(as(UNIT).get(API + "/" + others).status()).isEqualTo(404);
    assertThat(otherUnitClerk().get(API + "/" + mine).status()).isEqualTo(404);
    JsonNode unitList = as(UNIT).get(API + "?size=200&q=" + "可见").json();
    List<Long> listed = new ArrayList<>();
    unitList.path("rows").values().forEach(item -> listed.add(item.path("id").asLong()));
    assertThat(listed).contains(mine).doesNotContain(others);
  }

  /** A move, the state it needs, what it sends, and the roles entitled to make it. */
  record MoveCase(String move, String state, Map<String, Object> body, List<Role> entitled) {
    @Override
    public String toString() {
      return move + " from " + state;
    }
  }

  static List<MoveCase> moveCases() {
    List<Role> office = List.of(ADMIN, STAFF);
    List<Role> unit = List.of(UNIT);
    return List.of(
        new MoveCase("submit", "DRAFT", Map.of(), List.of(MEMBER)),
        new MoveCase("withdraw", "SUBMITTED", Map.of(), List.of(MEMBER, STAFF, ADMIN)),
        new MoveCase("accept", "SUBMITTED", Map.of(), office),
        new MoveCase("reject", "SUBMITTED", Map.of("ground", "ACADEMIC"), office),
        new MoveCase("return", "SUBMITTED", Map.of("reason", "请补充数据"), office),
        new MoveCase("assign", "ACCEPTED", Map.of("leadUnitId", "UNIT"), office),
        new MoveCase("key", "ACCEPTED", Map.of("key", true), office),
        new MoveCase("acknowledge", "ASSIGNED", Map.of(), unit),
        new MoveCase("ask-return", "ASSIGNED", Map.of("reason", "职责不符"), unit),
        new MoveCase("urge", "ASSIGNED", Map.of(), office),
        new MoveCase("contact", "IN_PROGRESS", Map.of("manner", "PHONE"), unit),
        new MoveCase(
            "ask-extension",
            "IN_PROGRESS",
            Map.of("until", today().plusMonths(4).toString(), "reason", "需要论证"),
            unit),
        new MoveCase("reply", "CONTACTED", Map.of(), unit),
        new MoveCase("pass", "REPLIED", Map.of(), office),
        new MoveCase("rebut", "REPLIED", Map.of("reason", "答复笼统"), office),
        new MoveCase(
            "rate",
            "AWAITING_FEEDBACK",
            Map.of("attitude", "SATISFIED", "result", "SATISFIED"),
            List.of(MEMBER, STAFF, ADMIN)),
        new MoveCase(
            "messages",
            "SUBMITTED",
            Map.of("body", "请问进展如何？"),
            List.of(MEMBER, STAFF, LEADER, ADMIN)));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("moveCases")
  void eachMoveIsMadeOnlyByTheRolesEntitledToItAndARefusalChangesNothing(MoveCase move) {
    long id = inState(move.state(), "权限·" + move.move() + tag());
    Map<String, Object> body = new HashMap<>(move.body());
    if ("UNIT".equals(body.get("leadUnitId"))) {
      body.put("leadUnitId", ownUnitId());
    }
    for (Role role : RoleMatrix.ROLES) {
      if (move.entitled().contains(role)) {
        continue;
      }
      JsonNode before = workflow(viewer(move.state()), id);
      int status = attempt(as(role), move, id, body).status();
      assertThat(status).as("%s by %s", move, role).isIn(403, 404);
      JsonNode after = workflow(viewer(move.state()), id);
      assertThat(after.path("version").asInt())
          .as("%s by %s", move, role)
          .isEqualTo(before.path("version").asInt());
    }
    Http.Response made = attempt(as(move.entitled().get(0)), move, id, body);
    assertThat(made.status())
        .as("%s by %s: %s", move, move.entitled().get(0), made)
        .isBetween(200, 204);
  }

  private Http viewer(String state) {
    return state.equals("DRAFT") ? as(MEMBER) : as(STAFF);
  }

  private Http.Response attempt(Http http, MoveCase move, long id, Map<String, Object> body) {
    return move.move().equals("reply")
        ? reply(http, id, "A", "已解决。")
        : http.postJson(API + "/" + id + "/" + move.move(), body);
  }

  /** A member's proposal brought to a state by the entitled roles. */
  long inState(String state, String subject) {
    Http member = as(MEMBER);
    if (state.equals("DRAFT")) {
      Http.Response created = member.postJson(API, individual(subject));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      return created.json().path("id").asLong();
    }
    if (state.equals("SUBMITTED")) {
      return submitted(member, subject);
    }
    if (state.equals("ACCEPTED")) {
      return accepted(member, subject);
    }
    long id = assigned(member, subject);
    if (state.equals("ASSIGNED")) {
      return id;
    }
    ok(as(UNIT).postJson(API + "/" + id + "/acknowledge", Map.of()));
    if (state.equals("IN_PROGRESS")) {
      return id;
    }
    ok(as(UNIT).postJson(API + "/" + id + "/contact", Map.of("manner", "PHONE")));
    if (state.equals("CONTACTED")) {
      return id;
    }
    ok(reply(as(UNIT), id, "A", "已解决。"));
    if (state.equals("REPLIED")) {
      return id;
    }
    ok(as(STAFF).postJson(API + "/" + id + "/pass", Map.of()));
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers, dates, requests
  // ---------------------------------------------------------------------------------------------

  @Test
  void acceptedProposalsAreNumberedOneAfterAnotherInTheirSessionAndNeverRenumbered() {
    Http member = as(MEMBER);
    Http staff = as(STAFF);
    long first = submitted(member, "编号·一" + tag());
    long second = submitted(member, "编号·二" + tag());
    int a = ok(staff.postJson(API + "/" + first + "/accept", Map.of())).path("number").asInt();
    int b = ok(staff.postJson(API + "/" + second + "/accept", Map.of())).path("number").asInt();
    assertThat(b).isEqualTo(a + 1);
    long third = submitted(member, "编号·三" + tag());
    ok(staff.postJson(API + "/" + first + "/merge", Map.of("survivorId", second)));
    JsonNode merged = workflow(staff, first);
    assertThat(merged.path("status").asString()).isEqualTo("MERGED");
    assertThat(merged.path("number").asInt()).as("a merged proposal keeps its number").isEqualTo(a);
    int c = ok(staff.postJson(API + "/" + third + "/accept", Map.of())).path("number").asInt();
    assertThat(c).isEqualTo(b + 1);
  }

  @Test
  void aProposalPastItsDueDateIsOverdueInItsPageAndInTheList() {
    Http member = as(MEMBER);
    Http staff = as(STAFF);
    long id = submitted(member, "超期·道路养护" + tag());
    LocalDate assignedOn = today().minusDays(100);
    // Accepted and assigned on earlier days, as an office entering what happened before.
    jdbc.sql("update proposal set submitted_on = :d where id = :id")
        .param("d", assignedOn.minusDays(5))
        .param("id", id)
        .update();
    ok(
        staff.postJson(
            API + "/" + id + "/accept", Map.of("on", assignedOn.minusDays(2).toString())));
    ok(
        staff.postJson(
            API + "/" + id + "/assign",
            Map.of(
                "leadUnitId", ownUnitId(),
                "dueOn", today().minusDays(10).toString(),
                "on", assignedOn.toString())));
    assertThat(workflow(staff, id).path("overdue").asBoolean()).isTrue();
    List<Long> overdue = new ArrayList<>();
    staff
        .get(API + "?f_overdue=true&size=200&q=超期")
        .json()
        .path("rows")
        .values()
        .forEach(item -> overdue.add(item.path("id").asLong()));
    assertThat(overdue).contains(id);
    // A due date before the assignment, or a date in the future, is refused naming the field.
    long other = accepted(member, "超期·期限校验" + tag());
    Http.Response early =
        staff.postJson(
            API + "/" + other + "/assign",
            Map.of("leadUnitId", ownUnitId(), "dueOn", today().minusDays(1).toString()));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.fieldErrors()).containsKey("dueOn");
    Http.Response future =
        staff.postJson(
            API + "/" + other + "/assign",
            Map.of("leadUnitId", ownUnitId(), "on", today().plusDays(1).toString()));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fieldErrors()).containsKey("on");
    assertThat(workflow(staff, other).path("status").asString()).isEqualTo("ACCEPTED");
  }

  @Test
  void aUnitsReturnAndExtensionRequestsAreTheOfficesToDecide() {
    Http member = as(MEMBER);
    Http staff = as(STAFF);
    Http unit = as(UNIT);
    long id = assigned(member, "申退·职责不符" + tag());
    ok(unit.postJson(API + "/" + id + "/ask-return", Map.of("reason", "不属于本单位职责")));
    assertThat(noticesOfOffice(id)).isPositive();
    refused(unit.postJson(API + "/" + id + "/acknowledge", Map.of()), 409);
    // The office assigns it elsewhere: the unit no longer sees it.
    ok(staff.postJson(API + "/" + id + "/assign", Map.of("leadUnitId", otherUnitId())));
    assertThat(unit.get(API + "/" + id).status()).isEqualTo(404);
    Http other = otherUnitClerk();
    ok(other.postJson(API + "/" + id + "/acknowledge", Map.of()));
    LocalDate due = LocalDate.parse(workflow(staff, id).path("dueOn").asString());
    Http.Response tooLong =
        other.postJson(
            API + "/" + id + "/ask-extension",
            Map.of("until", today().plusMonths(7).toString(), "reason", "需要调研"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.fieldErrors()).containsKey("until");
    ok(
        other.postJson(
            API + "/" + id + "/ask-extension",
            Map.of("until", due.plusMonths(1).toString(), "reason", "需要调研论证")));
    assertThat(other.postJson(API + "/" + id + "/extension", Map.of("grant", true)).status())
        .isEqualTo(403);
    ok(staff.postJson(API + "/" + id + "/extension", Map.of("grant", true)));
    assertThat(workflow(staff, id).path("dueOn").asString())
        .isEqualTo(due.plusMonths(1).toString());
  }

  @Test
  void aKeyProposalIsUrgedByItsSupervisingLeaderAndNoOtherLeader() {
    Http member = as(MEMBER);
    Http staff = as(STAFF);
    long id = assigned(member, "重点·营商环境" + tag());
    long supervisorMember = supervisorMemberId();
    ok(
        staff.postJson(
            API + "/" + id + "/key", Map.of("key", true, "supervisorMemberId", supervisorMember)));
    assertThat(as(LEADER).postJson(API + "/" + id + "/urge", Map.of()).status()).isEqualTo(403);
    JsonNode urged = ok(supervisor().postJson(API + "/" + id + "/urge", Map.of()));
    assertThat(urged.path("urged").asInt()).isEqualTo(1);
    assertThat(urged.path("keyProposal").asBoolean()).isTrue();
    assertThat(noticesOfUnit(ownUnitId(), id)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void refusedInputIsNamedAndNothingIsSaved() {
    Http member = as(MEMBER);
    Map<String, Object> body = individual("x".repeat(201));
    body.put("kind", "PETITION");
    Http.Response bad = member.postJson(API, body);
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.fieldErrors()).containsKey("kind");
    Map<String, Object> tooLong = individual("x".repeat(201));
    Http.Response longer = member.postJson(API, tooLong);
    assertThat(longer.status()).isEqualTo(400);
    assertThat(longer.fieldErrors()).containsKey("subject");
    long id = submitted(member, "校验·理由" + tag());
    Http.Response ground =
        as(STAFF).postJson(API + "/" + id + "/reject", Map.of("ground", "NO_SUCH_GROUND"));
    assertThat(ground.status()).isEqualTo(400);
    assertThat(ground.fieldErrors()).containsKey("ground");
    Http.Response date = as(STAFF).postJson(API + "/" + id + "/accept", Map.of("on", "2023-13-45"));
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.fieldErrors()).containsKey("on");
    assertThat(workflow(as(STAFF), id).path("status").asString()).isEqualTo("SUBMITTED");
  }

  @Test
  void theAuthorsOfAMergedProposalFollowTheSurvivor() {
    Http member = as(MEMBER);
    Http staff = as(STAFF);
    long mine = submitted(member, "并案·本人" + tag());
    long survivor = otherMembersProposal("并案·主案" + tag());
    assertThat(member.get(API + "/" + survivor).status()).isEqualTo(404);
    ok(staff.postJson(API + "/" + mine + "/merge", Map.of("survivorId", survivor)));
    assertThat(member.get(API + "/" + survivor).status()).isEqualTo(200);
    assertThat(workflow(member, mine).path("mergedIntoId").asLong()).isEqualTo(survivor);
    refused(staff.postJson(API + "/" + survivor + "/merge", Map.of("survivorId", mine)), 409);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  static Map<String, Object> individual(String subject) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "INDIVIDUAL");
    body.put("subject", subject);
    body.put("situation", "我县农产品产量大，产地冷库不足，损耗率高。");
    body.put("analysis", "冷链设施投入不足，经营主体分散。");
    body.put("suggestions", "一是规划建设产地冷库；二是培育冷链物流企业。");
    body.put("leadMemberId", null);
    return body;
  }

  long draftJoint(Http member, String subject) {
    Map<String, Object> body = individual(subject);
    body.put("kind", "JOINT");
    body.put("cosignerIds", List.of(cosignerMemberId()));
    Http.Response created = member.postJson(API, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  long submitted(Http member, String subject) {
    Http.Response created = member.postJson(API, individual(subject));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    ok(member.postJson(API + "/" + id + "/submit", Map.of()));
    return id;
  }

  long accepted(Http member, String subject) {
    long id = submitted(member, subject);
    ok(as(STAFF).postJson(API + "/" + id + "/accept", Map.of()));
    return id;
  }

  long assigned(Http member, String subject) {
    long id = accepted(member, subject);
    ok(as(STAFF).postJson(API + "/" + id + "/assign", Map.of("leadUnitId", ownUnitId())));
    return id;
  }

  /** A proposal the office recorded for another member: outside the MEMBER account's view. */
  long otherMembersProposal(String subject) {
    Map<String, Object> body = individual(subject);
    body.put("leadMemberId", memberOutsideScope());
    Http.Response created = as(STAFF).postJson(API, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("SUBMITTED");
    return created.json().path("id").asLong();
  }

  Http.Response reply(Http unit, long id, String grade, String text) {
    return unit.upload(
        API + "/" + id + "/reply", "答复函.pdf", LETTER, Map.of("grade", grade, "text", text));
  }

  JsonNode workflow(Http http, long id) {
    Http.Response response = http.get(API + "/" + id + "/workflow");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  static JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isBetween(200, 204);
    return response.status() == 204 ? null : response.json();
  }

  static void refused(Http.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
  }

  long cosignerMemberId() {
    return memberOutsideScope();
  }

  /** A leader of the demo committee, to supervise a key proposal. */
  long supervisorMemberId() {
    return jdbc.sql(
            "select m.id from member m where m.committee_id = :c and m.leadership_role <> 'NONE'"
                + " and m.id <> :own order by m.id")
        .param("c", demoCommitteeId())
        .param("own", ownMemberId())
        .query(Long.class)
        .list()
        .get(0);
  }

  Http cosigner() {
    return extraAccount(
        COSIGNER, new Accounts.Binding(Role.MEMBER, cosignerMemberId(), null, null));
  }

  Http otherUnitClerk() {
    return extraAccount(
        OTHER_UNIT_CLERK, new Accounts.Binding(Role.UNIT, null, otherUnitId(), null));
  }

  Http supervisor() {
    return extraAccount(
        SUPERVISOR, new Accounts.Binding(Role.LEADER, supervisorMemberId(), null, null));
  }

  synchronized Http extraAccount(String username, Accounts.Binding binding) {
    if (!accounts.exists(username)) {
      systemActor.runIn(
          demoCommitteeId(),
          () -> accounts.create(username, "测试" + username, binding, PASSWORD, false));
    }
    return Http.basic(port, username, PASSWORD);
  }

  long noticesOfMember(long memberId, long proposalId) {
    return jdbc.sql(
            "select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.member_id = :u and n.link = :link")
        .param("u", memberId)
        .param("link", "/registry/proposals/" + proposalId)
        .query(Long.class)
        .single();
  }

  long noticesOfUnit(long unitId, long proposalId) {
    return jdbc.sql(
            "select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.unit_id = :u and n.link = :link")
        .param("u", unitId)
        .param("link", "/registry/proposals/" + proposalId)
        .query(Long.class)
        .single();
  }

  long noticesOfOffice(long proposalId) {
    return jdbc.sql(
            "select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.role = 'STAFF' and n.link = :link")
        .param("link", "/registry/proposals/" + proposalId)
        .query(Long.class)
        .single();
  }
}
