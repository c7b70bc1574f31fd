package org.lvzhi.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems and their rectification, for the modules that find them (shepherded projects,
 * democratic supervision): raise a problem on a source record, list a record's problems, count the
 * open and overdue ones, and put a panel of them on the record's page. The office and special
 * committees raise, assign, verify and reopen; the assigned unit acknowledges and resolves. Every
 * move is checked against who may make it and recorded in history.
 */
@Service
public class Rectifications {

  /** Where history keeps the moves: the register's table, so the problem's page shows them. */
  static final String RECORD_TYPE = RectificationStore.TABLE;
  static final String REGISTER = "rectifications";
  static final String VIEW = "rectification:view";
  static final String EDIT = "rectification:edit";
  static final String HANDLE = "rectification:handle";
  static final String VERIFY = "rectification:verify";
  static final String RAISE = "RECTIFICATION_RAISE";
  static final String ASSIGN = "RECTIFICATION_ASSIGN";
  static final String ACKNOWLEDGE = "RECTIFICATION_ACKNOWLEDGE";
  static final String RESOLVE = "RECTIFICATION_RESOLVE";
  static final String VERIFY_MOVE = "RECTIFICATION_VERIFY";
  static final String REOPEN = "RECTIFICATION_REOPEN";
  private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9_\\-][A-Za-z0-9/_\\-]{0,198}");
  private static final Pattern REGISTER_NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  private final RectificationStore store;
  private final RectificationViews views;
  private final History history;
  private final Clock clock;
  private final ObjectProvider<Registers> registers;
  private final ObjectProvider<RecordType> types;
  private final org.lvzhi.notification.Notifications notifications;
  private final org.lvzhi.account.Accounts accounts;

  Rectifications(RectificationStore store, RectificationViews views, History history, Clock clock,
      ObjectProvider<Registers> registers, ObjectProvider<RecordType> types,
      org.lvzhi.notification.Notifications notifications, org.lvzhi.account.Accounts accounts) {
    this.notifications = notifications;
    this.accounts = accounts;
    this.store = store;
    this.views = views;
    this.history = history;
    this.clock = clock;
    this.registers = registers;
    this.types = types;
  }

  /**
   * Raises a problem found on a source record (needs {@code rectification:edit}).
   *
   * @param sourceType {@code "project"} or {@code "supervision"}, in any case
   * @param sourceLabel how lists name the source record (its title)
   * @param sourcePath the source record's page, a path on this site ({@code /registry/projects/12})
   * @return the new problem's id
   */
  @Transactional
  public long raise(String sourceType, long sourceId, String sourceLabel, String sourcePath, String title,
      String description) {
    LvzhiUser user = CurrentUser.requirePermission(EDIT);
    SourceType type = SourceType.parse(sourceType);
    if (sourceLabel == null || sourceLabel.isBlank()) {
      throw new IllegalArgumentException("a problem's source needs a label");
    }
    if (sourcePath == null || !LOCAL_PATH.matcher(sourcePath).matches()) {
      throw new IllegalArgumentException("a problem's source path must be a path on this site: " + sourcePath);
    }
    String label = sourceLabel.trim();
    Rectification.Source source = new Rectification.Source(type, sourceId,
        label.length() > Rectification.TITLE_LENGTH ? label.substring(0, Rectification.TITLE_LENGTH) : label,
        sourcePath);
    Rectification problem = Rectification.raise(source, title, description, user.username(), today());
    long id = store.insert(problem, false);
    history.record(RECORD_TYPE, id, RAISE, List.of(
        new Change("rectification.title", null, problem.title()),
        new Change("rectification.source", null, views.recordedSource(source)),
        new Change("rectification.status", null, views.recordedStatus(problem.status()))));
    return id;
  }

  /** The source record's problems the current user may see, newest first (needs {@code rectification:view}). */
  public List<ProblemSummary> of(String sourceType, long sourceId) {
    LvzhiUser user = CurrentUser.requirePermission(VIEW);
    List<Rectification> problems = store.ofSource(SourceType.parse(sourceType), sourceId,
        RectificationStore.Visible.to(user.scope()));
    Map<Long, String> units = unitNames(problems.stream().map(Rectification::unitId).filter(Objects::nonNull).toList());
    LocalDate today = today();
    return problems.stream().map(p -> new ProblemSummary(p.id(), p.title(), p.status(), p.unitId(),
        p.unitId() == null ? null : units.get(p.unitId()), p.dueOn(), p.overdueOn(today), p.raisedOn(),
        path(p.id()))).toList();
  }

  /** How many of the source record's problems are overdue today, whoever asks (for flags and figures). */
  @Transactional(readOnly = true)
  public long overdueCount(String sourceType, long sourceId) {
    return store.count(SourceType.parse(sourceType), sourceId, true, today());
  }

  /** How many of the source record's problems are not yet verified, whoever asks. */
  @Transactional(readOnly = true)
  public long openCount(String sourceType, long sourceId) {
    return store.count(SourceType.parse(sourceType), sourceId, false, today());
  }

  /**
   * A panel for the pages of records of a source type: their problems (status, unit, due date,
   * overdue) and, for those who may, a form to raise one. Shown to users who may see problems.
   */
  public RecordPanel panel(String sourceType) {
    return new SourcePanel(this, views, SourceType.parse(sourceType));
  }

  /**
   * Raises a problem on a record of a register the current user may see ({@code /registry/{sourceRegister}/{sourceId}}),
   * named by that record's title: what the panel's form and the API do.
   */
  @Transactional
  long raiseOn(String sourceType, String sourceRegister, Long sourceId, String title, String description) {
    CurrentUser.requirePermission(EDIT);
    Map<String, String> problems = new LinkedHashMap<>();
    if (!SourceType.known(sourceType)) {
      problems.put("sourceType", views.chinese("rectification.unknownSourceType", sourceType));
    }
    if (sourceId == null) {
      problems.put("sourceId", views.chinese("rectification.sourceMissing"));
    }
    RecordType register = sourceRegister == null || !REGISTER_NAME.matcher(sourceRegister).matches()
        || REGISTER.equals(sourceRegister) ? null
        : types.orderedStream().filter(t -> t.name().equals(sourceRegister)).findFirst().orElse(null);
    if (register == null) {
      problems.put("sourceRegister", views.chinese("rectification.unknownRegister", sourceRegister));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, Object> record = registers.getObject().read(sourceRegister, sourceId);
    Object name = record.get(register.fields().get(0).name());
    String label = name == null || name.toString().isBlank() ? "#" + sourceId : name.toString();
    return raise(sourceType, sourceId, label, "/registry/" + sourceRegister + "/" + sourceId, title, description);
  }

  /** A problem the current user may see (404 otherwise). */
  @Transactional(readOnly = true)
  Rectification get(long id) {
    return visible(VIEW, id);
  }

  @Transactional
  Rectification assign(long id, Long unitId, LocalDate dueOn) {
    Rectification problem = visible(EDIT, id);
    Long unitBefore = problem.unitId();
    LocalDate dueBefore = problem.dueOn();
    RectificationStatus before = problem.assign(unitId, dueOn, today());
    Map<Long, String> units = unitNames(unitBefore == null ? List.of(unitId) : List.of(unitBefore, unitId));
    if (!units.containsKey(unitId)) {
      throw new InvalidInputException(Map.of("unitId", views.chinese("rectification.unknownUnit", unitId)));
    }
    List<Change> changes = new ArrayList<>(List.of(statusChange(before, problem)));
    changes.addAll(History.diff(List.of("rectification.unit", "rectification.dueOn"),
        values("rectification.unit", unitBefore == null ? null : units.get(unitBefore), "rectification.dueOn", dueBefore),
        values("rectification.unit", units.get(unitId), "rectification.dueOn", problem.dueOn())));
    Rectification saved = save(problem, ASSIGN, changes);
    notifications.notifyAccounts(accounts.ofUnit(unitId), "整改交办：" + problem.title(),
        "请于" + problem.dueOn() + "前办理并反馈整改措施。", "/registry/" + REGISTER + "/" + id);
    return saved;
  }

  @Transactional
  Rectification acknowledge(long id) {
    Rectification problem = visible(HANDLE, id);
    RectificationStatus before = problem.acknowledge(today());
    return save(problem, ACKNOWLEDGE, List.of(statusChange(before, problem)));
  }

  @Transactional
  Rectification resolve(long id, String measures) {
    Rectification problem = visible(HANDLE, id);
    String measuresBefore = problem.measures();
    RectificationStatus before = problem.resolve(measures, today());
    List<Change> changes = new ArrayList<>(List.of(statusChange(before, problem)));
    changes.addAll(History.diff(List.of("rectification.measures"), values("rectification.measures", measuresBefore),
        values("rectification.measures", problem.measures())));
    return save(problem, RESOLVE, changes);
  }

  @Transactional
  Rectification verify(long id) {
    Rectification problem = visible(VERIFY, id);
    RectificationStatus before = problem.verify(today());
    return save(problem, VERIFY_MOVE, List.of(statusChange(before, problem)));
  }

  @Transactional
  Rectification reopen(long id, String reason) {
    Rectification problem = visible(EDIT, id);
    RectificationStatus before = problem.reopen(reason, today());
    return save(problem, REOPEN, List.of(statusChange(before, problem),
        new Change("rectification.reopenReason", null, problem.reopenReason())));
  }

  /** Which moves the user may make on the problem now: the role's permission and the problem's status. */
  record Moves(boolean assign, boolean acknowledge, boolean resolve, boolean verify, boolean reopen) {

    static Moves of(LvzhiUser user, Rectification problem) {
      boolean staff = user.can(EDIT);
      boolean unit = user.can(HANDLE);
      return new Moves(staff && problem.mayAssign(), unit && problem.mayAcknowledge(), unit && problem.mayResolve(),
          user.can(VERIFY) && problem.awaitsVerification(), staff && problem.awaitsVerification());
    }

    boolean any() {
      return assign || acknowledge || resolve || verify || reopen;
    }
  }

  /** Units to assign to, by name: those the user may see in the units register. */
  Map<Long, String> assignableUnits() {
    Map<Long, String> units = new LinkedHashMap<>();
    Registers all = registers.getObject();
    for (int page = 1; ; page++) {
      var result = all.search("units", Map.of("sort", "name", "dir", "asc", "size", "200", "page",
          String.valueOf(page)));
      result.rows().forEach(row -> units.put((Long) row.get("id"), String.valueOf(row.get("name"))));
      if (!result.hasNext()) {
        return units;
      }
    }
  }

  /**
   * Names of units the user may see; a unit they may not see is left out. Outside a transaction of
   * this class except where a missing unit refuses the whole change, since a refused read marks the
   * surrounding transaction for rollback.
   */
  Map<Long, String> unitNames(Collection<Long> unitIds) {
    Map<Long, String> names = new HashMap<>();
    for (Long unitId : new LinkedHashSet<>(unitIds)) {
      if (unitId == null) {
        continue;
      }
      try {
        names.put(unitId, String.valueOf(registers.getObject().read("units", unitId).get("name")));
      } catch (RecordNotFoundException | AccessDeniedException e) {
        // not there, or not for this user: shown without a name
      }
    }
    return names;
  }

  /** The moves made on the problem, oldest first. */
  List<HistoryEntry> steps(long id) {
    List<HistoryEntry> steps = new ArrayList<>(history.of(RECORD_TYPE, id));
    steps.removeIf(entry -> !entry.action().startsWith("RECTIFICATION_"));
    Collections.reverse(steps);
    return steps;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  static boolean isRegisterName(String name) {
    return name != null && REGISTER_NAME.matcher(name).matches();
  }

  static String path(long id) {
    return "/registry/" + REGISTER + "/" + id;
  }

  private Rectification visible(String permission, long id) {
    LvzhiUser user = CurrentUser.requirePermission(permission);
    return store.find(id, RectificationStore.Visible.to(user.scope()))
        .orElseThrow(() -> new RecordNotFoundException(REGISTER, id));
  }

  private Rectification save(Rectification problem, String move, List<Change> changes) {
    store.save(problem, problem.overdueOn(today()));
    history.record(RECORD_TYPE, problem.id(), move, changes);
    return store.find(problem.id(), RectificationStore.Visible.to(new DataScope.Everything()))
        .orElseThrow();
  }

  private Change statusChange(RectificationStatus before, Rectification problem) {
    return new Change("rectification.status", views.recordedStatus(before), views.recordedStatus(problem.status()));
  }

  private static Map<String, String> values(Object... keysAndValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      values.put((String) keysAndValues[i], value == null ? null : value.toString());
    }
    return values;
  }
}
