package org.lvzhi.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers who signed in; this filter makes sure that person's account still says the
 * same: disabled, locked, given a new password, another role or another binding (and so another
 * data scope) ends the session at once instead of after the idle timeout. HTTP Basic and API-token
 * calls load the account on every request anyway (and never use the session).
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

  private final UserDetailsService users;
  private final ProblemResponses problems;

  SessionFreshnessFilter(UserDetailsService users, ProblemResponses problems) {
    this.users = users;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var signedIn = CurrentUser.get();
    if (signedIn.isEmpty()
        || SessionUnlessCredentials.carriesCredentials(request)
        || stillTheSame(signedIn.get())) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      problems.write(request, response, 401, "problem.sessionChanged");
    } else {
      response.sendRedirect(request.getContextPath() + "/login?expired");
    }
  }

  private boolean stillTheSame(LvzhiUser user) {
    if (user.accountId() == 0) {
      return true;
    }
    LvzhiUser now;
    try {
      now = (LvzhiUser) users.loadUserByUsername(user.username());
    } catch (UsernameNotFoundException e) {
      return false;
    }
    return now.isEnabled()
        && now.isAccountNonLocked()
        && now.getPassword().equals(user.getPassword())
        && now.role() == user.role()
        && Objects.equals(now.memberId(), user.memberId())
        && Objects.equals(now.unitId(), user.unitId())
        && Objects.equals(now.specialCommitteeId(), user.specialCommitteeId());
  }
}
