package org.lvzhi.proposal.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lvzhi.account.Accounts;
import org.lvzhi.history.Change;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.organisation.Units;
import org.lvzhi.proposal.AllowedMoves;
import org.lvzhi.proposal.Cosigner;
import org.lvzhi.proposal.HandlingCodes;
import org.lvzhi.proposal.HandlingUnit;
import org.lvzhi.proposal.Proposal;
import org.lvzhi.proposal.ProposalHandling;
import org.lvzhi.proposal.Proposals;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CsrfField;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The workflow part of a proposal's page: where it stands, its authors, units, reply and rating,
 * its steps and conversation, and the forms of the moves the user may make.
 */
@Component
public class ProposalPanel implements RecordPanel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Proposals proposals;
  private final ProposalHandling handling;
  private final Members members;
  private final Units units;
  private final Sessions sessions;
  private final Accounts accounts;
  private final TemplateEngine templates;
  private final MessageSource messages;

  ProposalPanel(
      Proposals proposals,
      ProposalHandling handling,
      Members members,
      Units units,
      Sessions sessions,
      Accounts accounts,
      TemplateEngine templates,
      MessageSource messages) {
    this.proposals = proposals;
    this.handling = handling;
    this.members = members;
    this.units = units;
    this.sessions = sessions;
    this.accounts = accounts;
    this.templates = templates;
    this.messages = messages;
  }

  @Override
  public String html(long id) {
    StringOutput output = new StringOutput();
    templates.render("proposal/panel.jte", Map.of("panel", view(id)), output);
    return output.toString();
  }

  ProposalView view(long id) {
    LvzhiUser user = CurrentUser.require();
    Proposal p = proposals.get(id);
    AllowedMoves moves = AllowedMoves.of(user, p);
    Set<Long> people = new HashSet<>();
    if (p.leadMemberId() != null) {
      people.add(p.leadMemberId());
    }
    p.cosigners().forEach(c -> people.add(c.memberId()));
    if (p.supervisorMemberId() != null) {
      people.add(p.supervisorMemberId());
    }
    Map<Long, String> names = members.names(people);
    Map<Long, String> unitNames =
        units.names(p.units().stream().map(HandlingUnit::unitId).toList());
    LocalDate today = handling.today();
    return new ProposalView(
        id,
        p.status().name(),
        text("proposalStatus." + p.status().name()),
        numberLabel(p),
        p.overdueOn(today),
        p.keyProposal(),
        p.supervisorMemberId() == null ? "" : names.getOrDefault(p.supervisorMemberId(), ""),
        text("proposalKind." + p.kind().name()),
        authors(p, names),
        p.cosigners().stream().map(c -> signer(c, names)).toList(),
        p.mergedIntoId() == null ? null : link(p.mergedIntoId()),
        proposals.merged(id).stream()
            .map(m -> new ProposalView.Link(m.id(), m.text().subject()))
            .toList(),
        nullToEmpty(p.reviewNote()),
        p.rejectionGround() == null
            ? ""
            : proposals.grounds().getOrDefault(p.rejectionGround(), p.rejectionGround()),
        p.assignedOn() == null ? "" : p.assignedOn().toString(),
        p.dueOn() == null ? "" : p.dueOn().toString(),
        p.units().stream().map(u -> unitLine(u, unitNames)).toList(),
        p.replyGrade() == null
            ? null
            : new ProposalView.Reply(
                p.replyGrade().name(),
                text("replyGrade." + p.replyGrade().name()),
                p.replyText(),
                String.valueOf(p.repliedOn()),
                p.repliedOnTime(),
                p.replyLetterId()),
        nullToEmpty(p.rebutReason()),
        p.ratingResult() == null
            ? ""
            : text(
                "proposal.ratingLine",
                text("rating." + p.ratingAttitude().name()),
                text("rating." + p.ratingResult().name())),
        nullToEmpty(p.ratingReason()),
        p.urged(),
        proposals.steps(id).stream().map(this::step).toList(),
        moves.talk() || !p.status().name().equals("DRAFT") ? conversation(id) : List.of(),
        moves,
        options(user, p, moves, today),
        today.toString(),
        CsrfField.current().parameter(),
        CsrfField.current().token(),
        key -> messages.getMessage(key, null, "??" + key + "??", LocaleContextHolder.getLocale()));
  }

  private ProposalView.Options options(
      LvzhiUser user, Proposal p, AllowedMoves moves, LocalDate today) {
    return new ProposalView.Options(
        moves.review() ? sessions.all() : Map.of(),
        p.sessionId(),
        moves.review() ? proposals.grounds() : Map.of(),
        moves.assign() ? units.all() : Map.of(),
        moves.markKey() ? members.leaders() : Map.of(),
        handling.defaultDue(today).toString(),
        codes("replyGrade.", HandlingCodes.ReplyGrade.values()),
        codes("contactManner.", HandlingCodes.ContactManner.values()),
        codes("rating.", HandlingCodes.Rating.values()),
        user.unitId());
  }

  private List<ProposalView.Code> codes(String prefix, Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> new ProposalView.Code(v.name(), text(prefix + v.name())))
        .toList();
  }

  private String numberLabel(Proposal p) {
    if (p.number() == null) {
      return "";
    }
    String session = p.sessionId() == null ? "" : sessions.all().getOrDefault(p.sessionId(), "");
    return text("proposal.numberLabel", session, p.number());
  }

  private String authors(Proposal p, Map<Long, String> names) {
    List<String> parts = new ArrayList<>();
    if (p.collectiveBody() != null) {
      parts.add(p.collectiveBody());
    }
    if (p.leadMemberId() != null) {
      parts.add(names.getOrDefault(p.leadMemberId(), ""));
    }
    return String.join(" · ", parts);
  }

  private ProposalView.Signer signer(Cosigner c, Map<Long, String> names) {
    return new ProposalView.Signer(
        names.getOrDefault(c.memberId(), ""),
        c.confirmed(),
        c.confirmed() ? c.confirmedOn().toString() : "");
  }

  private ProposalView.Link link(long id) {
    try {
      return new ProposalView.Link(id, proposals.get(id).text().subject());
    } catch (RuntimeException hidden) {
      return new ProposalView.Link(id, "#" + id);
    }
  }

  private ProposalView.UnitLine unitLine(HandlingUnit u, Map<Long, String> names) {
    String contact =
        u.contactedOn() == null
            ? ""
            : text(
                "proposal.contactLine",
                u.contactedOn(),
                text("contactManner." + u.contactManner().name()),
                nullToEmpty(u.contactNote()));
    return new ProposalView.UnitLine(
        u.unitId(),
        names.getOrDefault(u.unitId(), ""),
        u.lead(),
        u.state().name(),
        text("unitState." + u.state().name()),
        u.acknowledgedOn() == null ? "" : u.acknowledgedOn().toString(),
        nullToEmpty(u.returnReason()),
        u.extensionUntil() == null ? "" : u.extensionUntil().toString(),
        nullToEmpty(u.extensionReason()),
        contact,
        nullToEmpty(u.opinion()));
  }

  private List<ProposalView.Message> conversation(long id) {
    List<Proposals.Message> thread = proposals.conversation(id);
    Map<String, String> authorNames = new java.util.HashMap<>();
    for (Proposals.Message m : thread) {
      authorNames.computeIfAbsent(
          m.author(),
          username ->
              accounts
                  .withUsername(username)
                  .map(account -> accounts.displayNames(List.of(account)).get(account))
                  .orElse(username));
    }
    Map<Long, String> unitNames =
        units.names(thread.stream().map(Proposals.Message::unitId).toList());
    return thread.stream()
        .map(
            m ->
                new ProposalView.Message(
                    authorNames.get(m.author()),
                    m.unitId() == null ? "" : unitNames.getOrDefault(m.unitId(), ""),
                    m.body(),
                    WHEN.format(m.postedAt().atZoneSameInstant(SHANGHAI))))
        .toList();
  }

  private ProposalView.Step step(HistoryEntry entry) {
    List<String> details = new ArrayList<>();
    for (Change change : entry.changes()) {
      if (!change.field().equals("proposal.status") && change.after() != null) {
        details.add(text("proposal.stepDetail", text(change.field()), recorded(change.after())));
      }
    }
    return new ProposalView.Step(
        WHEN.format(entry.occurredAt().atZoneSameInstant(SHANGHAI)),
        entry.actorName(),
        text("history.action." + entry.action()),
        details);
  }

  /** The closed lists whose labels history records in Chinese (ADR 3). */
  private static final List<Map.Entry<String, Enum<?>[]>> RECORDED_CHOICES =
      List.of(
          Map.entry("proposalKind.", org.lvzhi.proposal.ProposalKind.values()),
          Map.entry("proposalStatus.", org.lvzhi.proposal.ProposalStatus.values()),
          Map.entry("replyGrade.", HandlingCodes.ReplyGrade.values()),
          Map.entry("rating.", HandlingCodes.Rating.values()),
          Map.entry("contactManner.", HandlingCodes.ContactManner.values()));

  /** A value as history recorded it, in the reader's language where it is a choice's label. */
  private String recorded(String value) {
    if (LocaleContextHolder.getLocale().getLanguage().equals("zh")) {
      return value;
    }
    for (Map.Entry<String, Enum<?>[]> list : RECORDED_CHOICES) {
      for (Enum<?> code : list.getValue()) {
        String key = list.getKey() + code.name();
        if (value.equals(messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE))) {
          return text(key);
        }
      }
    }
    return value;
  }

  private String text(String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, args, key, locale);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
