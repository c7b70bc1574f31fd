package org.lvzhi.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.lvzhi.proposal.AllowedMoves;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.proposal.Proposal;
import org.lvzhi.proposal.ProposalHandling;
import org.lvzhi.proposal.ProposalKind;
import org.lvzhi.proposal.ProposalText;
import org.lvzhi.proposal.Proposals;
import org.lvzhi.system.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Proposals through the API: drafting and every step of their handling, each answering the proposal
 * as it stands with the moves the caller may make next. Lists, search, filters, reading, history
 * and the Excel export are the register's: {@code GET /api/v1/proposals} (filters f_status, f_kind,
 * f_sessionId, f_units, f_leadMemberId, f_cosigners, f_overdue, f_keyProposal,
 * f_submittedOn.from|to …), {@code /{id}}, {@code /{id}/history}, {@code /export.xlsx}.
 */
@RestController
@Tag(
    name = "Proposal",
    description = "提案：撰写、联名、提交、审查立案、交办、签收、答复、审核、测评 — proposals from drafting to closure")
class ProposalApiController {

  /** What an author writes. kind: INDIVIDUAL | JOINT | COLLECTIVE. */
  record ProposalDraftBody(
      String kind,
      Long leadMemberId,
      List<Long> cosignerIds,
      String collectiveBody,
      Long sectorId,
      Long specialCommitteeId,
      Boolean inSession,
      Long sessionId,
      String subject,
      String situation,
      String analysis,
      String suggestions,
      String suggestedUnits,
      String submittedOn) {

    Proposals.Draft draft() {
      return new Proposals.Draft(
          DateInput.code(ProposalKind.class, "kind", "proposal.kind", kind),
          leadMemberId,
          cosignerIds,
          collectiveBody,
          sectorId,
          specialCommitteeId,
          inSession == null || inSession,
          sessionId,
          new ProposalText(subject, situation, analysis, suggestions, suggestedUnits));
    }
  }

  /** The date a move happened (ISO), where the clerk gives one; today otherwise. */
  record ProposalOn(String on) {}

  record ProposalReason(String reason, String on) {}

  record ProposalAccept(Long sessionId, String on) {}

  record ProposalReject(String ground, String note, String on) {}

  record ProposalMerge(Long survivorId, String on) {}

  record ProposalKey(Boolean key, Long supervisorMemberId) {}

  record ProposalAssign(Long leadUnitId, List<Long> coUnitIds, String dueOn, String on) {}

  record ProposalUnitRef(Long unitId) {}

  record ProposalExtension(String until, String reason) {}

  record ProposalDecision(Boolean grant) {}

  record ProposalContact(String manner, String note, String on) {}

  record ProposalOpinion(String opinion, String on) {}

  record ProposalRate(String attitude, String result, String reason, String on) {}

  record ProposalMessageBody(String body) {}

  record ProposalMessage(String author, Long unitId, String body, OffsetDateTime postedAt) {}

  private final Proposals proposals;
  private final ProposalHandling handling;

  ProposalApiController(Proposals proposals, ProposalHandling handling) {
    this.proposals = proposals;
    this.handling = handling;
  }

  @PostMapping("/api/v1/proposals")
  @Operation(
      summary = "Draft a proposal (a member), or record one handed in on paper (the office)",
      description =
          "A member's draft is theirs alone until submitted; the lead author is the member. The office"
              + " names the lead author and the proposal is submitted at once (submittedOn, today where"
              + " not given). 201 with the proposal.")
  ResponseEntity<ProposalJson> draft(@RequestBody ProposalDraftBody body) {
    Proposal p =
        proposals.draft(
            body.draft(),
            DateInput.parse("submittedOn", "proposal.submittedOn", body.submittedOn()));
    return ResponseEntity.created(URI.create("/api/v1/proposals/" + p.id())).body(json(p));
  }

  @PutMapping("/api/v1/proposals/{id}/text")
  @Operation(summary = "The author revises a draft or a returned proposal")
  ProposalJson revise(@PathVariable long id, @RequestBody ProposalDraftBody body) {
    return json(proposals.revise(id, body.draft()));
  }

  @GetMapping("/api/v1/proposals/{id}/workflow")
  @Operation(
      summary = "The proposal with its co-signers, units, reply, rating and the caller's moves")
  ProposalJson workflow(@PathVariable long id) {
    return json(proposals.get(id));
  }

