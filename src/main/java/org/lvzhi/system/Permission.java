package org.lvzhi.system;

import java.util.EnumSet;
import java.util.Set;

/**
 * A named permission such as {@code member:edit} and the roles that hold it. ADMIN holds every
 * permission; AUDITOR holds every read-only one. Modules declare theirs through a {@link
 * PermissionCatalogue}.
 */
public record Permission(String name, boolean readOnly, Set<Role> roles) {

  public static Permission read(String name, Role... roles) {
    return new Permission(name, true, roles(roles));
  }

  public static Permission write(String name, Role... roles) {
    return new Permission(name, false, roles(roles));
  }

  private static Set<Role> roles(Role... roles) {
    return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
  }
}
