package org.lvzhi.activity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.organisation.Members;
import org.lvzhi.spreadsheet.CellError;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.lvzhi.spreadsheet.SheetColumn;
import org.lvzhi.spreadsheet.SheetRow;
import org.lvzhi.register.SheetImport;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a committee's existing attendance ledger (台账) in: one row per member per past activity,
 * present, excused or absent. All or nothing: any bad row refuses the file with every problem listed.
 * The activities themselves come first, through the activities register's own import.
 */
@Service
class AttendanceImport implements SheetImport {

  static final String ACTIVITY = "活动名称";
  static final String DATE = "活动日期";
  static final String NAME = "姓名";
  static final String MOBILE = "手机号码";
  static final String ATTENDANCE = "出席情况";
  static final List<SheetColumn> COLUMNS = List.of(new SheetColumn(ACTIVITY, true), new SheetColumn(DATE, true),
      new SheetColumn(NAME, true), new SheetColumn(MOBILE, false), new SheetColumn(ATTENDANCE, true));
  private static final Map<String, ParticipationState> STATES = Map.of("出席", ParticipationState.PRESENT,
      "请假", ParticipationState.EXCUSED, "缺席", ParticipationState.ABSENT, "PRESENT", ParticipationState.PRESENT,
      "EXCUSED", ParticipationState.EXCUSED, "ABSENT", ParticipationState.ABSENT);

  private record Planned(long activityId, long memberId, ParticipationState state) {}

  private final Members members;
  private final ParticipationStore participations;
  private final ActivityFacts activities;
  private final History history;
  private final JdbcClient jdbc;

  AttendanceImport(Members members, ParticipationStore participations, ActivityFacts activities, History history,
      JdbcClient jdbc) {
    this.members = members;
    this.participations = participations;
    this.activities = activities;
    this.history = history;
    this.jdbc = jdbc;
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
      ParticipationState state = STATES.get(row.get(ATTENDANCE));
      if (state == null) {
        errors.add(new CellError(row.rowNumber(), ATTENDANCE, "“" + row.get(ATTENDANCE) + "”应为出席、请假或缺席。"));
      }
      if (activity != null && member != null && !seen.add(activity + ":" + member)) {
        errors.add(new CellError(row.rowNumber(), NAME, "同一活动中“" + row.get(NAME) + "”出现了不止一次。"));
      }
      if (activity != null && member != null && state != null) {
        planned.add(new Planned(activity, member, state));
      }
    }
    if (rows.isEmpty()) {
      errors.add(new CellError(0, "", "文件中没有数据行。"));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    planned.forEach(this::write);
    planned.stream().map(Planned::activityId).distinct().forEach(activityId -> {
      for (Participation rest : participations.ofActivity(activityId)) {
        if (!rest.state().isFinal()) {
          ParticipationState before = rest.close();
          participations.save(rest);
          record(rest.id(), before, rest.state());
        }
      }
      activities.markClosed(activityId);
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
      throw new ImportRejectedException(new CellError(0, NAME, "该活动已有进行中的签到记录，请在活动页面结束活动后再导入。"));
    } else {
      long id = participations.insert(new Participation(null, row.activityId(), row.memberId(), null, row.state(),
          null, null, null, null, false, 0));
      record(id, null, row.state());
    }
  }

  private void record(long participationId, ParticipationState before, ParticipationState after) {
    history.record(Participations.RECORD_TYPE, participationId, "IMPORT",
        List.of(new Change("participation.state", before == null ? null : before.name(), after.name())));
  }

  private Long activity(SheetRow row, List<CellError> errors) {
    LocalDate day;
    try {
      day = LocalDate.parse(row.get(DATE).replace('/', '-'));
    } catch (DateTimeParseException e) {
      errors.add(new CellError(row.rowNumber(), DATE, "“" + row.get(DATE) + "”不是有效日期（如 2023-05-15）。"));
      return null;
    }
    List<Long> ids = jdbc.sql("select id from activity where title = :title and starts_at >= :day and starts_at < :next")
        .param("title", row.get(ACTIVITY)).param("day", day.atStartOfDay()).param("next", day.plusDays(1).atStartOfDay())
        .query(Long.class).list();
    if (ids.size() != 1) {
      errors.add(new CellError(row.rowNumber(), ACTIVITY, ids.isEmpty()
          ? "找不到" + day + "的活动“" + row.get(ACTIVITY) + "”，请先导入或登记该活动。"
          : day + "有多个名为“" + row.get(ACTIVITY) + "”的活动，无法区分。"));
      return null;
    }
    return ids.get(0);
  }

  private Long member(SheetRow row, List<CellError> errors) {
    List<Long> ids = members.withName(row.get(NAME), row.get(MOBILE));
    if (ids.size() != 1) {
      errors.add(new CellError(row.rowNumber(), ids.isEmpty() ? NAME : MOBILE, ids.isEmpty()
          ? "找不到委员“" + row.get(NAME) + "”" + (row.get(MOBILE).isEmpty() ? "" : "（" + row.get(MOBILE) + "）") + "。"
          : "有多位委员名为“" + row.get(NAME) + "”，请填写手机号码以区分。"));
      return null;
    }
    return ids.get(0);
  }
}
