package org.lvzhi.system;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: account, role, what the account is bound to, its permissions, and its
 * committee (ADR 7). {@code committeeId} is null only for the system user, whose work spans every
 * committee; {@code viewedCommitteeId} is set while an office of a higher committee looks,
 * read-only, at a committee below it.
 */
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
    Set<String> permissions,
    Long committeeId,
    Long viewedCommitteeId)
    implements UserDetails {

  @Serial private static final long serialVersionUID = 1L;

  public boolean can(String permission) {
    return permissions.contains(permission);
  }

  /** The committee whose records this session reads (and, unless it only views, writes). */
  public Long workingCommitteeId() {
    return viewedCommitteeId != null ? viewedCommitteeId : committeeId;
  }

  /** Whether the session looks at another committee than the account's own. */
  public boolean viewsAnotherCommittee() {
    return viewedCommitteeId != null && !viewedCommitteeId.equals(committeeId);
  }

  /**
   * Whether the session may only read: it looks at another committee, and only the
   * super-administrator writes across committees.
   */
  public boolean onlyViews() {
    return viewsAnotherCommittee() && role != Role.SUPER_ADMIN;
  }

  /**
   * The same person looking at another committee (read-only), or back at their own with {@code
   * null}.
   */
  public LvzhiUser viewing(Long committee) {
    return new LvzhiUser(
        accountId,
        username,
        displayName,
        passwordHash,
        role,
        memberId,
        unitId,
        specialCommitteeId,
        enabled,
        locked,
        mustChangePassword,
        permissions,
        committeeId,
        committee == null || committee.equals(committeeId) ? null : committee);
  }

  public DataScope scope() {
    return switch (role) {
      case SUPER_ADMIN, ADMIN, STAFF, LEADER, AUDITOR -> new DataScope.Everything();
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
        permissions,
        committeeId,
        viewedCommitteeId);
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
