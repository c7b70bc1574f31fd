package org.lvzhi.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A kind of record kept in a register: its name in URLs ({@code /registry/members}, {@code
 * /api/v1/members}), its table, fields, permissions ({@code member:view}, {@code member:edit},
 * {@code member:delete}, {@code member:export}, {@code member:import}), data scope and rules.
 * Modules declare theirs as beans.
 */
public final class RecordType {

  final String name;
  final String table;
  final String labelKey;
  final String permissionPrefix;
  final List<Field> fields;
  final String titleField;
  String defaultSort;
  boolean defaultDescending;
  ScopePolicy scope = ScopePolicy.wholeCommitteeOnly();

  /** The column naming the committee a record belongs to (ADR 7); {@code id} for committees. */
  String committeeColumn = "committee_id";

  /** Whether the uniqueness rules hold across committees (usernames), not within each. */
  boolean uniqueAcrossCommittees;

  final List<RecordRule> rules = new ArrayList<>();
  final List<RecordAction> actions = new ArrayList<>();
  final List<RecordPanel> panels = new ArrayList<>();
  RecordHooks hooks = RecordHooks.NONE;
  RecordWriter writer;
  ImportFollowUp importFollowUp;
  boolean importable = true;
  boolean creatable = true;
  boolean deletable = true;

  private RecordType(
      String name, String table, String labelKey, String permissionPrefix, Field... fields) {
    this.name = name;
    this.table = table;
    this.labelKey = labelKey;
    this.permissionPrefix = permissionPrefix;
    this.fields = List.of(fields);
    this.titleField = fields[0].name;
    this.defaultSort = fields[0].name;
  }

  /**
   * A record type; the first field names a record in lists, links and references.
   *
   * @param name plural, as in URLs: {@code members}
   * @param permissionPrefix singular, as in permissions: {@code member}
   */
  public static RecordType of(
      String name, String table, String labelKey, String permissionPrefix, Field... fields) {
    return new RecordType(name, table, labelKey, permissionPrefix, fields);
  }

  public RecordType sortedBy(String field, boolean descending) {
    this.defaultSort = field;
    this.defaultDescending = descending;
    return this;
  }

  /**
   * The column of the table that names the record's committee, where it is not {@code committee_id}
   * (the committees register names itself: {@code id}).
   */
  public RecordType committeeColumn(String column) {
    this.committeeColumn = column;
    return this;
  }

  /**
   * Makes the uniqueness rules hold across the whole deployment, not within each committee: a
   * username names one account wherever it signs in.
   */
  public RecordType uniqueAcrossCommittees() {
    this.uniqueAcrossCommittees = true;
    return this;
  }

  /**
   * Whether the engine sets the committee of a new record itself: not for a committee, and not
   * where a field names it (terms, sectors, units …: the reference then only offers and accepts the
   * user's own committee).
   */
  boolean storesCommittee() {
    return "committee_id".equals(committeeColumn)
        && fields.stream().noneMatch(f -> f.stored() && "committee_id".equals(f.column));
  }

  /**
   * What a user may see of this type: the records of the committee the session works in, within the
   * user's data scope. The system user (no committee) sees every committee's.
   */
  ScopePolicy.Restriction restrictionFor(org.lvzhi.system.LvzhiUser user) {
    return committeeOnly(scope.restrict(user.scope()), user.workingCommitteeId());
  }

  /** The committee part alone, for look-ups any user of the committee may make (names, choices). */
  ScopePolicy.Restriction committeeOnly(ScopePolicy.Restriction restriction, Long committee) {
    if (committee == null) {
      return restriction;
    }
    return new ScopePolicy.Restriction(
        "t." + committeeColumn + " = :committeeId and (" + restriction.predicate() + ")",
        restriction.scopeId(),
        committee);
  }

  public RecordType scope(ScopePolicy scope) {
    this.scope = scope;
    return this;
  }

  public RecordType rules(RecordRule... rules) {
    this.rules.addAll(Arrays.asList(rules));
    return this;
  }

  public RecordType action(RecordAction action) {
    this.actions.add(action);
    return this;
  }

  public RecordType panel(RecordPanel panel) {
    this.panels.add(panel);
    return this;
  }

  public RecordType hooks(RecordHooks hooks) {
    this.hooks = hooks;
    return this;
  }

  /**
   * The aggregate's own writer, to which creating, changing and deleting through the register are
   * handed: the engine then lists, shows, exports and checks, and never writes the table itself.
   */
  public RecordType writtenBy(RecordWriter writer) {
    this.writer = writer;
    return this;
  }

  public RecordType importFollowUp(ImportFollowUp followUp) {
    this.importFollowUp = followUp;
    return this;
  }

  public RecordType notImportable() {
    this.importable = false;
    return this;
  }

  /**
   * Records of this type are created only by their module's own use case, never from a blank form.
   */
  public RecordType notCreatable() {
    this.creatable = false;
    this.importable = false;
    return this;
  }

  public RecordType notDeletable() {
    this.deletable = false;
    return this;
  }

  /** Whether its records may be deleted (else DELETE answers 409 to one who may edit them). */
  public boolean deletable() {
    return deletable;
  }

  public String name() {
    return name;
  }

  public String table() {
    return table;
  }

  public String labelKey() {
    return labelKey;
  }

  /** {@code prefix:verb}, e.g. {@code member:edit}. */
  public String permission(String verb) {
    return permissionPrefix + ":" + verb;
  }

  public List<Field> fields() {
    return fields;
  }

  Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name.equals(fieldName)).findFirst();
  }

  Field titleField() {
    return fields.get(0);
  }

  Optional<RecordAction> action(String actionName) {
    return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
  }
}
