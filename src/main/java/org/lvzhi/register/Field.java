package org.lvzhi.register;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One field of a record type: its name in forms and JSON, its column, how it is entered and shown,
 * and whether it is listed, searched, filtered and sorted on. Built fluently when a module defines
 * its record type, and not changed after.
 */
public final class Field {

  /** How a value is entered, checked and stored. */
  public enum Type {
    TEXT,
    TEXTAREA,
    INTEGER,
    DECIMAL,
    AMOUNT,
    DATE,
    DATETIME,
    BOOLEAN,
    CHOICE,
    CHOICES,
    REFERENCE,
    REFERENCES,
    PHONE,
    CREDIT_CODE
  }

  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

  final String name;
  final String column;
  final Type type;
  final String labelKey;
  boolean required;
  boolean listed;
  boolean searchable;
  boolean filterable;
  boolean sortable;
  boolean notInFuture;
  String preferred;
  String helpKey;
  boolean fixedAfterCreate;
  boolean readOnly;
  boolean defaultFirstChoice;
  int maxLength = 100;
  int scale;
  Integer min;
  Integer max;
  List<String> choices = List.of();
  String choiceKeyPrefix;
  String target;
  String joinTable;
  String joinOwnColumn;
  String joinTargetColumn;
  Object defaultValue;
  String derived;

  private Field(String name, Type type, String labelKey) {
    this.name = name;
    this.type = type;
    this.labelKey = labelKey;
    Matcher matcher = CAMEL.matcher(name);
    this.column = matcher.replaceAll("$1_$2").toLowerCase(Locale.ROOT);
  }

  public static Field text(String name, String labelKey) {
    return new Field(name, Type.TEXT, labelKey);
  }

  public static Field textarea(String name, String labelKey) {
    return new Field(name, Type.TEXTAREA, labelKey).maxLength(500);
  }

  public static Field integer(String name, String labelKey) {
    return new Field(name, Type.INTEGER, labelKey);
  }

  /** A decimal number with the given number of decimals (hours of a training, say); never money. */
  public static Field decimal(String name, String labelKey, int scale) {
    Field field = new Field(name, Type.DECIMAL, labelKey);
    field.scale = scale;
    return field;
  }

  /**
   * Money: entered and shown in 万元, stored exactly in yuan (see {@link org.lvzhi.shared.Amount}).
   */
  public static Field amount(String name, String labelKey) {
    return new Field(name, Type.AMOUNT, labelKey);
  }

  /** A local date and time (Asia/Shanghai), entered to the minute. */
  public static Field dateTime(String name, String labelKey) {
    return new Field(name, Type.DATETIME, labelKey);
  }

  public static Field date(String name, String labelKey) {
    return new Field(name, Type.DATE, labelKey);
  }

  public static Field bool(String name, String labelKey) {
    Field field = new Field(name, Type.BOOLEAN, labelKey);
    field.defaultValue = false;
    return field;
  }

  public static Field phone(String name, String labelKey) {
    return new Field(name, Type.PHONE, labelKey).maxLength(11);
  }

  /** A unified social credit code (统一社会信用代码), checked by its check character. */
  public static Field creditCode(String name, String labelKey) {
    return new Field(name, Type.CREDIT_CODE, labelKey).maxLength(18);
  }

  /** One of a fixed set of codes; each code's label is the message {@code keyPrefix.CODE}. */
  public static Field choice(
      String name, String labelKey, String keyPrefix, Class<? extends Enum<?>> codes) {
    Field field = new Field(name, Type.CHOICE, labelKey);
    field.choiceKeyPrefix = keyPrefix;
    field.choices = java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    return field;
  }

  /**
   * Several codes of a fixed list, kept in a join table (ownColumn → this record, valueColumn → the
   * code); each code's label is the message {@code keyPrefix.CODE}.
   */
  public static Field choices(
      String name,
      String labelKey,
      String keyPrefix,
      List<String> codes,
      String joinTable,
      String ownColumn,
      String valueColumn) {
    Field field = new Field(name, Type.CHOICES, labelKey);
    field.choiceKeyPrefix = keyPrefix;
    field.choices = List.copyOf(codes);
    field.joinTable = joinTable;
    field.joinOwnColumn = ownColumn;
    field.joinTargetColumn = valueColumn;
    return field;
  }

