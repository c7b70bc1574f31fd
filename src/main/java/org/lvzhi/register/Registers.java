package org.lvzhi.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.shared.PageResult;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of every register: list, read, create, change, delete, act, each checked against
 * the current user's permissions and data scope, validated as a whole, and recorded in history.
 */
@Service
public class Registers {

  /** A record created, and messages to show its creator once. */
  public record Created(long id, List<String> notices) {}

  private final RecordTypes types;
  private final RecordStore store;
  private final FieldValues values;
  private final References references;
  private final History history;
  private final MessageSource messages;

  Registers(
      RecordTypes types,
      RecordStore store,
      FieldValues values,
      References references,
      History history,
      MessageSource messages) {
    this.types = types;
    this.store = store;
    this.values = values;
    this.references = references;
    this.history = history;
    this.messages = messages;
  }

  RecordType type(String name) {
    return types.get(name);
  }

  @Transactional(readOnly = true)
  PageResult<RecordStore.Row> list(RecordType type, RecordStore.Query query) {
    LvzhiUser user = CurrentUser.requirePermission(type.permission("view"));
    return store.page(type, type.restrictionFor(user), query);
  }

  /**
   * Every record the query matches; the caller consumes and closes it inside its own transaction.
   */
  @Transactional(
      readOnly = true,
      propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  java.util.stream.Stream<RecordStore.Row> stream(RecordType type, RecordStore.Query query) {
    LvzhiUser user = CurrentUser.requirePermission(type.permission("export"));
    return store.stream(type, type.restrictionFor(user), query);
  }

  @Transactional(readOnly = true)
  RecordStore.Row get(RecordType type, long id) {
    LvzhiUser user = CurrentUser.requirePermission(type.permission("view"));
    return visible(type, user, id);
  }

  private RecordStore.Row visible(RecordType type, LvzhiUser user, long id) {
    return store
        .find(type, type.restrictionFor(user), id)
        .orElseThrow(() -> new RecordNotFoundException(type.name, id));
  }

  /**
   * Refuses unless the current user may see record {@code id} of the named type: 403 without its
   * view permission, 404 where it does not exist or lies outside the user's data scope. Loads
   * nothing of the record.
   */
  @Transactional(readOnly = true)
  public void requireVisible(String typeName, long id) {
    RecordType type = types.get(typeName);
    LvzhiUser user = CurrentUser.requirePermission(type.permission("view"));
    if (!store.exists(type, type.restrictionFor(user), id)) {
      throw new RecordNotFoundException(type.name, id);
    }
  }

  /**
   * Refuses unless the current user may change record {@code id} of the named type: 404 where it
   * does not exist or lies outside the user's data scope, 403 where it is visible but the user
   * lacks its edit permission (raising a problem on it, say). Loads nothing of the record.
   */
  @Transactional(readOnly = true)
  public void requireWritable(String typeName, long id) {
    RecordType type = types.get(typeName);
    requireVisible(typeName, id);
    CurrentUser.requirePermission(type.permission("edit"));
  }

  /**
   * How many records of the named type the current user may see meet {@code condition}, an SQL
   * condition on the type's row {@code t} declared in code (projects with overdue milestones, for
   * the home page); 0 without the type's view permission.
   */
  @Transactional(readOnly = true)
  public long countVisible(String typeName, String condition, Map<String, ?> parameters) {
    RecordType type = types.get(typeName);
    return CurrentUser.get()
        .filter(user -> user.can(type.permission("view")))
        .map(user -> store.count(type, type.restrictionFor(user), condition, parameters))
        .orElse(0L);
  }

  /**
   * Whether the current user may see record {@code id} of the named type (its view permission and
   * data scope).
   */
  @Transactional(readOnly = true)
  public boolean isVisible(String typeName, long id) {
    RecordType type = types.get(typeName);
    return CurrentUser.get()
        .filter(user -> user.can(type.permission("view")))
        .map(user -> store.exists(type, type.restrictionFor(user), id))
        .orElse(false);
  }

  /**
   * The ids of the records of the named type that the current user may see and a list with these
   * parameters would show ({@code q}, {@code f_<field>}, {@code f_<date field>.from|to}, sort, dir,
   * page, size), in its order: a module loads its own typed aggregates for them.
   */
  @Transactional(readOnly = true)
  public PageResult<Long> matching(String typeName, Map<String, String> parameters) {
    Map<String, String[]> asRequest = new HashMap<>();
    parameters.forEach((name, value) -> asRequest.put(name, new String[] {value}));
    return list(types.get(typeName), ListRequest.from(asRequest)).map(RecordStore.Row::id);
  }

  /** The names of records of the named type as references show them (its title field), by id. */
  @Transactional(readOnly = true)
  public Map<Long, String> titles(String typeName, java.util.Collection<Long> ids) {
    return references.titles(types.get(typeName), new HashSet<>(ids));
  }

  /**
   * Creates a record of the named type from field values as people give them (ids or names, codes
   * or labels).
   */
  @Transactional
  public Created create(String typeName, Map<String, List<String>> input) {
    return create(types.get(typeName), input);
  }

  @Transactional
  Created create(RecordType type, Map<String, List<String>> input) {
    LvzhiUser user = CurrentUser.requirePermission(type.permission("edit"));
    if (!type.creatable) {
      throw new RecordConflictException(values.message("register.notCreatable"));
    }
    Map<String, Object> parsed = validated(type, input, null, null);
    RecordValues checked = new RecordValues(parsed);
    long id =
        type.writer != null
            ? type.writer.create(checked)
            : store.insert(type, parsed, type.hooks.extraColumnsOnCreate(checked));
    requireWithinScope(type, user, id);
    history.record(
        type.table,
        id,
        History.CREATE,
        History.diff(labelKeys(type), Map.of(), recorded(type, parsed)));
    return new Created(id, type.hooks.afterCreate(id, checked));
  }

  @Transactional
  void update(RecordType type, long id, int version, Map<String, List<String>> input) {
    LvzhiUser user = CurrentUser.requirePermission(type.permission("edit"));
    RecordStore.Row current = visible(type, user, id);
    Map<String, List<String>> merged = new HashMap<>(input);
    for (Field field : type.fields) {
      if (field.fixedAfterCreate) {
        merged.put(field.name, FieldValues.raw(field, current.values().get(field.name)));
      }
    }
    Map<String, Object> parsed = validated(type, merged, id, current.values());
    if (current.version() != version) {
      throw RecordConflictException.staleEdit();
    }
    if (type.writer != null) {
      type.writer.update(id, version, new RecordValues(parsed));
    } else if (!store.update(type, id, version, parsed)) {
      throw RecordConflictException.staleEdit();
    }
    requireWithinScope(type, user, id);
    List<Change> changes =
        History.diff(labelKeys(type), recorded(type, current.values()), recorded(type, parsed));
    if (!changes.isEmpty()) {
      history.record(type.table, id, History.UPDATE, changes);
    }
  }

  @Transactional
  void delete(RecordType type, long id, int version) {
    // Permission first: one who may not change the register learns nothing more of it (403); one
    // who may is told that its records are not deleted (409: accounts are disabled instead).
    LvzhiUser user =
        CurrentUser.requirePermission(type.permission(type.deletable ? "delete" : "edit"));
    if (!type.deletable) {
      throw new RecordConflictException(values.message("register.notDeletable"));
    }
    RecordStore.Row current = visible(type, user, id);
    boolean deleted;
    try {
      if (current.version() == version && type.writer != null) {
        type.writer.delete(id, version);
        deleted = true;
      } else {
        deleted = current.version() == version && store.delete(type, id, version);
      }
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
      throw new RecordConflictException(values.message("register.stillReferenced"));
    }
    if (!deleted) {
      throw RecordConflictException.staleEdit();
    }
    history.record(
        type.table,
        id,
        History.DELETE,
        History.diff(labelKeys(type), recorded(type, current.values()), Map.of()));
  }

  @Transactional
  List<String> perform(RecordType type, long id, String actionName) {
    RecordAction action =
        type.action(actionName)
            .orElseThrow(() -> new RecordNotFoundException("action", actionName));
    LvzhiUser user = CurrentUser.requirePermission(action.permission());
    visible(type, user, id);
    if (!action.recordsItsOwnHistory()) {
      history.record(type.table, id, actionName.toUpperCase(java.util.Locale.ROOT), List.of());
    }
    List<String> notices = action.handler().perform(id);
    requireWithinScope(type, user, id);
    return notices;
  }

  /**
   * Refuses a write that leaves record {@code id} outside the writer's data scope (a clerk adding
   * an outcome to another committee's activity, moving a record out of their committee): 403, and
   * the writing transaction rolls back, so nothing of it is kept. Called after every create, edit
   * and action, within its transaction, so the record is checked exactly as a read will find it.
   */
  private void requireWithinScope(RecordType type, LvzhiUser user, long id) {
    if (!store.exists(type, type.restrictionFor(user), id)) {
      throw new NotAllowedException("register.outsideScope");
    }
  }

  @Transactional(readOnly = true)
  List<HistoryEntry> history(RecordType type, long id) {
    get(type, id);
    return history.of(type.table, id);
  }

  /** Parses and checks input as a whole; throws with every problem found. */
  Map<String, Object> validated(
      RecordType type, Map<String, List<String>> input, Long id, Map<String, Object> current) {
    Problems problems =
        new Problems(messages, (other, fieldValues) -> store.existsOther(type, other, fieldValues));
    Map<String, Object> parsed = values.parse(type, input, problems);
    if (current != null) {
      // Read-only fields belong to their module's workflow: an edit keeps (and records) them as
      // they are, and the rules see them so (a decided duty report is no longer edited).
      type.fields.stream()
          .filter(f -> f.readOnly)
          .forEach(f -> parsed.put(f.name, current.get(f.name)));
    }
    if (!problems.any()) {
      RecordValues checked = new RecordValues(parsed);
      type.rules.forEach(rule -> rule.check(checked, id, problems));
    }
    if (problems.any()) {
      throw new InvalidInputException(problems.byField());
    }
    return parsed;
  }

  /**
   * Field values as history keeps them: in Chinese, the committee's working language, whatever
   * language the person making the change reads (see ADR 3).
   */
  private Map<String, String> recorded(RecordType type, Map<String, Object> row) {
    var previous = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
    org.springframework.context.i18n.LocaleContextHolder.setLocale(
        java.util.Locale.SIMPLIFIED_CHINESE);
    try {
      return displayed(type, row);
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previous);
    }
  }

