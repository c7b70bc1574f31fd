package org.lvzhi.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.lvzhi.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL behind every register. Table and column names come only from record types declared in
 * code, never from a request; everything a request supplies is a bound parameter, and sort and
 * filter fields are taken only from the type's own list.
 */
@Component
class RecordStore {

  /** A stored record: its id, version and field values by field name. */
  record Row(long id, int version, Map<String, Object> values) {}

  /** What a list asks for. Page numbers start at 1. */
  record Query(
      String q, Map<String, String> filters, String sort, boolean descending, int page, int size) {}

  private final JdbcClient jdbc;

  RecordStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  PageResult<Row> page(RecordType type, ScopePolicy.Restriction scope, Query query) {
    Where where = where(type, scope, query);
    long total =
        jdbc.sql("select count(*) from " + type.table + " t where " + where.sql)
            .params(where.params)
            .query(Long.class)
            .single();
    Map<String, Object> params = new HashMap<>(where.params);
    params.put("limit", query.size());
    params.put("offset", (long) (query.page() - 1) * query.size());
    List<Row> rows =
        jdbc.sql(
                select(type)
                    + " where "
                    + where.sql
                    + orderBy(type, query)
                    + " limit :limit offset :offset")
            .params(params)
            .query((rs, n) -> row(type, rs))
            .list();
    return new PageResult<>(withJoins(type, rows), query.page(), query.size(), total);
  }

  /**
   * Every record the query matches, in list order, read as the stream is consumed (for exports).
   * Close the stream; consume it inside the transaction.
   */
  Stream<Row> stream(RecordType type, ScopePolicy.Restriction scope, Query query) {
    Where where = where(type, scope, query);
    Map<Field, Map<Long, List<Object>>> joins = allJoins(type);
    return jdbc
        .sql(select(type) + " where " + where.sql + orderBy(type, query))
        .params(where.params)
        .withFetchSize(500)
        .query((rs, n) -> row(type, rs))
        .stream()
        .map(
            row -> {
              joins.forEach(
                  (field, byOwner) ->
                      row.values().put(field.name, byOwner.getOrDefault(row.id(), List.of())));
              return row;
            });
  }

  private Map<Field, Map<Long, List<Object>>> allJoins(RecordType type) {
    Map<Field, Map<Long, List<Object>>> joins = new HashMap<>();
    for (Field field : type.fields) {
      if (field.joined()) {
        Map<Long, List<Object>> byOwner = new HashMap<>();
        jdbc.sql(
                "select "
                    + field.joinOwnColumn
                    + ", "
                    + field.joinTargetColumn
                    + " from "
                    + field.joinTable
                    + " order by "
                    + field.joinTargetColumn)
            .query(
                rs -> {
                  byOwner
                      .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                      .add(joinValue(field, rs));
                });
        joins.put(field, byOwner);
      }
    }
    return joins;
  }

  /** How many records within the scope also meet {@code condition} (SQL declared in code). */
  long count(
      RecordType type, ScopePolicy.Restriction scope, String condition, Map<String, ?> parameters) {
    var sql =
        jdbc.sql(
                "select count(*) from "
                    + type.table
                    + " t where ("
                    + scope.predicate()
                    + ") and ("
                    + condition
                    + ")")
            .param("scopeId", scope.scopeId())
            .param("committeeId", scope.committeeId());
    for (var parameter : parameters.entrySet()) {
      sql = sql.param(parameter.getKey(), parameter.getValue());
    }
    return sql.query(Long.class).single();
  }

