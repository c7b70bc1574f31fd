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
    ScopePolicy.Restriction committee = inCommittee(target);
    jdbc.sql(
            "select id, "
                + target.titleField().column
                + " from "
                + target.table
                + " t where t.id in (:ids) and "
                + committee.predicate())
        .param("ids", List.copyOf(ids))
        .param("committeeId", committee.committeeId())
        .query(
            rs -> {
              labels.put(rs.getLong(1), rs.getString(2));
            });
    return labels;
  }

  /**
   * Records of the target type in the committee the current user works in (all, for the system).
   */
  private static ScopePolicy.Restriction inCommittee(RecordType target) {
    return target.committeeOnly(
        new ScopePolicy.Restriction("1 = 1", 0), CurrentUser.committeeId().orElse(null));
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
    String preferred =
        field.preferred == null ? "" : "case when " + field.preferred + " then 0 else 1 end, ";
    ScopePolicy.Restriction scope =
        CurrentUser.get()
            .map(LvzhiUser::scope)
            .filter(s -> s instanceof DataScope.OwnMember || s instanceof DataScope.OwnUnit)
            .map(target.scope::restrict)
            .orElse(new ScopePolicy.Restriction("1 = 1", 0));
    scope = target.committeeOnly(scope, CurrentUser.committeeId().orElse(null));
    return jdbc
        .sql(
            "select id, "
                + title
                + " from "
                + target.table
                + " t where "
                + scope.predicate()
                + " order by "
                + preferred
                + order
                + direction
                + ", id")
        .param("scopeId", scope.scopeId())
        .param("committeeId", scope.committeeId())
        .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
        .list()
        .stream()
        .limit(MAX_CHOICES)
        .toList();
  }

  /**
   * Whether the referenced record exists in the committee the user works in: never across
   * committees.
   */
  boolean exists(Field field, long id) {
    RecordType target = types.target(field);
    ScopePolicy.Restriction committee = inCommittee(target);
    return jdbc.sql(
                "select count(*) from "
                    + target.table
                    + " t where t.id = :id and "
                    + committee.predicate())
            .param("id", id)
            .param("committeeId", committee.committeeId())
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Long> idByLabel(Field field, String label) {
    RecordType target = types.target(field);
    ScopePolicy.Restriction committee = inCommittee(target);
    return jdbc
        .sql(
            "select id from "
                + target.table
                + " t where "
                + target.titleField().column
                + " = :label and "
                + committee.predicate()
                + " order by id")
        .param("label", label)
        .param("committeeId", committee.committeeId())
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }
}
