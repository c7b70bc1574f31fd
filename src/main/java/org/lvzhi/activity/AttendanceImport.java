package org.lvzhi.activity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.organisation.Members;
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
 * Brings a committee's existing attendance ledger (台账) in: one row per member per past activity,
 * present, excused or absent. All or nothing: any bad row refuses the file with every problem
 * listed. The activities themselves come first, through the activities register's own import. Each
 * activity in the file then closes the one way activities close ({@link
 * Participations#close(Activity)}).
 */
@Service
class AttendanceImport implements SheetImport {

  static final String ACTIVITY = "活动名称";
  static final String DATE = "活动日期";
  static final String NAME = "姓名";
  static final String MOBILE = "手机号码";
  static final String ATTENDANCE = "出席情况";
  static final List<SheetColumn> COLUMNS =
      List.of(
          new SheetColumn(ACTIVITY, true),
          new SheetColumn(DATE, true),
          new SheetColumn(NAME, true),
          new SheetColumn(MOBILE, false),
          new SheetColumn(ATTENDANCE, true));
  private static final Map<String, ParticipationState> STATES =
      Map.of(
          "出席",
          ParticipationState.PRESENT,
          "请假",
          ParticipationState.EXCUSED,
          "缺席",
          ParticipationState.ABSENT,
          "PRESENT",
          ParticipationState.PRESENT,
          "EXCUSED",
          ParticipationState.EXCUSED,
          "ABSENT",
          ParticipationState.ABSENT);

  private record Planned(long activityId, long memberId, ParticipationState state) {}

  private final Members members;
  private final ParticipationStore participations;
  private final ActivityStore activities;
  private final Participations moves;

  AttendanceImport(
      Members members,
      ParticipationStore participations,
      ActivityStore activities,
      Participations moves) {
    this.members = members;
    this.participations = participations;
    this.activities = activities;
    this.moves = moves;
  }

  @Override
  public String name() {
    return "attendance";
  }

  @Override
  public String permission() {
    return "activity:import";
  }

  @Override
  public String titleKey() {
    return "attendanceImport.title";
  }

  @Override
  public String helpKey() {
    return "attendanceImport.help";
  }

  @Override
  public String backLabelKey() {
    return "registry.activities";
  }

  @Override
  public String backHref() {
    return "/registry/activities";
  }

  @Override
  public String path() {
    return "/activities/attendance-import";
  }

  @Override
  public List<SheetColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<List<String>> exampleRows() {
    return List.of(List.of("赴浙江大学专题培训", "2023-05-15", "张伟", "13800000000", "出席"));
  }

  /** Writes one attendance record per row; returns how many were written. */
  @Override
  @Transactional
  public int importRows(List<SheetRow> rows) {
    CurrentUser.requirePermission(permission());
    List<CellError> errors = new ArrayList<>();
    List<Planned> planned = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SheetRow row : rows) {
      Long activity = activity(row, errors);
      Long member = member(row, errors);
      ParticipationState state =
          STATES.get(row.get(ATTENDANCE).strip().toUpperCase(java.util.Locale.ROOT));
      if (state == null) {
        errors.add(
            new CellError(
                row.rowNumber(),
                ATTENDANCE,
                Texts.of("attendanceImport.badState", row.get(ATTENDANCE))));
      }
      if (activity != null && member != null && !seen.add(activity + ":" + member)) {
        errors.add(
            new CellError(
                row.rowNumber(), NAME, Texts.of("attendanceImport.duplicate", row.get(NAME))));
      }
      if (activity != null && member != null && state != null) {
        planned.add(new Planned(activity, member, state));
      }
    }
    if (rows.isEmpty()) {
      errors.add(new CellError(0, "", Texts.of("attendanceImport.noRows")));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    planned.forEach(this::write);
    planned.stream()
        .map(Planned::activityId)
        .distinct()
        .forEach(
            activityId -> {
              Activity activity = activities.find(activityId).orElseThrow();
              if (!activity.closed()) {
                moves.close(activity);
              }
            });
    return planned.size();
  }

  private void write(Planned row) {
    var existing = participations.ofMember(row.activityId(), row.memberId());
    if (existing.isPresent() && existing.get().state().isFinal()) {
      Participation participation = existing.get();
      ParticipationState before = participation.correct(row.state());
      participations.save(participation);
      record(participation.id(), before, row.state());
    } else if (existing.isPresent()) {
      throw new ImportRejectedException(
          new CellError(0, NAME, Texts.of("attendanceImport.inProgress")));
    } else {
      long id =
          participations.insert(
              new Participation(
                  null,
                  row.activityId(),
                  row.memberId(),
                  null,
                  row.state(),
                  null,
                  null,
                  null,
                  null,
                  false,
                  0));
      record(id, null, row.state());
    }
  }

  private void record(long participationId, ParticipationState before, ParticipationState after) {
    moves.recordMove(participationId, "IMPORT", before, after);
  }

  private Long activity(SheetRow row, List<CellError> errors) {
    LocalDate day;
    try {
      day = LocalDate.parse(row.get(DATE).replace('/', '-'));
    } catch (DateTimeParseException e) {
      errors.add(
          new CellError(
              row.rowNumber(), DATE, Texts.of("attendanceImport.badDate", row.get(DATE))));
      return null;
    }
    List<Long> ids = activities.titled(row.get(ACTIVITY), day);
    if (ids.size() != 1) {
      errors.add(
          new CellError(
              row.rowNumber(),
              ACTIVITY,
              ids.isEmpty()
                  ? Texts.of("attendanceImport.noActivity", day.toString(), row.get(ACTIVITY))
                  : Texts.of(
                      "attendanceImport.ambiguousActivity", day.toString(), row.get(ACTIVITY))));
      return null;
    }
    return ids.get(0);
  }

  private Long member(SheetRow row, List<CellError> errors) {
    List<Long> ids = members.withName(row.get(NAME), row.get(MOBILE));
    if (ids.size() != 1) {
      errors.add(
          new CellError(
              row.rowNumber(),
              ids.isEmpty() ? NAME : MOBILE,
              ids.isEmpty()
                  ? (row.get(MOBILE).isEmpty()
                      ? Texts.of("attendanceImport.noMember", row.get(NAME))
                      : Texts.of(
                          "attendanceImport.noMemberWithMobile", row.get(NAME), row.get(MOBILE)))
                  : Texts.of("attendanceImport.ambiguousMember", row.get(NAME))));
      return null;
    }
    return ids.get(0);
  }
}
