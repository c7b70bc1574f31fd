package org.lvzhi.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.organisation.Units;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems and their rectification, for the modules that find them (shepherded projects, democratic
 * supervision): raise a problem on a source record, list a record's problems, count the open and
 * overdue ones, and put a panel of them on the record's page. The office and special committees
 * raise, assign, verify and reopen; the assigned unit acknowledges and resolves. Every move is
 * checked against who may make it, saved by {@link RectificationStore} over the version read,
 * recorded in history and published as an event ({@link ProblemAssigned} …) to which the notices of
 * {@link ProblemNotices} react after the commit.
 *
 * <p>It depends neither on the register engine nor on the record types: the register of problems
 * and other modules' registers put its panels on their pages.
 */
@Service
public class Rectifications {

  /** Where history keeps the moves: the register's table, so the problem's page shows them. */
  public static final String RECORD_TYPE = RectificationStore.TABLE;

  public static final String REGISTER = "rectifications";
  public static final String VIEW = "rectification:view";
  public static final String EDIT = "rectification:edit";
  public static final String HANDLE = "rectification:handle";
  public static final String VERIFY = "rectification:verify";
  static final String RAISE = "RECTIFICATION_RAISE";
  static final String ASSIGN = "RECTIFICATION_ASSIGN";
  static final String ACKNOWLEDGE = "RECTIFICATION_ACKNOWLEDGE";
  static final String RESOLVE = "RECTIFICATION_RESOLVE";
  static final String VERIFY_MOVE = "RECTIFICATION_VERIFY";
  static final String REOPEN = "RECTIFICATION_REOPEN";
  private static final Pattern LOCAL_PATH =
      Pattern.compile("/[A-Za-z0-9_\\-][A-Za-z0-9/_\\-]{0,198}");
  private static final Pattern SOURCE_PATH =
      Pattern.compile("/registry/([a-z][a-z0-9-]{0,59})/([0-9]{1,18})");
  private static final Pattern REGISTER_NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  private final RectificationStore store;
  private final SourcePanels panels;
  private final MessageSource messages;
  private final History history;
  private final Clock clock;
  private final Units units;
  private final ApplicationEventPublisher events;
  private final org.springframework.beans.factory.ObjectProvider<ProblemSourceAuthority>
      authorities;

  /** Looked up when used: the register engine shows this service's panels. */
  private final org.springframework.beans.factory.ObjectProvider<org.lvzhi.register.Registers>
      registers;