  boolean exists(RecordType type, ScopePolicy.Restriction scope, long id) {
    return jdbc.sql(
                "select count(*) from "
                    + type.table
                    + " t where t.id = :id and ("
                    + scope.predicate()
                    + ")")
            .param("id", id)
            .param("scopeId", scope.scopeId())
            .param("committeeId", scope.committeeId())
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Row> find(RecordType type, ScopePolicy.Restriction scope, long id) {
    List<Row> rows =
        jdbc.sql(select(type) + " where t.id = :id and (" + scope.predicate() + ")")
            .param("id", id)
            .param("scopeId", scope.scopeId())
            .param("committeeId", scope.committeeId())
            .query((rs, n) -> row(type, rs))
            .list();
    return withJoins(type, rows).stream().findFirst();
  }

  long insert(RecordType type, Map<String, Object> values, Map<String, Object> extraColumns) {
    Map<String, Object> columns = new LinkedHashMap<>();
    type.fields.stream()
        .filter(Field::written)
        .forEach(f -> columns.put(f.column, values.get(f.name)));
    columns.putAll(extraColumns);
    StringJoiner names = new StringJoiner(", ");
    StringJoiner marks = new StringJoiner(", ");
    columns
        .keySet()
        .forEach(
            c -> {
              names.add(c);
              marks.add(":" + c);
            });
    Map<String, Object> params = new HashMap<>(columns);
    if (type.storesCommittee()) {
      names.add("committee_id");
      marks.add(org.lvzhi.system.CurrentUser.COMMITTEE_FOR_WRITING);
      params.put("committeeId", org.lvzhi.system.CurrentUser.committeeForWriting());
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into " + type.table + " (" + names + ") values (" + marks + ")")
        .params(params)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    writeJoins(type, id, values);
    return id;
  }

  /** Saves the values over version {@code version}; false where the record has moved on. */
  boolean update(RecordType type, long id, int version, Map<String, Object> values) {
    Map<String, Object> params = new HashMap<>();
    StringJoiner sets = new StringJoiner(", ");
    for (Field field : type.fields) {
      if (field.stored() && !field.fixedAfterCreate) {
        sets.add(field.column + " = :" + field.column);
        params.put(field.column, values.get(field.name));
      }
    }
    sets.add("version = version + 1");
    params.put("id", id);
    params.put("version", version);
    int updated =
        jdbc.sql("update " + type.table + " set " + sets + " where id = :id and version = :version")
            .params(params)
            .update();
    if (updated == 1) {
      writeJoins(type, id, values);
    }
    return updated == 1;
  }

  boolean delete(RecordType type, long id, int version) {
    for (Field field : type.fields) {
      if (field.joined()) {
        jdbc.sql("delete from " + field.joinTable + " where " + field.joinOwnColumn + " = :id")
            .param("id", id)
            .update();
      }
    }
    return jdbc.sql("delete from " + type.table + " where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  boolean existsOther(RecordType type, Long id, Map<String, Object> fieldValues) {
    StringJoiner where = new StringJoiner(" and ");
    Map<String, Object> params = new HashMap<>();
    fieldValues.forEach(
        (name, value) -> {
          Field field = type.field(name).orElseThrow();
          where.add("t." + field.column + " = :" + field.column);
          params.put(field.column, value);
        });
    params.put("id", id == null ? -1L : id);
    // Uniqueness holds per committee: two counties may both have a 经济委员会.
    org.lvzhi.system.CurrentUser.committeeId()
        .filter(committee -> "committee_id".equals(type.committeeColumn))
        .filter(committee -> !type.uniqueAcrossCommittees)
        .ifPresent(
            committee -> {
              where.add("t." + type.committeeColumn + " = :committeeId");
              params.put("committeeId", committee);
            });
    return jdbc.sql("select count(*) from " + type.table + " t where " + where + " and t.id <> :id")
            .params(params)
            .query(Long.class)
            .single()
        > 0;
  }

  private record Where(String sql, Map<String, Object> params) {}

  private Where where(RecordType type, ScopePolicy.Restriction scope, Query query) {
    StringJoiner sql = new StringJoiner(" and ");
    Map<String, Object> params = new HashMap<>();
    sql.add("(" + scope.predicate() + ")");
    params.put("scopeId", scope.scopeId());
    params.put("committeeId", scope.committeeId());
    if (query.q() != null && !query.q().isBlank()) {
      StringJoiner any = new StringJoiner(" or ");
      type.fields.stream()
          .filter(f -> f.searchable && f.stored())
          .forEach(f -> any.add("lower(" + f.sql() + ") like :q escape '\\'"));
      if (any.length() > 0) {
        sql.add("(" + any + ")");
        params.put("q", "%" + escapeLike(query.q().trim().toLowerCase(Locale.ROOT)) + "%");
      }
    }
    query
        .filters()
        .forEach(
            (name, raw) -> {
              if (name.endsWith(".from") || name.endsWith(".to")) {
                range(type, name, raw, sql, params);
              }
            });
    query
        .filters()
        .forEach(
            (name, raw) ->
                type.field(name)
                    .filter(f -> f.filterable)
                    .ifPresent(
                        field -> {
                          Object value = filterValue(field, raw);
                          if (value != null) {
                            String param = "f_" + field.column;
                            params.put(param, value);
                            sql.add(
                                field.joined()
                                    ? "exists (select 1 from "
                                        + field.joinTable
                                        + " j where j."
                                        + field.joinOwnColumn
                                        + " = t.id and j."
                                        + field.joinTargetColumn
                                        + " = :"
                                        + param
                                        + ")"
                                    : field.sql() + " = :" + param);
                          }
                        }));
    return new Where(sql.toString(), params);
  }

  /**
   * A date range on a filterable date or date-time field: {@code f_startsAt.from=2023-05-01} and
   * {@code f_startsAt.to=2023-05-31}, both days included.
   */
  private static void range(
      RecordType type, String name, String raw, StringJoiner sql, Map<String, Object> params) {
    boolean from = name.endsWith(".from");
    String fieldName = name.substring(0, name.lastIndexOf('.'));
    type.field(fieldName)
        .filter(f -> f.filterable && (f.type == Field.Type.DATE || f.type == Field.Type.DATETIME))
        .ifPresent(
            field -> {
              LocalDate day;
              try {
                day = LocalDate.parse(raw.trim());
              } catch (RuntimeException e) {
                return;
              }
              String param = "r_" + field.column + (from ? "_from" : "_to");
              boolean dates = field.type == Field.Type.DATE;
              Object bound = dates ? day : (from ? day : day.plusDays(1)).atStartOfDay();
              params.put(param, bound);
              sql.add("t." + field.column + (from ? " >= :" : dates ? " <= :" : " < :") + param);
            });
  }

  private static Object filterValue(Field field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return switch (field.type) {
        case BOOLEAN -> Boolean.parseBoolean(raw);
        case REFERENCE, REFERENCES -> Long.parseLong(raw);
        case INTEGER -> Integer.parseInt(raw);
        case DATE -> LocalDate.parse(raw);
        case CHOICE, CHOICES -> field.choices.contains(raw) ? raw : null;
        default -> raw;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String select(RecordType type) {
    StringJoiner columns = new StringJoiner(", ");
    columns.add("t.id").add("t.version");
    type.fields.stream()
        .filter(Field::stored)
        .forEach(f -> columns.add(f.derived == null ? f.sql() : f.sql() + " as " + f.column));
    return "select " + columns + " from " + type.table + " t";
  }

  private static String orderBy(RecordType type, Query query) {
    Field sort =
        type.field(query.sort())
            .filter(f -> f.sortable && f.stored())
            .orElseGet(() -> type.field(type.defaultSort).orElseThrow());
    boolean descending =
        type.field(query.sort()).isPresent() ? query.descending() : type.defaultDescending;
    String direction = descending ? " desc" : " asc";
    return " order by " + sort.sql() + direction + ", t.id" + direction;
  }

  private static Row row(RecordType type, ResultSet rs) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field field : type.fields) {
      values.put(field.name, field.stored() ? column(field, rs) : new ArrayList<>());
    }
    return new Row(rs.getLong("id"), rs.getInt("version"), values);
  }

  private static Object column(Field field, ResultSet rs) throws SQLException {
    return switch (field.type) {
      case DATE -> rs.getObject(field.column, LocalDate.class);
      case DATETIME -> rs.getObject(field.column, java.time.LocalDateTime.class);
      case DECIMAL, AMOUNT -> rs.getBigDecimal(field.column);
      case INTEGER -> {
        int value = rs.getInt(field.column);
        yield rs.wasNull() ? null : value;
      }
      case REFERENCE -> {
        long value = rs.getLong(field.column);
        yield rs.wasNull() ? null : value;
      }
      case BOOLEAN -> rs.getBoolean(field.column);
      default -> rs.getString(field.column);
    };
  }

  private static Object joinValue(Field field, ResultSet rs) throws SQLException {
    return field.type == Field.Type.CHOICES ? rs.getString(2) : (Object) rs.getLong(2);
  }

  @SuppressWarnings("unchecked")
  private List<Row> withJoins(RecordType type, List<Row> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, Row> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.id(), r));
    for (Field field : type.fields) {
      if (field.joined()) {
        jdbc.sql(
                "select "
                    + field.joinOwnColumn
                    + ", "
                    + field.joinTargetColumn
                    + " from "
                    + field.joinTable
                    + " where "
                    + field.joinOwnColumn
                    + " in (:ids) order by "
                    + field.joinTargetColumn)
            .param("ids", ids)
            .query(
                rs -> {
                  ((List<Object>) byId.get(rs.getLong(1)).values().get(field.name))
                      .add(joinValue(field, rs));
                });
      }
    }
    return List.copyOf(rows);
  }

  @SuppressWarnings("unchecked")
  private void writeJoins(RecordType type, long id, Map<String, Object> values) {
    for (Field field : type.fields) {
      if (field.joined()) {
        jdbc.sql("delete from " + field.joinTable + " where " + field.joinOwnColumn + " = :id")
            .param("id", id)
            .update();
        for (Object target : (List<Object>) values.getOrDefault(field.name, List.of())) {
          jdbc.sql(
                  "insert into "
                      + field.joinTable
                      + " ("
                      + field.joinOwnColumn
                      + ", "
                      + field.joinTargetColumn
                      + ") values (:id, :target)")
              .param("id", id)
              .param("target", target)
              .update();
        }
      }
    }
  }
}
