package org.lvzhi.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.document.OfficialDocument;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.organisation.Units;
import org.lvzhi.system.CommitteeDirectory;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal compilation of a session (提案汇编) as a .docx in the official style: a cover (the
 * committee, the session, the title, the date), a table of contents, then each accepted proposal of
 * the session in number order — its number, subject, proposers and units, its text, and the reply
 * with its grade where one was given.
 */
@Service
public class ProposalCompilation {

  public static final String PERMISSION = "proposal:export";

  private final JdbcClient jdbc;
  private final Sessions sessions;
  private final Members members;
  private final Units units;
  private final CommitteeDirectory committees;
  private final Clock clock;
  private final org.springframework.context.MessageSource messages;

  ProposalCompilation(
      JdbcClient jdbc,
      Sessions sessions,
      Members members,
      Units units,
      CommitteeDirectory committees,
      Clock clock,
      org.springframework.context.MessageSource messages) {
    this.jdbc = jdbc;
    this.sessions = sessions;
    this.members = members;
    this.units = units;
    this.committees = committees;
    this.clock = clock;
    this.messages = messages;
  }

  /** One accepted proposal as the compilation prints it. */
  private record Entry(
      long id,
      int number,
      String subject,
      Long leadMemberId,
      String collectiveBody,
      String situation,
      String analysis,
      String suggestions,
      String replyGrade,
      String replyText) {}

  /** The file name people see: 《第十届委员会第二次会议提案汇编》.docx. */
  @Transactional(readOnly = true)
  public String fileName(Long sessionId) {
    return zh("proposal.compilation.fileName", sessionName(sessionId));
  }

  /** The compilation of one of the working committee's sessions (400 for an unknown session). */
  @Transactional(readOnly = true)
  public byte[] of(Long sessionId) {
    LvzhiUser user = CurrentUser.requirePermission(PERMISSION);
    String session = sessionName(sessionId);
    List<Entry> entries = entries(sessionId);
    Map<Long, List<Long>> cosigners = cosigners(entries);
    Map<Long, List<UnitPart>> handling = units(entries);
    Set<Long> people = new HashSet<>();
    entries.forEach(e -> people.add(e.leadMemberId()));
    cosigners.values().forEach(people::addAll);
    people.remove(null);
    Map<Long, String> names = members.names(people);
    Set<Long> unitIds = new HashSet<>();
    handling.values().forEach(parts -> parts.forEach(p -> unitIds.add(p.unitId())));
    Map<Long, String> unitNames = units.names(unitIds);
    LocalDate today = LocalDate.now(clock);
    OfficialDocument document =
        OfficialDocument.titled(zh("proposal.compilation.title"))
            .subtitle(committees.name(user.workingCommitteeId()).orElse(""))
            .line(session)
            .line(
                zh(
                    "proposal.compilation.date",
                    String.valueOf(today.getYear()),
                    String.valueOf(today.getMonthValue()),
                    String.valueOf(today.getDayOfMonth())))
            .contents();
    for (Entry e : entries) {
      document.heading(zh("proposal.compilation.heading", String.valueOf(e.number()), e.subject()));
      document.paragraphs(zh("proposal.compilation.number", String.valueOf(e.number())));
      document.paragraphs(zh("proposal.compilation.proposers", proposers(e, cosigners, names)));
      document.paragraphs(
          zh("proposal.compilation.units", unitsOf(handling.get(e.id()), unitNames)));
      section(document, "proposal.situation", e.situation());
      section(document, "proposal.analysis", e.analysis());
      section(document, "proposal.suggestions", e.suggestions());
      if (e.replyText() != null) {
        document.subheading(zh("proposal.compilation.reply", e.replyGrade()));
        document.paragraphs(e.replyText());
      }
    }
    return document.toBytes();
  }

  /** The compilation is a Chinese document whoever downloads it. */
  private String zh(String key, Object... args) {
    return messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE);
  }

  private void section(OfficialDocument document, String titleKey, String text) {
    if (text != null && !text.isBlank()) {
      document.subheading(zh(titleKey));
      document.paragraphs(text);
    }
  }

  private String sessionName(Long sessionId) {
    String name = sessionId == null ? null : sessions.all().get(sessionId);
    if (name == null) {
      throw new InvalidInputException(Map.of("session", Texts.of("proposal.input.sessionMissing")));
    }
    return name;
  }

  private List<Entry> entries(long sessionId) {
    return jdbc.sql(
            "select t.id, t.number, t.subject, t.lead_member_id, t.collective_body, t.situation,"
                + " t.analysis, t.suggestions, t.reply_grade, t.reply_text from proposal t"
                + " where t.session_id = :session and t.number is not null and "
                + ProposalMetrics.ACCEPTED
                + CurrentUser.inWorkingCommittee("t.committee_id")
                + " order by t.number")
        .param("session", sessionId)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getObject(4, Long.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10)))
        .list();
  }

  private Map<Long, List<Long>> cosigners(List<Entry> entries) {
    Map<Long, List<Long>> cosigners = new java.util.HashMap<>();
    if (!entries.isEmpty()) {
      jdbc.sql(
              "select proposal_id, member_id from proposal_cosigner where proposal_id in (:ids)"
                  + " and confirmed_on is not null order by proposal_id, member_id")
          .param("ids", entries.stream().map(Entry::id).toList())
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs ->
                      cosigners
                          .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                          .add(rs.getLong(2)));
    }
    return cosigners;
  }

  private record UnitPart(long unitId, boolean lead) {}

  private Map<Long, List<UnitPart>> units(List<Entry> entries) {
    Map<Long, List<UnitPart>> parts = new java.util.HashMap<>();
    if (!entries.isEmpty()) {
      jdbc.sql(
              "select proposal_id, unit_id, lead from proposal_unit where proposal_id in (:ids)"
                  + " order by proposal_id, lead desc, unit_id")
          .param("ids", entries.stream().map(Entry::id).toList())
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs ->
                      parts
                          .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                          .add(new UnitPart(rs.getLong(2), rs.getBoolean(3))));
    }
    return parts;
  }

  private static String proposers(
      Entry e, Map<Long, List<Long>> cosigners, Map<Long, String> names) {
    List<String> people = new ArrayList<>();
    if (e.leadMemberId() != null) {
      people.add(names.getOrDefault(e.leadMemberId(), ""));
    }
    cosigners.getOrDefault(e.id(), List.of()).forEach(m -> people.add(names.getOrDefault(m, "")));
    if (e.collectiveBody() != null) {
      people.add(0, e.collectiveBody());
    }
    return String.join("、", people);
  }

  private String unitsOf(List<UnitPart> parts, Map<Long, String> names) {
    if (parts == null || parts.isEmpty()) {
      return zh("proposal.compilation.notAssigned");
    }
    List<String> lead = new ArrayList<>();
    List<String> co = new ArrayList<>();
    parts.forEach(p -> (p.lead() ? lead : co).add(names.getOrDefault(p.unitId(), "")));
    String text = zh("proposal.compilation.lead", String.join("、", lead));
    return co.isEmpty() ? text : text + "；" + zh("proposal.compilation.co", String.join("、", co));
  }
}
