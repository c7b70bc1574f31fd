package org.lvzhi.proposal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.organisation.Units;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.proposal.HandlingCodes.UnitState;
import org.lvzhi.register.SheetImport;
import org.lvzhi.spreadsheet.CellError;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.lvzhi.spreadsheet.SheetColumn;
import org.lvzhi.spreadsheet.SheetRow;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in last years' proposals with their replies from the office's ledger, so that similar
 * proposals and the proposal database start full: each row becomes a closed proposal (replied,
 * where no rating is given) with its number, authors, units and reply, written through {@link
 * ProposalStore} with a {@code PROPOSAL_IMPORT} entry in its history. All or nothing; a (session,
 * number) already given is an error on its row. The headings are the ledger's, in Chinese.
 */
@Service
class ProposalArchiveImport implements SheetImport {

  static final String SESSION = "届次（名称或年份）";
  static final String NUMBER = "案号";
  static final String SUBJECT = "案由";
  static final String LEAD = "第一提案人";
  static final String COSIGNERS = "联名提案人";
  static final String SITUATION = "情况分析";
  static final String SUGGESTIONS = "具体建议";
  static final String LEAD_UNIT = "主办单位";
  static final String CO_UNITS = "会办单位";
  static final String GRADE = "答复类别";
  static final String REPLY = "答复内容";
  static final String REPLIED_ON = "答复日期";
  static final String RATING = "办理评价";