  Rectifications(
      RectificationStore store,
      SourcePanels panels,
      MessageSource messages,
      History history,
      Clock clock,
      Units units,
      ApplicationEventPublisher events,
      org.springframework.beans.factory.ObjectProvider<org.lvzhi.register.Registers> registers,
      org.springframework.beans.factory.ObjectProvider<ProblemSourceAuthority> authorities) {
    this.registers = registers;
    this.authorities = authorities;
    this.store = store;
    this.panels = panels;
    this.messages = messages;
    this.history = history;
    this.clock = clock;
    this.units = units;
    this.events = events;
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
  public long raise(
      String sourceType,
      long sourceId,
      String sourceLabel,
      String sourcePath,
      String title,
      String description) {
    return raise(sourceType, sourceId, sourceLabel, sourcePath, title, description, null);
  }

  /** Raises a problem found on {@code raisedOn} (today where null; never in the future). */
  @Transactional
  public long raise(
      String sourceType,
      long sourceId,
      String sourceLabel,
      String sourcePath,
      String title,
      String description,
      LocalDate raisedOn) {
    SourceType type = SourceType.parse(sourceType);
    LvzhiUser user = permittedOrGranted(EDIT, type, sourceId, ProblemSourceAuthority.Grant.RAISE);
    if (sourceLabel == null || sourceLabel.isBlank()) {
      throw new IllegalArgumentException("a problem's source needs a label");
    }
    if (sourcePath == null || !LOCAL_PATH.matcher(sourcePath).matches()) {
      throw new IllegalArgumentException(
          "a problem's source path must be a path on this site: " + sourcePath);
    }
    String label = sourceLabel.trim();
    Rectification.Source source =
        new Rectification.Source(
            type,
            sourceId,
            label.length() > Rectification.TITLE_LENGTH
                ? label.substring(0, Rectification.TITLE_LENGTH)
                : label,
            sourcePath);
    Rectification problem =
        Rectification.raise(source, title, description, user.username(), raisedOn, today());
    long id = store.insert(problem, false);
    history.record(
        RECORD_TYPE,
        id,
        RAISE,
        List.of(
            new Change("rectification.title", null, problem.title()),
            new Change(
                "rectification.sourceType",
                null,
                chinese("rectificationSource." + source.type().code())),
            new Change("rectification.source", null, source.label()),
            new Change("rectification.status", null, recordedStatus(problem.status()))));
    events.publishEvent(new ProblemRaised(id, type.code(), sourceId));
    return id;
  }

  /**
   * The source record's problems the current user may see, newest first (needs {@code
   * rectification:view}).
   */
  public List<ProblemSummary> of(String sourceType, long sourceId) {
    SourceType type = SourceType.parse(sourceType);
    LvzhiUser user = permittedOrGranted(VIEW, type, sourceId, ProblemSourceAuthority.Grant.VIEW);
    DataScope scope = user.can(VIEW) ? user.scope() : new DataScope.Everything();
    List<Rectification> problems =
        store.ofSource(type, sourceId, RectificationStore.Visible.to(scope));
    Map<Long, String> names =
        unitNames(problems.stream().map(Rectification::unitId).filter(Objects::nonNull).toList());
    LocalDate today = today();
    return problems.stream()
        .map(
            p ->
                new ProblemSummary(
                    p.id(),
                    p.title(),
                    p.status(),
                    p.unitId(),
                    p.unitId() == null ? null : names.get(p.unitId()),
                    p.dueOn(),
                    p.overdueOn(today),
                    p.raisedOn(),
                    path(p.id())))
        .toList();
  }

  /**
   * How many of the source record's problems are overdue today, whoever asks (for flags and
   * figures).
   */
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
    return panels.panel(this, SourceType.parse(sourceType));
  }

  /** A problem the current user may see (404 otherwise). */
  @Transactional(readOnly = true)
  public Rectification get(long id) {
    return visible(VIEW, ProblemSourceAuthority.Grant.VIEW, id);
  }

  /** Assigns (or assigns again) the problem to a unit with a due date; the unit is told. */
  @Transactional
  public Rectification assign(long id, Long unitId, LocalDate dueOn) {
    return assign(id, unitId, dueOn, null);
  }

  /** Assigns on {@code on} (today where null): not before raised, never in the future. */
  @Transactional
  public Rectification assign(long id, Long unitId, LocalDate dueOn, LocalDate on) {
    Rectification problem = sourceWritable(visible(EDIT, ProblemSourceAuthority.Grant.ASSIGN, id));
    Long unitBefore = problem.unitId();
    LocalDate dueBefore = problem.dueOn();
    RectificationStatus before = problem.assign(unitId, dueOn, on, today());
    Map<Long, String> names =
        unitNames(unitBefore == null ? List.of(unitId) : List.of(unitBefore, unitId));
    if (!names.containsKey(unitId)) {
      throw new InvalidInputException(
          Map.of("unitId", Texts.of("rectification.unknownUnit", unitId)));
    }
    List<Change> changes = new ArrayList<>(List.of(statusChange(before, problem)));
    changes.addAll(
        History.diff(
            List.of("rectification.unit", "rectification.dueOn"),
            values(
                "rectification.unit",
                unitBefore == null ? null : names.get(unitBefore),
                "rectification.dueOn",
                dueBefore),
            values(
                "rectification.unit", names.get(unitId), "rectification.dueOn", problem.dueOn())));
    Rectification saved = save(problem, ASSIGN, changes);
    events.publishEvent(new ProblemAssigned(id, unitId, saved.dueOn()));
    return saved;
  }

  /** The assigned unit acknowledges the problem and starts work. */
  @Transactional
  public Rectification acknowledge(long id) {
    return acknowledge(id, null);
  }

