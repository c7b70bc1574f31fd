package org.lvzhi.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree of committees on this deployment (ADR 7): a province's committee above its cities', a
 * city's above its counties'. Read by the committee switch, the roll-up and the administration of
 * committees; the {@code committees} register shows a user only their own committee. Named {@code
 * committeeTree}: the bean {@code committees} is that register's record type.
 */
@Service("committeeTree")
@Transactional(readOnly = true)
public class Committees implements org.lvzhi.system.CommitteeDirectory {

  /**
   * One committee and how deep it sits below the committee a subtree was asked for (0 = itself).
   */
  public record Node(long id, String name, String level, Long parentId, int depth) {}

  /** The permission to look, read-only, at the committees below one's own. */
  public static final String VIEW_BELOW = "committee:view-below";

  private final JdbcClient jdbc;

  Committees(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every committee, roots first and each followed by the committees below it. */
  public List<Node> all() {
    List<Node> all = load();
    List<Node> ordered = new ArrayList<>();
    all.stream().filter(c -> c.parentId() == null).forEach(root -> walk(root, 0, all, ordered));
    return ordered;
  }

  /** The committee and every committee below it, itself first, then depth first by name. */
  public List<Node> subtree(long root) {
    List<Node> all = load();
    List<Node> ordered = new ArrayList<>();
    all.stream().filter(c -> c.id() == root).findFirst().ifPresent(c -> walk(c, 0, all, ordered));
    return ordered;
  }

  /** Whether {@code committee} sits strictly below {@code ancestor}. */
  public boolean isBelow(long ancestor, long committee) {
    return ancestor != committee
        && subtree(ancestor).stream().anyMatch(node -> node.id() == committee);
  }

  @Override
  public List<Viewable> viewableBy(org.lvzhi.system.LvzhiUser user) {
    List<Node> nodes;
    if (user.role() == org.lvzhi.system.Role.SUPER_ADMIN) {
      nodes = all();
    } else if (user.committeeId() == null) {
      nodes = List.of();
    } else if (user.can(VIEW_BELOW)) {
      nodes = subtree(user.committeeId());
    } else {
      nodes = subtree(user.committeeId()).stream().limit(1).toList();
    }
    return nodes.stream().map(n -> new Viewable(n.id(), n.name(), n.depth())).toList();
  }

  @Override
  public Optional<Long> named(String name) {
    return jdbc.sql("select id from committee where name = :name")
        .param("name", name)
        .query(Long.class)
        .optional();
  }

  @Override
  public Optional<String> name(long committee) {
    return jdbc.sql("select name from committee where id = :id")
        .param("id", committee)
        .query(String.class)
        .optional();
  }

  private List<Node> load() {
    return jdbc.sql("select id, name, level, parent_id from committee order by name, id")
        .query(
            (rs, n) ->
                new Node(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, Long.class),
                    0))
        .list();
  }

  private static void walk(Node node, int depth, List<Node> all, List<Node> into) {
    // A cycle in parent links (made by hand in the database) must not loop forever.
    if (into.stream().anyMatch(seen -> seen.id() == node.id())) {
      return;
    }
    into.add(new Node(node.id(), node.name(), node.level(), node.parentId(), depth));
    Map<Long, Node> children =
        all.stream()
            .filter(c -> node.id() == (c.parentId() == null ? -1 : c.parentId()))
            .collect(Collectors.toMap(Node::id, Function.identity()));
    children.values().stream()
        .sorted(Comparator.comparing(Node::name))
        .forEach(child -> walk(child, depth + 1, all, into));
  }
}
