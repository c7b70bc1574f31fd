package org.lvzhi.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.LvzhiUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names of referenced records. Reads a target type only through its declared table and title field,
 * one query per field per page (never one per row).
 */
@Component
class References {

  /**
   * A choice in a select box, in the target type's own order (sectors by their sort order, terms
   * newest first).
   */
  record Choice(long id, String label) {}

  private static final int MAX_CHOICES = 2000;
  private final JdbcClient jdbc;
  private final RecordTypes types;

  References(JdbcClient jdbc, RecordTypes types) {
    this.jdbc = jdbc;
    this.types = types;
  }

  Map<Long, String> labels(Field field, Collection<Long> ids) {
    return titles(types.target(field), ids);
  }

  /** The title field's value of each record of the type, by id. */
  Map<Long, String> titles(RecordType target, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> labels = new HashMap<>();
    jdbc.sql(
            "select id, "
                + target.titleField().column
                + " from "
                + target.table
                + " where id in (:ids)")
        .param("ids", List.copyOf(ids))
        .query(
            rs -> {
              labels.put(rs.getLong(1), rs.getString(2));
            });
    return labels;
  }

  /**
   * The records a select box offers. A member or a unit clerk is offered only what their scope
   * shows them (a member reporting duty sees their own name, not the roster); office and committee
   * staff choose among all records, as they pick leaders and units beyond their own records.
   */
  List<Choice> choices(Field field) {
    RecordType target = types.target(field);
    String title = target.titleField().column;
    String order = target.field(target.defaultSort).map(f -> f.column).orElse(title);
    String direction = target.defaultDescending ? " desc" : "";
    ScopePolicy.Restriction scope =
        CurrentUser.get()
            .map(LvzhiUser::scope)
            .filter(s -> s instanceof DataScope.OwnMember || s instanceof DataScope.OwnUnit)
            .map(target.scope::restrict)
            .orElse(new ScopePolicy.Restriction("1 = 1", 0));
    return jdbc
        .sql(
            "select id, "
                + title
                + " from "
                + target.table
                + " t where "
                + scope.predicate()
                + " order by "
                + order
                + direction
                + ", id")
        .param("scopeId", scope.scopeId())
        .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
        .list()
        .stream()
        .limit(MAX_CHOICES)
        .toList();
  }

  boolean exists(Field field, long id) {
    RecordType target = types.target(field);
    return jdbc.sql("select count(*) from " + target.table + " where id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Long> idByLabel(Field field, String label) {
    RecordType target = types.target(field);
    return jdbc
        .sql(
            "select id from "
                + target.table
                + " where "
                + target.titleField().column
                + " = :label order by id")
        .param("label", label)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }
}