  /** Acknowledged on {@code on} (today where null). */
  @Transactional
  public Rectification acknowledge(long id, LocalDate on) {
    Rectification problem = visible(HANDLE, id);
    RectificationStatus before = problem.acknowledge(on, today());
    Rectification saved = save(problem, ACKNOWLEDGE, List.of(statusChange(before, problem)));
    events.publishEvent(new ProblemAcknowledged(id, saved.unitId()));
    return saved;
  }

  /**
   * The assigned unit reports the problem resolved, with the measures taken; the office is told.
   */
  @Transactional
  public Rectification resolve(long id, String measures) {
    return resolve(id, measures, null);
  }

  /** Resolved on {@code on} (today where null). */
  @Transactional
  public Rectification resolve(long id, String measures, LocalDate on) {
    Rectification problem = visible(HANDLE, id);
    String measuresBefore = problem.measures();
    RectificationStatus before = problem.resolve(measures, on, today());
    List<Change> changes = new ArrayList<>(List.of(statusChange(before, problem)));
    changes.addAll(
        History.diff(
            List.of("rectification.measures"),
            values("rectification.measures", measuresBefore),
            values("rectification.measures", problem.measures())));
    Rectification saved = save(problem, RESOLVE, changes);
    events.publishEvent(new ProblemResolved(id, saved.unitId()));
    return saved;
  }

  /** The office verifies the result and closes the problem; the unit is told. */
  @Transactional
  public Rectification verify(long id) {
    return verify(id, null);
  }

  /** Verified on {@code on} (today where null). */
  @Transactional
  public Rectification verify(long id, LocalDate on) {
    Rectification problem = visible(VERIFY, ProblemSourceAuthority.Grant.VERIFY, id);
    RectificationStatus before = problem.verify(on, today());
    Rectification saved = save(problem, VERIFY_MOVE, List.of(statusChange(before, problem)));
    events.publishEvent(new ProblemVerified(id, saved.unitId()));
    return saved;
  }

  /** The office sends a resolved problem back, saying why; the unit is told. */
  @Transactional
  public Rectification reopen(long id, String reason) {
    return reopen(id, reason, null);
  }

  /** Sent back on {@code on} (today where null). */
  @Transactional
  public Rectification reopen(long id, String reason, LocalDate on) {
    Rectification problem = sourceWritable(visible(EDIT, ProblemSourceAuthority.Grant.REOPEN, id));
    RectificationStatus before = problem.reopen(reason, on, today());
    Rectification saved =
        save(
            problem,
            REOPEN,
            List.of(
                statusChange(before, problem),
                new Change("rectification.reopenReason", null, problem.reopenReason())));
    events.publishEvent(new ProblemReopened(id, saved.unitId()));
    return saved;
  }

  /**
   * Which moves the user may make on the problem now: the role's permission and the problem's
   * status.
   */
  public record Moves(
      boolean assign, boolean acknowledge, boolean resolve, boolean verify, boolean reopen) {

    public static Moves of(LvzhiUser user, Rectification problem) {
      boolean staff = user.can(EDIT);
      boolean unit = user.can(HANDLE);
      return new Moves(
          staff && problem.mayAssign(),
          unit && problem.mayAcknowledge(),
          unit && problem.mayResolve(),
          user.can(VERIFY) && problem.awaitsVerification(),
          staff && problem.awaitsVerification());
    }

    public boolean any() {
      return assign || acknowledge || resolve || verify || reopen;
    }
  }

  /**
   * As {@link Moves#of}, and also what the problem's source grants the user ({@link
   * ProblemSourceAuthority}): a squad's verify and reopen.
   */
  public Moves movesOf(LvzhiUser user, Rectification problem) {
    Moves byRole = Moves.of(user, problem);
    boolean verify =
        byRole.verify()
            || problem.awaitsVerification()
                && granted(user, problem, ProblemSourceAuthority.Grant.VERIFY);
    boolean reopen =
        byRole.reopen()
            || problem.awaitsVerification()
                && granted(user, problem, ProblemSourceAuthority.Grant.REOPEN);
    return new Moves(byRole.assign(), byRole.acknowledge(), byRole.resolve(), verify, reopen);
  }

  /** Where a problem stands, for a source module's figures. */
  public record ProblemState(RectificationStatus status, boolean overdue) {}

