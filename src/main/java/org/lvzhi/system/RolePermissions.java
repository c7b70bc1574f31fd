package org.lvzhi.system;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Which named permissions each role holds, gathered from every module's catalogue. */
@Component
public class RolePermissions {

  private final Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
  private final Set<String> all = new TreeSet<>();
  private final List<PermissionLimit> limits;

  RolePermissions(List<PermissionCatalogue> catalogues, List<PermissionLimit> limits) {
    this.limits = List.copyOf(limits);
    for (Role role : Role.values()) {
      byRole.put(role, new TreeSet<>());
    }
    catalogues.stream()
        .map(PermissionCatalogue::permissions)
        .flatMap(Collection::stream)
        .forEach(this::add);
  }

  private void add(Permission permission) {
    all.add(permission.name());
    byRole.get(Role.ADMIN).add(permission.name());
    byRole.get(Role.SUPER_ADMIN).add(permission.name());
    if (permission.readOnly()) {
      byRole.get(Role.AUDITOR).add(permission.name());
    }
    permission.roles().stream()
        .filter(role -> role != Role.AUDITOR || permission.readOnly())
        .forEach(role -> byRole.get(role).add(permission.name()));
  }

  public Set<String> of(Role role) {
    return Set.copyOf(byRole.get(role));
  }

  /**
   * The permissions of an account of {@code role} bound to these records: the role's, less what a
   * module's {@link PermissionLimit} withholds from it.
   */
  public Set<String> of(Role role, Long memberId, Long unitId, Long specialCommitteeId) {
    Set<String> granted = new TreeSet<>(byRole.get(role));
    limits.forEach(
        limit -> granted.removeAll(limit.withheld(role, memberId, unitId, specialCommitteeId)));
    return Set.copyOf(granted);
  }

  public Set<String> all() {
    return Set.copyOf(all);
  }
}
