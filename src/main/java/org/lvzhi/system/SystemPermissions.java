package org.lvzhi.system;

import java.util.List;
import org.springframework.stereotype.Component;

@Component
class SystemPermissions implements PermissionCatalogue {

  static final String API_DOCS = "api-docs:view";

  @Override
  public List<Permission> permissions() {
    return List.of(Permission.read(API_DOCS, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER));
  }
}
