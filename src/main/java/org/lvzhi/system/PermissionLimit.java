package org.lvzhi.system;

import java.util.Set;

/**
 * A module's rule that withholds some of a role's permissions from accounts bound a certain way
 * (which special committees' clerks keep investment records, say). Applied when an account signs
 * in, so the page, the API and every use case see the same permissions.
 */
public interface PermissionLimit {

  /**
   * The permissions an account of {@code role} bound to these records (each may be null) does not
   * get, although the role holds them.
   */
  Set<String> withheld(Role role, Long memberId, Long unitId, Long specialCommitteeId);
}
