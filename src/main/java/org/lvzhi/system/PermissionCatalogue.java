package org.lvzhi.system;

import java.util.List;

/** Implemented by each module (as a bean) to declare its named permissions. */
public interface PermissionCatalogue {

  List<Permission> permissions();
}