  /**
   * Where these problems of one committee stand today, whoever asks (for figures); an id of another
   * committee's problem is left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, ProblemState> statesOf(long committeeId, Collection<Long> problemIds) {
    return store.states(committeeId, problemIds, today());
  }

  /** Units to assign to, by name. */
  public Map<Long, String> assignableUnits() {
    return units.all();
  }

  /** Names of units, by id; an id that names no unit is left out. */
  public Map<Long, String> unitNames(Collection<Long> unitIds) {
    return units.names(unitIds);
  }

  /** The moves made on the problem, oldest first. */
  public List<HistoryEntry> steps(long id) {
    List<HistoryEntry> steps = new ArrayList<>(history.of(RECORD_TYPE, id));
    steps.removeIf(entry -> !entry.action().startsWith("RECTIFICATION_"));
    Collections.reverse(steps);
    return steps;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public static boolean isRegisterName(String name) {
    return name != null && REGISTER_NAME.matcher(name).matches();
  }

  public static String path(long id) {
    return "/registry/" + REGISTER + "/" + id;
  }

  private Rectification visible(String permission, long id) {
    LvzhiUser user = CurrentUser.requirePermission(permission);
    return store
        .find(id, RectificationStore.Visible.to(user.scope()))
        .orElseThrow(() -> new RecordNotFoundException(REGISTER, id));
  }

  /**
   * As {@link #visible(String, long)}; where the user lacks the permission, the problem's source
   * may grant the move (403 otherwise, as before: nothing is learnt of the problem).
   */
  private Rectification visible(String permission, ProblemSourceAuthority.Grant grant, long id) {
    LvzhiUser user = CurrentUser.require();
    if (user.can(permission)) {
      return visible(permission, id);
    }
    return store
        .find(id, RectificationStore.Visible.to(new DataScope.Everything()))
        .filter(problem -> granted(user, problem, grant))
        .orElseThrow(
            () ->
                new org.springframework.security.access.AccessDeniedException(
                    "missing permission " + permission));
  }

  /** The user, where the permission is held or the source record's module grants the move. */
  private LvzhiUser permittedOrGranted(
      String permission, SourceType type, long sourceId, ProblemSourceAuthority.Grant grant) {
    LvzhiUser user = CurrentUser.require();
    if (user.can(permission) || granted(user, type, sourceId, grant)) {
      return user;
    }
    return CurrentUser.requirePermission(permission);
  }

  private boolean granted(
      LvzhiUser user, Rectification problem, ProblemSourceAuthority.Grant grant) {
    return granted(user, problem.source().type(), problem.source().id(), grant);
  }

  private boolean granted(
      LvzhiUser user, SourceType type, long sourceId, ProblemSourceAuthority.Grant grant) {
    return authorities.stream()
        .anyMatch(a -> a.source() == type && a.grants(user, sourceId, grant));
  }

  /**
   * Refuses (403) where the problem's source record is one the user may see but not change (an
   * investment project, for a clerk whose committee does not keep them): who assigns and sends back
   * a problem is who keeps its source.
   */
  private Rectification sourceWritable(Rectification problem) {
    java.util.regex.Matcher path = SOURCE_PATH.matcher(problem.source().path());
    if (path.matches()) {
      registers.getObject().requireWritable(path.group(1), Long.parseLong(path.group(2)));
    }
    return problem;
  }

  private Rectification save(Rectification problem, String move, List<Change> changes) {
    store.save(problem, problem.overdueOn(today()));
    history.record(RECORD_TYPE, problem.id(), move, changes);
    return store
        .find(problem.id(), RectificationStore.Visible.to(new DataScope.Everything()))
        .orElseThrow();
  }

  private Change statusChange(RectificationStatus before, Rectification problem) {
    return new Change(
        "rectification.status", recordedStatus(before), recordedStatus(problem.status()));
  }

  /** A message in Chinese, the committee's working language: what history keeps (ADR 3). */
  private String chinese(String key, Object... args) {
    return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
  }

  private String recordedStatus(RectificationStatus status) {
    return status == null ? null : chinese("rectificationStatus." + status.name());
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
