package org.lvzhi.opinion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.document.OfficialDocument;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulletin issues: created with the next number of their name and year, compiling signed-off
 * reports in order, published (publishing their reports, whose authors are told) or withdrawn, and
 * exported as an official-style .docx. The office (permission {@code bulletin:edit}) does all of
 * it; leaders and auditors read.
 */
@Service
public class Bulletins {

  public static final String REGISTER = "bulletins";
  public static final String RECORD_TYPE = BulletinStore.TABLE;

  /** What an issue shows: the issue and its reports in order. */
  public record Issue(Bulletin bulletin, List<OpinionReport> reports) {}

  private final BulletinStore bulletins;
  private final OpinionStore reports;
  private final OpinionReports opinion;
  private final History history;
  private final ApplicationEventPublisher events;
  private final OpinionProperties properties;
  private final org.springframework.context.MessageSource messages;
  private final org.lvzhi.organisation.Committees committees;

  Bulletins(
      org.springframework.context.MessageSource messages,
      org.lvzhi.organisation.Committees committees,
      BulletinStore bulletins,
      OpinionStore reports,
      OpinionReports opinion,
      History history,
      ApplicationEventPublisher events,
      OpinionProperties properties) {
    this.bulletins = bulletins;
    this.reports = reports;
    this.opinion = opinion;
    this.history = history;
    this.events = events;
    this.properties = properties;
    this.messages = messages;
    this.committees = committees;
  }

  /** 《社情民意》2026年第5期, in Chinese as history and the printed issue keep it (ADR 3). */
  String issueTitle(Bulletin bulletin) {
    return chinese(
        "opinion.bulletin.issueTitle", bulletin.name(), bulletin.year(), bulletin.number());
  }

