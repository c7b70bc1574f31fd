package org.lvzhi.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.activity.Participation;
import org.lvzhi.activity.Participations;
import org.lvzhi.organisation.Members;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Participation through the API: every button of the participants panel and the check-in page. */
@RestController
@Tag(
    name = "Participation",
    description = "邀请、报名、请假、签到、出席 — invitations, leave, check-in, attendance")
class ParticipationApiController {

  /** An invitee as the API shows them. */
  record Participant(
      long id,
      Long memberId,
      Long accountId,
      String name,
      String state,
      String leaveReason,
      Boolean leaveCountsAgainst,
      LocalDateTime checkedInAt,
      boolean late) {}

  /** Whom to invite; see {@link InviteRequest}. */
  record Invite(String group, List<Long> memberIds, Boolean cadres) {}

  record Count(int count) {}

  record Reason(String reason) {}

  record Code(String code) {}

  record Decision(Boolean approved, Boolean countsAgainst) {}

  record Ids(List<Long> participationIds) {}

  private final Participations participations;
  private final Members members;
  private final org.lvzhi.account.Accounts accounts;
  private final org.lvzhi.register.Registers registers;
  private final ActivityQueries queries;

  ParticipationApiController(
      Participations participations,
      ActivityQueries queries,
      Members members,
      org.lvzhi.account.Accounts accounts,
      org.lvzhi.register.Registers registers) {
    this.queries = queries;
    this.registers = registers;
    this.participations = participations;
    this.members = members;
    this.accounts = accounts;
  }

  @GetMapping("/api/v1/activities/{id}/participants")
  @Operation(summary = "The activity's invitees and their states")
  List<Participant> participants(@PathVariable long id) {
    registers.requireVisible("activities", id); // view permission and data scope: 404 outside it
    List<Participation> all = queries.participants(id);
    org.lvzhi.system.LvzhiUser user = org.lvzhi.system.CurrentUser.require();
    org.lvzhi.activity.Activity activity = queries.activity(id);
    Map<Long, String> memberNames = members.names(ActivityQueries.memberIds(all));
    Map<Long, String> cadreNames =
        accounts.displayNames(
            all.stream().filter(p -> p.accountId() != null).map(Participation::accountId).toList());
    return all.stream()
        .map(
            p ->
                new Participant(
                    p.id(),
                    p.memberId(),
                    p.accountId(),
                    p.memberId() != null
                        ? memberNames.get(p.memberId())
                        : cadreNames.get(p.accountId()),
                    p.state().name(),
                    queries.mayReadLeaveReason(user, activity, p) ? p.leaveReason() : null,
                    p.leaveCountsAgainst(),
                    p.checkedInAt(),
                    p.late()))
        .toList();
  }

  @PostMapping("/api/v1/activities/{id}/invitations")
  @Operation(
      summary =
          "Invite members by group (everyone, standing, special-committee:<id>, sector:<id>) or by id, and cadres")
  Count invite(@PathVariable long id, @RequestBody Invite invite) {
    return new Count(
        participations.invite(
            id,
            new InviteRequest(
                    invite.group(), invite.memberIds(), Boolean.TRUE.equals(invite.cadres()))
                .invitation()));
  }

  @PostMapping("/api/v1/activities/{id}/sign-up")
  @Operation(summary = "The signed-in member signs up")
  void signUp(@PathVariable long id) {
    participations.signUp(id);
  }

  @PostMapping("/api/v1/activities/{id}/leave")
  @Operation(summary = "The signed-in member asks leave, with a reason")
  void leave(@PathVariable long id, @RequestBody Reason reason) {
    participations.requestLeave(id, reason.reason());
  }

  @PostMapping("/api/v1/activities/{id}/withdraw-sign-up")
  @Operation(summary = "The signed-in member takes back their sign-up while the activity is open")
  void withdrawSignUp(@PathVariable long id) {
    participations.withdrawSignUp(id);
  }

  @PostMapping("/api/v1/activities/{id}/withdraw-leave")
  @Operation(
      summary = "The signed-in member takes back their leave request; refused once it is decided")
  void withdrawLeave(@PathVariable long id) {
    participations.withdrawLeave(id);
  }

  @PostMapping("/api/v1/activities/{id}/cancel")
  @Operation(
      summary =
          "Cancel the activity with a reason: it stays on record as cancelled, takes no sign-ups,"
              + " is not counted, and its invitees are told")
  void cancel(@PathVariable long id, @RequestBody Reason reason) {
    participations.cancel(id, reason.reason());
  }

  @GetMapping("/api/v1/activities/leave-requests")
  @Operation(
      summary =
          "The leave requests waiting for the signed-in person's decision (chair, head or office)")
  List<org.lvzhi.activity.LeaveToDecide> leaveToDecide() {
    return queries.leaveToDecide();
  }

  @PostMapping("/api/v1/activities/{id}/check-in")
  @Operation(summary = "The signed-in member checks in with the activity's code, inside its window")
  void checkIn(@PathVariable long id, @RequestBody Code code) {
    participations.checkIn(id, code.code());
  }

  @PostMapping("/api/v1/check-in")
  @Operation(summary = "Check in with a code alone; answers the activity's id")
  Map<String, Long> checkInWithCode(@RequestBody Code code) {
    return Map.of("activityId", participations.checkInWithCode(code.code()));
  }

  @PostMapping("/api/v1/activities/{id}/arrived")
  @Operation(summary = "Staff mark invitees as arrived")
  Count arrived(@PathVariable long id, @RequestBody Ids ids) {
    return new Count(
        participations.markArrived(
            id, ids.participationIds() == null ? List.of() : ids.participationIds()));
  }

  @PostMapping("/api/v1/activities/{id}/close")
  @Operation(summary = "Close the activity: present, excused or absent for everyone")
  void close(@PathVariable long id) {
    participations.close(id);
  }

  @PostMapping("/api/v1/participations/{participationId}/leave-decision")
  @Operation(
      summary =
          "Approve or refuse leave; only the chair, the special committee's head or the office, as the activity requires")
  void decide(@PathVariable long participationId, @RequestBody Decision decision) {
    participations.decideLeave(
        participationId,
        Boolean.TRUE.equals(decision.approved()),
        Boolean.TRUE.equals(decision.countsAgainst()));
  }
}
