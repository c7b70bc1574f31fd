package org.lvzhi.consultation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lvzhi.consultation.MeetingUnits;
import org.lvzhi.consultation.OnlineConsultation;
import org.lvzhi.consultation.OnlineConsultations;
import org.lvzhi.consultation.Suggestion;
import org.lvzhi.consultation.Suggestions;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Units;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultation pages: the home, an online consultation (for members on a phone and the office
 * moderating it), the statistics, and the buttons of the panels, each answering with a redirect to
 * the page it came from and a message.
 */
@Controller
class ConsultationPageController {

  private static final String ACTIVITY = "redirect:/registry/activities/";
  private final Suggestions suggestions;
  private final OnlineConsultations online;
  private final MeetingUnits meetingUnits;
  private final ConsultationStatistics statistics;
  private final MetricCatalogue metrics;
  private final Members members;
  private final Units units;
  private final ConsultationViews views;
  private final java.time.Clock clock;

  ConsultationPageController(
      Suggestions suggestions,
      OnlineConsultations online,
      MeetingUnits meetingUnits,
      ConsultationStatistics statistics,
      MetricCatalogue metrics,
      Members members,
      Units units,
      ConsultationViews views,
      java.time.Clock clock) {
    this.clock = clock;
    this.suggestions = suggestions;
    this.online = online;
    this.meetingUnits = meetingUnits;
    this.statistics = statistics;
    this.metrics = metrics;
    this.members = members;
    this.units = units;
    this.views = views;
  }

  @GetMapping("/consultation")
  String home(Model model) {
    LvzhiUser user = CurrentUser.requirePermission(Suggestions.VIEW);
    LocalDate today = LocalDate.now(clock);
    Map<String, Long> byStatus = new LinkedHashMap<>();
    suggestions.tally().forEach((status, count) -> byStatus.put(status.name(), count));
    List<OnlineConsultation> latest =
        user.can(OnlineConsultations.VIEW) ? online.latest(20) : List.of();
    var meetings =
        user.can(Suggestions.EDIT) || user.can(Suggestions.STATISTICS)
            ? metrics
                .compute(
                    "consultation.meetings",
                    MetricQuery.inWorkingCommittee(
                        today.withDayOfYear(1),
                        today.withDayOfYear(today.lengthOfYear()),
                        Map.of()))
                .sources()
            : List.<org.lvzhi.metric.MetricResult.Source>of();
    model.addAttribute(
        "home", new HomeView(meetings, byStatus, latest, user.can(OnlineConsultations.EDIT)));
    return "consultation/home";
  }

  @PostMapping("/consultation/online")
  String create(
      @RequestParam(defaultValue = "") String topic,
      @RequestParam(defaultValue = "") String background,
      @RequestParam(defaultValue = "") String opensAt,
      @RequestParam(defaultValue = "") String closesAt,
      RedirectAttributes redirect) {
    long[] id = {0};
    boolean done =
        Flash.attempt(
            redirect,
            views.text("consultation.created"),
            () ->
                id[0] =
                    online.create(
                        topic,
                        background,
                        Inputs.time("opensAt", opensAt),
                        Inputs.time("closesAt", closesAt)));
    return done ? "redirect:" + OnlineConsultations.path(id[0]) : "redirect:/consultation";
  }

  @GetMapping("/consultation/online/{id}")
  String show(@PathVariable long id, Model model) {
    LvzhiUser user = CurrentUser.require();
    OnlineConsultations.Shown shown = online.show(id);
    Set<Long> authors = new HashSet<>();
    shown.comments().forEach(c -> authors.add(c.memberId()));
    List<Suggestion> made =
        user.can(Suggestions.VIEW) ? suggestions.ofOnline(id) : List.<Suggestion>of();
    made.stream().map(s -> s.author().memberId()).filter(Objects::nonNull).forEach(authors::add);
    Map<Long, String> names = members.names(authors);
    boolean moderator = user.can(OnlineConsultations.EDIT) && !user.onlyViews();
    Map<Long, String> unitNames =
        moderator
            ? units.all()
            : units.names(made.stream().map(Suggestion::unitId).filter(Objects::nonNull).toList());
    List<OnlinePageView.Line> lines = new ArrayList<>();
    for (OnlineConsultation.Comment c : shown.comments()) {
      lines.add(
          new OnlinePageView.Line(
              c.id(),
              names.getOrDefault(c.memberId(), ""),
              c.content(),
              c.postedAt().toLocalDate() + " " + c.postedAt().toLocalTime().withNano(0),
              c.hidden(),
              c.hiddenReason() == null ? "" : c.hiddenReason(),
              Objects.equals(c.memberId(), user.memberId())));
    }
    model.addAttribute(
        "page",
        new OnlinePageView(
            shown.consultation(),
            lines,
            online.acceptsComments(shown.consultation()),
            user.can(OnlineConsultations.COMMENT) && user.memberId() != null,
            moderator,
            made.stream().map(s -> SuggestionLine.of(s, names, unitNames, views)).toList(),
            moderator ? unitNames : Map.of()));
    return "consultation/online";
  }