  private String chinese(String key, Object... args) {
    return messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE);
  }

  /** A new draft issue of a configured bulletin name; its number is the next of the year. */
  @Transactional
  public long create(String name, Integer year) {
    CurrentUser.requirePermission(OpinionReports.BULLETIN);
    String chosen =
        name == null || name.isBlank() ? properties.bulletinNames().get(0) : name.strip();
    if (!properties.bulletinNames().contains(chosen)) {
      throw new InvalidInputException(
          Map.of(
              "name",
              Texts.of(
                  "opinion.bulletin.unknownName", String.join("、", properties.bulletinNames()))));
    }
    int issueYear = year == null ? opinion.today().getYear() : year;
    if (issueYear < 2000 || issueYear > 2100) {
      throw new InvalidInputException(Map.of("issueYear", Texts.of("opinion.bulletin.badYear")));
    }
    return bulletins.insert(chosen, issueYear);
  }

  @Transactional(readOnly = true)
  public Issue issue(long id) {
    CurrentUser.requirePermission(OpinionReports.BULLETIN_VIEW);
    Bulletin bulletin = find(id);
    return new Issue(bulletin, reports.ofBulletin(id));
  }

  /** Signed-off reports in no issue yet: what a draft may compile. */
  @Transactional(readOnly = true)
  public List<OpinionReport> compilable() {
    CurrentUser.requirePermission(OpinionReports.BULLETIN);
    return reports.compilable();
  }

  @Transactional
  public Issue compile(long id, long reportId) {
    CurrentUser.requirePermission(OpinionReports.BULLETIN);
    Bulletin bulletin = find(id);
    bulletin.requireDraft("opinion.bulletin.move.compile");
    OpinionReport report = report(reportId);
    report.compileInto(id);
    reports.save(report);
    bulletins.addReport(id, reportId);
    bulletins.touch(id);
    history.record(
        RECORD_TYPE,
        id,
        "OPINION_BULLETIN_COMPILE",
        List.of(new Change("opinion.bulletin.report", null, report.title())));
    history.record(
        OpinionReports.RECORD_TYPE,
        reportId,
        "OPINION_COMPILE",
        List.of(new Change("opinion.bulletin", null, issueTitle(bulletin))));
    return new Issue(find(id), reports.ofBulletin(id));
  }

  @Transactional
  public Issue remove(long id, long reportId) {
    CurrentUser.requirePermission(OpinionReports.BULLETIN);
    Bulletin bulletin = find(id);
    bulletin.requireDraft("opinion.bulletin.move.compile");
    OpinionReport report = report(reportId);
    if (report.bulletinId() == null || report.bulletinId() != id) {
      throw new RecordNotFoundException(OpinionReports.REGISTER, reportId);
    }
    report.removeFromBulletin();
    reports.save(report);
    bulletins.removeReport(id, reportId);
    bulletins.touch(id);
    history.record(
        RECORD_TYPE,
        id,
        "OPINION_BULLETIN_REMOVE",
        List.of(new Change("opinion.bulletin.report", report.title(), null)));
    history.record(
        OpinionReports.RECORD_TYPE,
        reportId,
        "OPINION_UNCOMPILE",
        List.of(new Change("opinion.bulletin", issueTitle(bulletin), null)));
    return new Issue(find(id), reports.ofBulletin(id));
  }

  /** Publishes the issue and every report it compiles; their authors are told. */
  @Transactional
  public Issue publish(long id, LocalDate on) {
    CurrentUser.requirePermission(OpinionReports.BULLETIN);
    Bulletin bulletin = find(id);
    List<OpinionReport> compiled = reports.ofBulletin(id);
    LocalDate date = bulletin.publish(on, compiled.size(), opinion.today());
    bulletins.save(bulletin);
    history.record(
        RECORD_TYPE,
        id,
        "OPINION_BULLETIN_PUBLISH",
        List.of(new Change("opinion.bulletin.publishedOn", null, date.toString())));
    for (OpinionReport report : compiled) {
      OpinionStatus before = report.publish(date);
      reports.save(report);
      history.record(
          OpinionReports.RECORD_TYPE,
          report.id(),
          "OPINION_PUBLISH",
          List.of(
              opinion.status(before, report),
              new Change("opinion.bulletin", null, issueTitle(bulletin))));
      events.publishEvent(new ReportPublished(report.id(), id));
    }
    return new Issue(find(id), reports.ofBulletin(id));
  }

  /** Withdraws a published issue: a draft again with its number; its reports signed off again. */
  @Transactional
  public Issue unpublish(long id) {
    CurrentUser.requirePermission(OpinionReports.BULLETIN);
    Bulletin bulletin = find(id);
    bulletin.unpublish();
    bulletins.save(bulletin);
    history.record(RECORD_TYPE, id, "OPINION_BULLETIN_UNPUBLISH", List.of());
    for (OpinionReport report : reports.ofBulletin(id)) {
      OpinionStatus before = report.unpublish();
      reports.save(report);
      history.record(
          OpinionReports.RECORD_TYPE,
          report.id(),
          "OPINION_UNPUBLISH",
          List.of(opinion.status(before, report)));
    }
    return new Issue(find(id), reports.ofBulletin(id));
  }

  /** Deletes a draft issue; its reports are free to go into another. The number is not reused. */
  @Transactional
  public void delete(long id, int version) {
    CurrentUser.requirePermission(OpinionReports.BULLETIN);
    Bulletin bulletin = find(id);
    bulletin.requireDraft("opinion.bulletin.move.delete");
    for (OpinionReport report : reports.ofBulletin(id)) {
      report.removeFromBulletin();
      reports.save(report);
    }
    bulletins.delete(id, version);
  }

  /** The issue as an official-style .docx: title, number, date, one section per report. */
  @Transactional(readOnly = true)
  public byte[] docx(long id) {
    Issue issue = issue(id);
    Bulletin bulletin = issue.bulletin();
    String issuer = committees.name(committeeOf(id)).orElse("");
    String date =
        bulletin.publishedOn() == null
            ? chinese("opinion.bulletin.draftMark")
            : java.time.format.DateTimeFormatter.ofPattern(
                    chinese("opinion.bulletin.dateFormat"), java.util.Locale.SIMPLIFIED_CHINESE)
                .format(bulletin.publishedOn());
    OfficialDocument document =
        OfficialDocument.titled(bulletin.name())
            .subtitle(chinese("opinion.bulletin.number", bulletin.year(), bulletin.number()))
            .line(chinese("opinion.bulletin.issuer", issuer, date));
    if (issue.reports().size() > 1) {
      document.contents();
    }
    for (OpinionReport report : issue.reports()) {
      document.heading(report.title()).paragraphs(report.publishedText());
    }
    return document.toBytes();
  }

  /** 社情民意-2026-05.docx: the issue's name, year and number. */
  @Transactional(readOnly = true)
  public String fileName(long id) {
    Bulletin bulletin = find(id);
    return String.format("%s-%d-%02d.docx", bulletin.name(), bulletin.year(), bulletin.number());
  }

  public LocalDate today() {
    return opinion.today();
  }

  private long committeeOf(long id) {
    return bulletins.committeeOf(id);
  }

  private Bulletin find(long id) {
    return bulletins.find(id).orElseThrow(() -> new RecordNotFoundException(REGISTER, id));
  }

  private OpinionReport report(long reportId) {
    return reports
        .find(reportId, OpinionStore.Visible.to(CurrentUser.require().scope()))
        .orElseThrow(() -> new RecordNotFoundException(OpinionReports.REGISTER, reportId));
  }
}