  /** The id of a record of another record type, named by that type's name. */
  public static Field reference(String name, String labelKey, String targetType) {
    Field field = new Field(name, Type.REFERENCE, labelKey);
    field.target = targetType;
    return field;
  }

  /**
   * Several records of another type, kept in a join table (ownColumn → this record, targetColumn →
   * the other).
   */
  public static Field references(
      String name,
      String labelKey,
      String targetType,
      String joinTable,
      String ownColumn,
      String targetColumn) {
    Field field = new Field(name, Type.REFERENCES, labelKey);
    field.target = targetType;
    field.joinTable = joinTable;
    field.joinOwnColumn = ownColumn;
    field.joinTargetColumn = targetColumn;
    return field;
  }

  public Field required() {
    this.required = true;
    return this;
  }

  /** Shown as a column of the list (and of the Excel export, which has every field anyway). */
  public Field listed() {
    this.listed = true;
    return this;
  }

  public Field searchable() {
    this.searchable = true;
    return this;
  }

  public Field filterable() {
    this.filterable = true;
    return this;
  }

  public Field sortable() {
    this.sortable = true;
    return this;
  }

  /** Set at creation and not changed afterwards (a username, say). */
  public Field fixedAfterCreate() {
    this.fixedAfterCreate = true;
    return this;
  }

  /**
   * Shown, listed and filtered, but never entered through the register: its module's workflow sets
   * it (a project's stage). A new record gets the default value.
   */
  public Field readOnly() {
    this.readOnly = true;
    this.fixedAfterCreate = true;
    return this;
  }

  /**
   * A read-only field whose value is not kept in the record's row but read by a SQL expression on
   * it (alias {@code t}): the tier of an article's outlet. It is listed, filtered, sorted and
   * exported like a column and never written, so it cannot fall out of step with what it is read
   * from (a copy kept by the writer would go stale when the outlet's tier is corrected).
   */
  public Field derived(String expression) {
    readOnly();
    this.derived = expression;
    return this;
  }

  /**
   * A new record starts with the first choice selected (the current term: terms list newest first).
   */
  public Field defaultFirstChoice() {
    this.defaultFirstChoice = true;
    return this;
  }

  /**
   * The day something happened, which a clerk may enter later but never ahead: a date after today
   * (in the committee's time zone) is refused. Metrics count by such dates.
   */
  public Field notInFuture() {
    this.notInFuture = true;
    return this;
  }

  /**
   * A reference's picker offers first the records matching this SQL condition on the target's row
   * {@code t} (leaders first among members, investment trips first among activities), then the
   * rest.
   */
  public Field preferring(String condition) {
    this.preferred = condition;
    return this;
  }

  /** A short line under the field on the form, for a field whose meaning is not obvious. */
  public Field help(String messageKey) {
    this.helpKey = messageKey;
    return this;
  }

  public Field maxLength(int maxLength) {
    this.maxLength = maxLength;
    return this;
  }

  public Field range(int min, int max) {
    this.min = min;
    this.max = max;
    return this;
  }

  public Field defaultValue(Object value) {
    this.defaultValue = value;
    return this;
  }

  public String name() {
    return name;
  }

  public String labelKey() {
    return labelKey;
  }

  /** Whether the field is never taken from input: its module's workflow alone sets it. */
  public boolean isReadOnly() {
    return readOnly;
  }

  public Type type() {
    return type;
  }

  /** Kept in this record's own row (not in a join table). */
  boolean stored() {
    return !joined();
  }

  /** Written to the record's own row on insert: stored and not derived. */
  boolean written() {
    return stored() && derived == null;
  }

  /** The SQL that reads this field of the row {@code t}: its column, or its derivation. */
  String sql() {
    return derived == null ? "t." + column : "(" + derived + ")";
  }

  /** Kept in a join table: several values per record. */
  boolean joined() {
    return type == Type.REFERENCES || type == Type.CHOICES;
  }
}