  @PostMapping("/consultation/online/{id}/open")
  String open(@PathVariable long id, RedirectAttributes redirect) {
    Flash.attempt(redirect, views.text("consultation.opened"), () -> online.open(id));
    return "redirect:" + OnlineConsultations.path(id);
  }

  @PostMapping("/consultation/online/{id}/comments")
  String comment(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String content,
      RedirectAttributes redirect) {
    Flash.attempt(
        redirect, views.text("consultation.commented"), () -> online.comment(id, content));
    return "redirect:" + OnlineConsultations.path(id);
  }

  @PostMapping("/consultation/online/{id}/comments/{commentId}/hide")
  String hide(
      @PathVariable long id,
      @PathVariable long commentId,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    Flash.attempt(
        redirect, views.text("consultation.hidden"), () -> online.hide(id, commentId, reason));
    return "redirect:" + OnlineConsultations.path(id);
  }

  @PostMapping("/consultation/online/{id}/close")
  String close(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String summary,
      @RequestParam(name = "suggestion", required = false) List<String> contents,
      @RequestParam(name = "suggestionBy", required = false) List<String> by,
      @RequestParam(name = "suggestionUnit", required = false) List<String> unitIds,
      RedirectAttributes redirect) {
    List<Suggestions.Draft> drafts = new ArrayList<>();
    List<String> texts = contents == null ? List.of() : contents;
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null || texts.get(i).isBlank()) {
        continue;
      }
      String name = by != null && i < by.size() ? by.get(i) : "";
      String unit = unitIds != null && i < unitIds.size() ? unitIds.get(i) : "";
      drafts.add(
          new Suggestions.Draft(
              texts.get(i),
              null,
              name == null || name.isBlank() ? Texts.of("consultation.onlineAuthor") : name,
              unit(unit),
              null));
    }
    Flash.attempt(
        redirect, views.text("consultation.closed"), () -> online.close(id, summary, drafts));
    return "redirect:" + OnlineConsultations.path(id);
  }

  @PostMapping("/consultation/activities/{activityId}/units")
  String units(
      @PathVariable long activityId,
      @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
      RedirectAttributes redirect) {
    Flash.attempt(
        redirect,
        views.text("consultation.unitsSaved"),
        () -> meetingUnits.set(activityId, unitIds == null ? List.of() : unitIds));
    return ACTIVITY + activityId;
  }

  @PostMapping("/consultation/activities/{activityId}/suggestions")
  String make(
      @PathVariable long activityId,
      @RequestParam(defaultValue = "") String content,
      @RequestParam(required = false) Long memberId,
      @RequestParam(defaultValue = "") String madeByName,
      @RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "") String madeOn,
      RedirectAttributes redirect) {
    Flash.attempt(
        redirect,
        views.text("consultation.made"),
        () ->
            suggestions.makeAtActivity(
                activityId,
                new Suggestions.Draft(
                    content, memberId, madeByName, unitId, Inputs.date("madeOn", madeOn))));
    return ACTIVITY + activityId;
  }

  @PostMapping("/consultation/suggestions/{id}/send")
  String send(
      @PathVariable long id,
      @RequestParam(required = false) Long unitId,
      RedirectAttributes redirect) {
    Flash.attempt(redirect, views.text("consultation.sent"), () -> suggestions.send(id, unitId));
    return "redirect:" + Suggestions.path(id);
  }

  @PostMapping("/consultation/suggestions/{id}/answer")
  String answer(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String outcome,
      @RequestParam(defaultValue = "") String answer,
      @RequestParam(defaultValue = "") String answeredOn,
      RedirectAttributes redirect) {
    Flash.attempt(
        redirect,
        views.text("consultation.answered"),
        () -> suggestions.answer(id, outcome, answer, Inputs.date("answeredOn", answeredOn)));
    return "redirect:" + Suggestions.path(id);
  }

  @GetMapping("/consultation/statistics")
  String statistics(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    model.addAttribute("statistics", statistics.of(from, to));
    return "consultation/statistics";
  }

  @GetMapping("/consultation/statistics.xlsx")
  void workbook(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    StatisticsView view = statistics.of(from, to);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                Texts.of(
                    "consultation.stats.fileName", view.from().toString(), view.to().toString()),
                java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    statistics.export(view, response.getOutputStream());
  }

  private static Long unit(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new org.lvzhi.system.InvalidInputException(
          Map.of("unitId", Texts.of("consultation.input.unknownUnit")));
    }
  }
}