  /** Field values as people read them, keyed by the field's label key. */
  Map<String, String> displayed(RecordType type, Map<String, Object> row) {
    Map<Field, Map<Long, String>> labels = referenceLabels(type, List.of(row));
    Map<String, String> shown = new HashMap<>();
    for (Field field : type.fields) {
      shown.put(
          field.labelKey,
          values.display(field, row.get(field.name), labels.getOrDefault(field, Map.of())));
    }
    return shown;
  }

  /** Names of every record the rows refer to, one query per reference field. */
  Map<Field, Map<Long, String>> referenceLabels(RecordType type, List<Map<String, Object>> rows) {
    Map<Field, Map<Long, String>> labels = new HashMap<>();
    for (Field field : type.fields) {
      if (field.target == null) {
        continue;
      }
      Set<Long> ids = new HashSet<>();
      for (Map<String, Object> row : rows) {
        Object value = row.get(field.name);
        if (value instanceof Long one) {
          ids.add(one);
        } else if (value instanceof List<?> many) {
          many.forEach(v -> ids.add((Long) v));
        }
      }
      labels.put(field, references.labels(field, ids));
    }
    return labels;
  }

  String label(Field field) {
    return values.label(field);
  }

  String message(String key, Object... args) {
    return values.message(key, args);
  }

  String display(Field field, Object value, Map<Long, String> referenceLabels) {
    return values.display(field, value, referenceLabels);
  }

  private static List<String> labelKeys(RecordType type) {
    List<String> keys = new ArrayList<>();
    type.fields.forEach(f -> keys.add(f.labelKey));
    return keys;
  }
}
