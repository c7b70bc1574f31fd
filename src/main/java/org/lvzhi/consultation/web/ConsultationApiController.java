package org.lvzhi.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.lvzhi.consultation.MeetingUnits;
import org.lvzhi.consultation.OnlineConsultation;
import org.lvzhi.consultation.OnlineConsultations;
import org.lvzhi.consultation.Suggestion;
import org.lvzhi.consultation.Suggestions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consultation through the API: suggestions made at an activity, sent to a department and answered;
 * the units taking part in a meeting; online consultations created, opened, commented on, moderated
 * and closed. Lists, filters, history and Excel are the registers': {@code GET
 * /api/v1/consultation-suggestions} and {@code /api/v1/online-consultations}.
 */
@RestController
@Tag(
    name = "Consultation",
    description = "协商：建议办理、参与单位、网络议政 — suggestions, units, online consultation")
class ConsultationApiController {

  record ConsultationSuggestionRequest(
      String content, Long memberId, String madeByName, Long unitId, String madeOn) {

    Suggestions.Draft draft() {
      return new Suggestions.Draft(
          content, memberId, madeByName, unitId, Inputs.date("madeOn", madeOn));
    }
  }

  record ConsultationSend(Long unitId) {}

  record ConsultationAnswer(String outcome, String answer, String answeredOn) {}

  record ConsultationSuggestionDetail(
      long id,
      String sourceKind,
      long sourceId,
      String sourceLabel,
      String content,
      Long memberId,
      String madeByName,
      LocalDate madeOn,
      Long unitId,
      String status,
      LocalDate sentOn,
      String answer,
      LocalDate answeredOn,
      int version) {

    static ConsultationSuggestionDetail of(Suggestion s) {
      return new ConsultationSuggestionDetail(
          s.id(),
          s.source().kind().name(),
          s.source().id(),
          s.source().label(),
          s.content(),
          s.author().memberId(),
          s.author().name(),
          s.madeOn(),
          s.unitId(),
          s.status().name(),
          s.sentOn(),
          s.answer(),
          s.answeredOn(),
          s.version());
    }
  }

  record ConsultationUnits(List<Long> unitIds) {}

  record ConsultationUnitList(Map<Long, String> units) {}

  record ConsultationOnlineInput(
      String topic, String background, String opensAt, String closesAt) {}

  record ConsultationComment(String content) {}

  record ConsultationHide(String reason) {}

  record ConsultationClose(String summary, List<ConsultationSuggestionRequest> suggestions) {}

  record ConsultationCommentView(
      long id,
      long memberId,
      String content,
      LocalDateTime postedAt,
      boolean hidden,
      String hiddenReason) {}

  record ConsultationOnline(
      long id,
      String topic,
      String background,
      LocalDateTime opensAt,
      LocalDateTime closesAt,
      String status,
      boolean acceptsComments,
      String summary,
      int commentCount,
      List<ConsultationCommentView> comments,
      int version) {}

  record ConsultationCreated(long id, List<Long> suggestionIds) {}

  private final Suggestions suggestions;
  private final OnlineConsultations online;
  private final MeetingUnits units;

  ConsultationApiController(
      Suggestions suggestions, OnlineConsultations online, MeetingUnits units) {
    this.suggestions = suggestions;
    this.online = online;
    this.units = units;
  }

  @PostMapping("/api/v1/consultation/activities/{activityId}/suggestions")
  @Operation(
      summary = "Record a suggestion made at an activity",
      description =
          "A meeting where the activity's type has category CONSULTATION. memberId or madeByName"
              + " names who made it; madeOn (ISO date, today where absent) never in the future.")
  ResponseEntity<ConsultationSuggestionDetail> make(
      @PathVariable long activityId, @RequestBody ConsultationSuggestionRequest input) {
    long id = suggestions.makeAtActivity(activityId, Inputs.required("content", input).draft());
    return ResponseEntity.created(URI.create("/api/v1/consultation/suggestions/" + id))
        .body(ConsultationSuggestionDetail.of(suggestions.get(id)));
  }

  @GetMapping("/api/v1/consultation/activities/{activityId}/suggestions")
  @Operation(summary = "The suggestions made at an activity, as the user may see them")
  List<ConsultationSuggestionDetail> ofActivity(@PathVariable long activityId) {
    units.of(activityId);
    return suggestions.ofActivity(activityId).stream()
        .map(ConsultationSuggestionDetail::of)
        .toList();
  }

  @GetMapping("/api/v1/consultation/suggestions/{id}")
  @Operation(summary = "One suggestion and where its follow-up stands")
  ConsultationSuggestionDetail suggestion(@PathVariable long id) {
    return ConsultationSuggestionDetail.of(suggestions.get(id));
  }

