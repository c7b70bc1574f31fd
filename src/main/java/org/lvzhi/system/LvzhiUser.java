package org.lvzhi.system;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: account, role, what the account is bound to, and its permissions. */
public record LvzhiUser(
    long accountId,
    String username,
    String displayName,
    String passwordHash,
    Role role,
    Long memberId,
    Long unitId,
    Long specialCommitteeId,
    boolean enabled,
    boolean locked,
    boolean mustChangePassword,
    Set<String> permissions)
    implements UserDetails {

  @Serial private static final long serialVersionUID = 1L;

  public boolean can(String permission) {
    return permissions.contains(permission);
  }

  public DataScope scope() {
    return switch (role) {
      case ADMIN, STAFF, LEADER, AUDITOR -> new DataScope.Everything();
      case MEMBER -> memberId == null ? new DataScope.Nothing() : new DataScope.OwnMember(memberId);
      case UNIT -> unitId == null ? new DataScope.Nothing() : new DataScope.OwnUnit(unitId);
      case COMMITTEE_STAFF ->
          specialCommitteeId == null
              ? new DataScope.Nothing()
              : new DataScope.OwnSpecialCommittee(specialCommitteeId);
    };
  }

  public LvzhiUser withPasswordChanged(String newHash) {
    return new LvzhiUser(
        accountId,
        username,
        displayName,
        newHash,
        role,
        memberId,
        unitId,
        specialCommitteeId,
        enabled,
        locked,
        false,
        permissions);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return Stream.concat(Stream.of("ROLE_" + role.name()), permissions.stream())
        .map(SimpleGrantedAuthority::new)
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public String toString() {
    return "LvzhiUser[" + username + ", " + role + "]";
  }
}