  @GetMapping("/api/v1/proposals/mine")
  @Operation(summary = "The signed-in member's proposals (lead author or co-signer)")
  List<Proposals.Mine> mine() {
    return proposals.mine();
  }

  @PostMapping("/api/v1/proposals/{id}/submit")
  @Operation(summary = "The author submits it; a joint proposal waits for its co-signers")
  ProposalJson submit(@PathVariable long id, @RequestBody(required = false) ProposalOn on) {
    return json(proposals.submit(id, on == null ? null : DateInput.on(on.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/confirm")
  @Operation(summary = "A co-signer confirms; the last confirmation makes it submitted")
  ProposalJson confirm(@PathVariable long id) {
    return json(proposals.confirm(id));
  }

  @PostMapping("/api/v1/proposals/{id}/decline")
  @Operation(summary = "A co-signer declines and leaves the list")
  ProposalJson decline(@PathVariable long id) {
    return json(proposals.decline(id));
  }

  @PostMapping("/api/v1/proposals/{id}/withdraw")
  @Operation(summary = "The author (or the office on their request) withdraws it before review")
  ProposalJson withdraw(
      @PathVariable long id, @RequestBody(required = false) ProposalReason reason) {
    return json(
        proposals.withdraw(
            id,
            reason == null ? null : reason.reason(),
            reason == null ? null : DateInput.on(reason.on())));
  }

  @DeleteMapping("/api/v1/proposals/{id}/draft")
  @Operation(summary = "The author deletes a draft nobody else has seen")
  ResponseEntity<Void> deleteDraft(@PathVariable long id) {
    proposals.deleteDraft(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/proposals/{id}/accept")
  @Operation(summary = "The office accepts it (立案); it takes the next number of its session")
  ProposalJson accept(@PathVariable long id, @RequestBody(required = false) ProposalAccept accept) {
    return json(
        proposals.accept(
            id,
            accept == null ? null : accept.sessionId(),
            accept == null ? null : DateInput.on(accept.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/reject")
  @Operation(
      summary =
          "The office does not accept it, on a ground of GET /api/v1/proposal-grounds (its code)")
  ProposalJson reject(@PathVariable long id, @RequestBody ProposalReject reject) {
    return json(proposals.reject(id, reject.ground(), reject.note(), DateInput.on(reject.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/return")
  @Operation(summary = "The office returns it for revision (reason: what to revise)")
  ProposalJson returnForRevision(@PathVariable long id, @RequestBody ProposalReason reason) {
    return json(proposals.returnForRevision(id, reason.reason(), DateInput.on(reason.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/merge")
  @Operation(summary = "The office merges it into another proposal, which it follows from now on")
  ProposalJson merge(@PathVariable long id, @RequestBody ProposalMerge merge) {
    return json(proposals.merge(id, merge.survivorId(), DateInput.on(merge.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/key")
  @Operation(summary = "Mark it a key proposal supervised by a leader (key: false to unmark)")
  ProposalJson key(@PathVariable long id, @RequestBody ProposalKey key) {
    return json(proposals.markKey(id, key.key() == null || key.key(), key.supervisorMemberId()));
  }

  @PostMapping("/api/v1/proposals/{id}/urge")
  @Operation(summary = "The office or the supervising leader urges its units")
  ProposalJson urge(@PathVariable long id) {
    return json(proposals.urge(id));
  }

  @PostMapping("/api/v1/proposals/{id}/assign")
  @Operation(
      summary =
          "The office assigns it to a lead unit and co-units; dueOn defaults to three months on")
  ProposalJson assign(@PathVariable long id, @RequestBody ProposalAssign assign) {
    return json(
        handling.assign(
            id,
            assign.leadUnitId(),
            assign.coUnitIds(),
            DateInput.parse("dueOn", "proposal.dueOn", assign.dueOn()),
            DateInput.on(assign.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/acknowledge")
  @Operation(summary = "The caller's unit acknowledges it")
  ProposalJson acknowledge(@PathVariable long id, @RequestBody(required = false) ProposalOn on) {
    return json(handling.acknowledge(id, on == null ? null : DateInput.on(on.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/ask-return")
  @Operation(summary = "The caller's unit asks the office to assign it elsewhere")
  ProposalJson askReturn(@PathVariable long id, @RequestBody ProposalReason reason) {
    return json(handling.askReturn(id, reason.reason()));
  }

  @PostMapping("/api/v1/proposals/{id}/refuse-return")
  @Operation(
      summary = "The office refuses a unit's request to return it (re-assign instead to grant it)")
  ProposalJson refuseReturn(@PathVariable long id, @RequestBody ProposalUnitRef unit) {
    return json(handling.refuseReturn(id, unit.unitId()));
  }

  @PostMapping("/api/v1/proposals/{id}/ask-extension")
  @Operation(
      summary = "The lead unit asks for a later due date (at most six months from assignment)")
  ProposalJson askExtension(@PathVariable long id, @RequestBody ProposalExtension extension) {
    return json(
        handling.askExtension(
            id,
            DateInput.parse("until", "proposal.extensionUntil", extension.until()),
            extension.reason()));
  }

  @PostMapping("/api/v1/proposals/{id}/extension")
  @Operation(
      summary = "The office grants (grant: true) or refuses the lead unit's extension request")
  ProposalJson extension(@PathVariable long id, @RequestBody ProposalDecision decision) {
    return json(handling.settleExtension(id, Boolean.TRUE.equals(decision.grant())));
  }

  @PostMapping("/api/v1/proposals/{id}/contact")
  @Operation(
      summary =
          "The lead unit records its contact with the proposer; manner: MEETING | FORUM | PHONE | VISIT | OTHER")
  ProposalJson contact(@PathVariable long id, @RequestBody ProposalContact contact) {
    return json(
        handling.recordContact(
            id,
            DateInput.code(
                ContactManner.class, "manner", "proposal.contactManner", contact.manner()),
            contact.note(),
            DateInput.on(contact.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/opinion")
  @Operation(summary = "A co-unit sends its opinion to the lead unit")
  ProposalJson opinion(@PathVariable long id, @RequestBody ProposalOpinion opinion) {
    return json(handling.sendOpinion(id, opinion.opinion(), DateInput.on(opinion.on())));
  }

  @PostMapping(
      value = "/api/v1/proposals/{id}/reply",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "The lead unit replies: grade A | B | C, the text and the signed letter (a file)")
  ProposalJson reply(
      @PathVariable long id,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String on,
      @RequestPart(name = "file", required = false) MultipartFile letter) {
    try (InputStream content =
        letter == null || letter.isEmpty() ? null : letter.getInputStream()) {
      return json(
          handling.reply(
              id,
              DateInput.code(ReplyGrade.class, "grade", "proposal.replyGrade", grade),
              text,
              letter == null ? null : letter.getOriginalFilename(),
              content,
              DateInput.on(on)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping("/api/v1/proposals/{id}/pass")
  @Operation(summary = "The office passes the reply; the proposer is asked to rate it")
  ProposalJson pass(@PathVariable long id, @RequestBody(required = false) ProposalOn on) {
    return json(handling.passReply(id, on == null ? null : DateInput.on(on.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/rebut")
  @Operation(summary = "The office rebuts the reply; the lead unit handles it again")
  ProposalJson rebut(@PathVariable long id, @RequestBody ProposalReason reason) {
    return json(handling.rebutReply(id, reason.reason(), DateInput.on(reason.on())));
  }

  @PostMapping("/api/v1/proposals/{id}/rate")
  @Operation(
      summary =
          "The proposer rates attitude and result: SATISFIED | BASICALLY_SATISFIED | DISSATISFIED"
              + " (a reason is required when dissatisfied, which sends it back once)")
  ProposalJson rate(@PathVariable long id, @RequestBody ProposalRate rate) {
    return json(
        handling.rate(
            id,
            DateInput.code(Rating.class, "attitude", "proposal.ratingAttitude", rate.attitude()),
            DateInput.code(Rating.class, "result", "proposal.ratingResult", rate.result()),
            rate.reason(),
            DateInput.on(rate.on())));
  }

  @GetMapping("/api/v1/proposals/{id}/messages")
  @Operation(summary = "The conversation on the proposal, oldest first")
  List<ProposalMessage> conversation(@PathVariable long id) {
    return proposals.conversation(id).stream()
        .map(m -> new ProposalMessage(m.author(), m.unitId(), m.body(), m.postedAt()))
        .toList();
  }

  @PostMapping("/api/v1/proposals/{id}/messages")
  @Operation(summary = "Write to the conversation (proposers, its units, the office, leaders)")
  ResponseEntity<Void> post(@PathVariable long id, @RequestBody ProposalMessageBody body) {
    proposals.post(id, body.body());
    return ResponseEntity.noContent().build();
  }

  private ProposalJson json(Proposal p) {
    LocalDate today = handling.today();
    return ProposalJson.of(p, today, AllowedMoves.of(CurrentUser.require(), p));
  }
}