  static final List<SheetColumn> COLUMNS =
      List.of(
          new SheetColumn(SESSION, true),
          new SheetColumn(NUMBER, true),
          new SheetColumn(SUBJECT, true),
          new SheetColumn(LEAD, true),
          new SheetColumn(COSIGNERS, false),
          new SheetColumn(SITUATION, false),
          new SheetColumn(SUGGESTIONS, false),
          new SheetColumn(LEAD_UNIT, true),
          new SheetColumn(CO_UNITS, false),
          new SheetColumn(GRADE, true),
          new SheetColumn(REPLY, true),
          new SheetColumn(REPLIED_ON, true),
          new SheetColumn(RATING, false));

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("yyyy/M/d"),
          DateTimeFormatter.ofPattern("yyyy.M.d"),
          DateTimeFormatter.ofPattern("yyyy年M月d日"));

  private final ProposalStore store;
  private final ProposalMoves moves;
  private final History history;
  private final Sessions sessions;
  private final Members members;
  private final Units units;
  private final ProposalTexts texts;

  ProposalArchiveImport(
      ProposalStore store,
      ProposalMoves moves,
      History history,
      Sessions sessions,
      Members members,
      Units units,
      ProposalTexts texts) {
    this.store = store;
    this.moves = moves;
    this.history = history;
    this.sessions = sessions;
    this.members = members;
    this.units = units;
    this.texts = texts;
  }

  @Override
  public String permission() {
    return "proposal:import";
  }

  @Override
  public String titleKey() {
    return "proposalImport.title";
  }

  @Override
  public String helpKey() {
    return "proposalImport.help";
  }

  @Override
  public String backLabelKey() {
    return "search.database";
  }

  @Override
  public String backHref() {
    return "/proposals/database";
  }

  @Override
  public String path() {
    return "/proposals/archive-import";
  }

  @Override
  public List<SheetColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<List<String>> exampleRows() {
    return List.of(
        List.of(
            "2023",
            "12",
            "关于缓解县城停车难问题的建议",
            "张三",
            "李四、王五",
            "老城区停车位严重不足，车辆乱停乱放。",
            "利用闲置地块建设公共停车场，推行错时共享停车。",
            "县住房和城乡建设局",
            "县公安局",
            "B",
            "我局已将城区停车场建设列入明年计划。",
            "2023-06-30",
            "满意"));
  }

  @Override
  @Transactional
  public int importRows(List<SheetRow> rows) {
    CurrentUser.requirePermission(permission());
    Lookups lookups = new Lookups();
    List<CellError> errors = new ArrayList<>();
    List<Proposal> archived = new ArrayList<>();
    for (SheetRow row : rows) {
      Proposal p = archived(row, lookups, errors);
      if (p != null) {
        archived.add(p);
      }
    }
    if (rows.isEmpty()) {
      errors.add(new CellError(0, "", Texts.of("proposalImport.noRows")));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    for (Proposal p : archived) {
      long id = store.insert(p);
      history.record(
          Proposals.RECORD_TYPE,
          id,
          "PROPOSAL_IMPORT",
          List.of(new Change("proposal.status", null, moves.status(p.status))));
      moves.published(id, "PROPOSAL_IMPORT", List.of());
    }
    return archived.size();
  }

  /** What the rows look up, read once per import. */
  private final class Lookups {
    final Map<String, Long> sessionNames = new HashMap<>();
    final Map<Integer, List<Long>> sessionsOfYear = new HashMap<>();
    final Map<String, List<Long>> unitNames = new HashMap<>();
    final Set<String> numbers = new HashSet<>();

    Lookups() {
      sessions.all().forEach((id, name) -> sessionNames.put(name, id));
      sessions
          .years()
          .forEach(
              (id, year) -> sessionsOfYear.computeIfAbsent(year, y -> new ArrayList<>()).add(id));
      units
          .all()
          .forEach((id, name) -> unitNames.computeIfAbsent(name, n -> new ArrayList<>()).add(id));
      numbers.addAll(texts.numbers(CurrentUser.committeeId().orElseThrow()));
    }
  }

  private Proposal archived(SheetRow row, Lookups lookups, List<CellError> errors) {
    int before = errors.size();
    Long session = session(row, lookups, errors);
    Integer number = number(row, errors);
    if (session != null && number != null && !lookups.numbers.add(session + ":" + number)) {
      errors.add(error(row, NUMBER, "proposalImport.duplicateNumber", row.get(NUMBER)));
    }
    Long lead = member(row, row.get(LEAD), LEAD, errors);
    List<Long> cosigners = new ArrayList<>();
    for (String name : names(row.get(COSIGNERS))) {
      Long cosigner = member(row, name, COSIGNERS, errors);
      if (cosigner != null && !cosigner.equals(lead) && !cosigners.contains(cosigner)) {
        cosigners.add(cosigner);
      }
    }
    Long leadUnit = unit(row, row.get(LEAD_UNIT), LEAD_UNIT, lookups, errors);
    List<Long> coUnits = new ArrayList<>();
    for (String name : names(row.get(CO_UNITS))) {
      Long unit = unit(row, name, CO_UNITS, lookups, errors);
      if (unit != null && !unit.equals(leadUnit) && !coUnits.contains(unit)) {
        coUnits.add(unit);
      }
    }
    ReplyGrade grade = grade(row, errors);
    LocalDate repliedOn = date(row, errors);
    Rating rating = rating(row, errors);
    tooLong(row, SUBJECT, ProposalText.SUBJECT_LENGTH, errors);
    for (String column : List.of(SITUATION, SUGGESTIONS, REPLY)) {
      tooLong(row, column, 6000, errors);
    }
    if (errors.size() > before) {
      return null;
    }
    Proposal p = new Proposal();
    p.kind = cosigners.isEmpty() ? ProposalKind.INDIVIDUAL : ProposalKind.JOINT;
    p.inSession = true;
    p.sessionId = session;
    p.number = number;
    p.leadMemberId = lead;
    p.text =
        new ProposalText(
            row.get(SUBJECT),
            blankToNull(row.get(SITUATION)),
            null,
            blankToNull(row.get(SUGGESTIONS)),
            null);
    p.draftedBy = CurrentUser.actorName();
    cosigners.forEach(c -> p.cosigners.add(new Cosigner(c, repliedOn)));
    p.units.add(unit(leadUnit, true));
    coUnits.forEach(u -> p.units.add(unit(u, false)));
    p.repliedOn = repliedOn;
    p.replyGrade = grade;
    p.replyText = row.get(REPLY);
    p.checkedOn = repliedOn;
    p.status = rating == null ? ProposalStatus.REPLIED : ProposalStatus.CLOSED;
    if (rating != null) {
      p.ratingResult = rating;
      p.ratedOn = repliedOn;
      p.closedOn = repliedOn;
    }
    return p;
  }

  private static HandlingUnit unit(long id, boolean lead) {
    return new HandlingUnit(
        id, lead, UnitState.ACKNOWLEDGED, null, null, null, null, null, null, null, null, null);
  }

  private Long session(SheetRow row, Lookups lookups, List<CellError> errors) {
    String value = row.get(SESSION);
    Long byName = lookups.sessionNames.get(value);
    if (byName != null) {
      return byName;
    }
    List<Long> ofYear =
        value.matches("\\d{4}")
            ? lookups.sessionsOfYear.getOrDefault(Integer.parseInt(value), List.of())
            : List.of();
    if (ofYear.size() == 1) {
      return ofYear.get(0);
    }
    errors.add(
        error(
            row,
            SESSION,
            ofYear.isEmpty() ? "proposalImport.unknownSession" : "proposalImport.ambiguousSession",
            value));
    return null;
  }

  private static Integer number(SheetRow row, List<CellError> errors) {
    try {
      int number = Integer.parseInt(row.get(NUMBER));
      if (number >= 1 && number <= 99_999) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(error(row, NUMBER, "proposalImport.badNumber", row.get(NUMBER)));
    return null;
  }

  private Long member(SheetRow row, String name, String column, List<CellError> errors) {
    List<Long> found = members.withName(name, null);
    if (found.size() == 1) {
      return found.get(0);
    }
    errors.add(
        error(
            row,
            column,
            found.isEmpty() ? "proposalImport.unknownMember" : "proposalImport.ambiguousMember",
            name));
    return null;
  }

  private static Long unit(
      SheetRow row, String name, String column, Lookups lookups, List<CellError> errors) {
    List<Long> found = lookups.unitNames.getOrDefault(name, List.of());
    if (found.size() == 1) {
      return found.get(0);
    }
    errors.add(error(row, column, "proposalImport.unknownUnit", name));
    return null;
  }

  private static ReplyGrade grade(SheetRow row, List<CellError> errors) {
    String value = row.get(GRADE).replace("类", "").strip().toUpperCase(java.util.Locale.ROOT);
    for (ReplyGrade grade : ReplyGrade.values()) {
      if (grade.name().equals(value)) {
        return grade;
      }
    }
    errors.add(error(row, GRADE, "proposalImport.badGrade", row.get(GRADE)));
    return null;
  }

  private static LocalDate date(SheetRow row, List<CellError> errors) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(row.get(REPLIED_ON), format);
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    errors.add(error(row, REPLIED_ON, "proposalImport.badDate", row.get(REPLIED_ON)));
    return null;
  }

  private Rating rating(SheetRow row, List<CellError> errors) {
    String value = row.get(RATING);
    if (value.isEmpty()) {
      return null;
    }
    for (Rating rating : Rating.values()) {
      if (rating.name().equalsIgnoreCase(value)
          || moves.chinese("rating." + rating.name()).equals(value)) {
        return rating;
      }
    }
    errors.add(error(row, RATING, "proposalImport.badRating", value));
    return null;
  }

  private static void tooLong(SheetRow row, String column, int max, List<CellError> errors) {
    if (row.get(column).length() > max) {
      errors.add(error(row, column, "proposalImport.tooLong", String.valueOf(max)));
    }
  }

  private static List<String> names(String cell) {
    return java.util.Arrays.stream(cell.split("[、,，;；]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static CellError error(SheetRow row, String column, String key, String value) {
    return new CellError(row.rowNumber(), column, Texts.of(key, value));
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
