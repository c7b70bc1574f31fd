package org.lvzhi.duty;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lvzhi.organisation.Members;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a member's duty record from every section, and writes it to Excel. */
@Service
@Transactional(readOnly = true)
public class DutyRecords {

  private final List<DutyRecordSection> sections;
  private final Members members;
  private final Spreadsheets spreadsheets;
  private final MessageSource messages;
  private final Clock clock;

  DutyRecords(
      List<DutyRecordSection> sections,
      Members members,
      Spreadsheets spreadsheets,
      MessageSource messages,
      Clock clock) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(DutyRecordSection::order)).toList();
    this.members = members;
    this.spreadsheets = spreadsheets;
    this.messages = messages;
    this.clock = clock;
  }

  /** A member's record; a member of another committee than the user's is not found (ADR 7). */
  public DutyRecordView of(long memberId, Integer year, String base) {
    if (!members.inWorkingCommittee(memberId)) {
      throw new org.lvzhi.system.RecordNotFoundException("duty record", memberId);
    }
    int thisYear = LocalDate.now(clock).getYear();
    int chosen = year == null ? thisYear : year;
    String name = members.names(List.of(memberId)).getOrDefault(memberId, "");
    List<DutyRecordView.Section> parts =
        sections.stream().map(s -> section(s, s.lines(memberId, chosen))).toList();
    List<Integer> years =
        IntStream.rangeClosed(thisYear - 5, thisYear)
            .boxed()
            .sorted(Comparator.reverseOrder())
            .toList();
    return new DutyRecordView(memberId, name, chosen, years, parts, base);
  }

  /** The section with each of its tallies counted from the very lines shown, so they agree. */
  private DutyRecordView.Section section(DutyRecordSection section, List<DutyLine> lines) {
    List<DutyRecordView.Count> counts =
        section.tallies().stream()
            .map(
                tally ->
                    new DutyRecordView.Count(
                        tally,
                        text(section.titleKey() + "." + tally),
                        lines.stream().filter(line -> tally.equals(line.tally())).count()))
            .toList();
    return new DutyRecordView.Section(text(section.titleKey()), counts, lines);
  }

  /** The lines on the first sheet, the counts of every section on a second. */
  public void export(DutyRecordView record, OutputStream out) throws IOException {
    List<String> headers =
        List.of(
            text("duty.section"),
            text("duty.date"),
            text("duty.what"),
            text("duty.detail"),
            text("duty.standing"));
    Stream<List<?>> rows =
        record.sections().stream()
            .flatMap(
                section ->
                    section.lines().stream()
                        .map(
                            line ->
                                List.<Object>of(
                                    section.title(),
                                    line.date(),
                                    line.what(),
                                    line.detail(),
                                    line.standing())));
    Stream<List<?>> counts =
        record.sections().stream()
            .flatMap(
                section ->
                    section.counts().stream()
                        .map(
                            count ->
                                List.<Object>of(section.title(), count.label(), count.count())));
    spreadsheets.writeXlsx(
        out,
        List.of(
            new Spreadsheets.Sheet(record.memberName() + record.year(), headers, rows),
            new Spreadsheets.Sheet(
                text("duty.countsSheet"),
                List.of(text("duty.section"), text("duty.tally"), text("duty.count")),
                counts)));
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