  @PostMapping("/api/v1/consultation/suggestions/{id}/send")
  @Operation(summary = "Send a suggestion to the department that answers it")
  ConsultationSuggestionDetail send(@PathVariable long id, @RequestBody ConsultationSend send) {
    suggestions.send(id, Inputs.required("unitId", send).unitId());
    return ConsultationSuggestionDetail.of(suggestions.get(id));
  }

  @PostMapping("/api/v1/consultation/suggestions/{id}/answer")
  @Operation(
      summary = "Record the department's answer",
      description = "outcome: ADOPTED | IMPLEMENTING | NOT_ADOPTED; answeredOn an ISO date.")
  ConsultationSuggestionDetail answer(
      @PathVariable long id, @RequestBody ConsultationAnswer answer) {
    ConsultationAnswer a = Inputs.required("outcome", answer);
    suggestions.answer(id, a.outcome(), a.answer(), Inputs.date("answeredOn", a.answeredOn()));
    return ConsultationSuggestionDetail.of(suggestions.get(id));
  }

  @GetMapping("/api/v1/consultation/activities/{activityId}/units")
  @Operation(summary = "The units taking part in a consultation meeting")
  ConsultationUnitList meetingUnits(@PathVariable long activityId) {
    return new ConsultationUnitList(units.of(activityId));
  }

  @PutMapping("/api/v1/consultation/activities/{activityId}/units")
  @Operation(summary = "Replace the units taking part in a consultation meeting")
  ConsultationUnitList setMeetingUnits(
      @PathVariable long activityId, @RequestBody ConsultationUnits input) {
    units.set(activityId, Inputs.required("unitIds", input).unitIds());
    return new ConsultationUnitList(units.of(activityId));
  }

  @PostMapping("/api/v1/consultation/online")
  @Operation(
      summary = "Draft an online consultation",
      description = "opensAt and closesAt are ISO local date-times (2026-12-01T09:00).")
  ResponseEntity<ConsultationOnline> create(@RequestBody ConsultationOnlineInput input) {
    ConsultationOnlineInput i = Inputs.required("topic", input);
    long id =
        online.create(
            i.topic(),
            i.background(),
            Inputs.time("opensAt", i.opensAt()),
            Inputs.time("closesAt", i.closesAt()));
    return ResponseEntity.created(URI.create("/api/v1/consultation/online/" + id)).body(show(id));
  }

  @GetMapping("/api/v1/consultation/online/{id}")
  @Operation(summary = "An online consultation with the comments the user may see")
  ConsultationOnline show(@PathVariable long id) {
    OnlineConsultations.Shown shown = online.show(id);
    OnlineConsultation c = shown.consultation();
    return new ConsultationOnline(
        c.id(),
        c.topic(),
        c.background(),
        c.opensAt(),
        c.closesAt(),
        c.status().name(),
        online.acceptsComments(c),
        c.summary(),
        c.commentCount(),
        shown.comments().stream()
            .map(
                m ->
                    new ConsultationCommentView(
                        m.id(),
                        m.memberId(),
                        m.content(),
                        m.postedAt(),
                        m.hidden(),
                        m.hiddenReason()))
            .toList(),
        c.version());
  }

  @PostMapping("/api/v1/consultation/online/{id}/open")
  @Operation(summary = "Open a drafted online consultation to members (they are told)")
  ConsultationOnline open(@PathVariable long id) {
    online.open(id);
    return show(id);
  }

  @PostMapping("/api/v1/consultation/online/{id}/comments")
  @Operation(summary = "The signed-in member comments (only while open, within the window)")
  ResponseEntity<ConsultationCreated> comment(
      @PathVariable long id, @RequestBody ConsultationComment comment) {
    long commentId = online.comment(id, Inputs.required("content", comment).content());
    return ResponseEntity.created(URI.create("/api/v1/consultation/online/" + id))
        .body(new ConsultationCreated(commentId, List.of()));
  }

  @PostMapping("/api/v1/consultation/online/{id}/comments/{commentId}/hide")
  @Operation(summary = "Hide a comment, giving the reason its author will see")
  ConsultationOnline hide(
      @PathVariable long id, @PathVariable long commentId, @RequestBody ConsultationHide hide) {
    online.hide(id, commentId, Inputs.required("reason", hide).reason());
    return show(id);
  }

  @PostMapping("/api/v1/consultation/online/{id}/close")
  @Operation(
      summary = "Close with a summary",
      description = "The suggestions listed (zero or more) enter the follow-up, all or nothing.")
  ConsultationCreated close(@PathVariable long id, @RequestBody ConsultationClose close) {
    ConsultationClose c = Inputs.required("summary", close);
    List<Suggestions.Draft> drafts =
        c.suggestions() == null
            ? List.of()
            : c.suggestions().stream().map(s -> Inputs.required("suggestions", s).draft()).toList();
    return new ConsultationCreated(id, online.close(id, c.summary(), drafts));
  }
}
