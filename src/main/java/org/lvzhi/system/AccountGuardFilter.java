package org.lvzhi.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rules that hold whatever page or endpoint is asked for: an account with a one-time password must
 * change it before anything else, an account whose role must use two-factor codes enrols first, an
 * enrolled account cannot use HTTP Basic, and an auditor changes nothing.
 */
class AccountGuardFilter extends OncePerRequestFilter {

  static final String CHANGE_PASSWORD_PAGE = "/account/password";
  static final String CHANGE_PASSWORD_API = "/api/v1/account/password";
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private final ProblemResponses problems;
  private final SecondFactor secondFactor;

  AccountGuardFilter(ProblemResponses problems, SecondFactor secondFactor) {
    this.problems = problems;
    this.secondFactor = secondFactor;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var user = CurrentUser.get();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    if (user.isPresent()
        && SessionUnlessCredentials.isBasic(request)
        && secondFactor.after(user.get()) != SecondFactor.Step.NONE) {
      // A password alone is not enough for an account that uses two-factor codes, nor for one
      // whose role must use them and that has not enrolled yet.
      problems.write(request, response, 401, "problem.twoFactorBasic");
      return;
    }
    var session = request.getSession(false);
    if (user.isPresent()
        && session != null
        && session.getAttribute(SecondFactor.MUST_ENROL) != null
        && !path.equals(SecondFactor.ENROL_PAGE)
        && !path.startsWith(SecondFactor.ENROL_PAGE + "/")
        && !path.equals("/logout")
        && !isAsset(path)) {
      if (api) {
        problems.write(request, response, 403, "problem.mustEnrol");
      } else {
        response.sendRedirect(request.getContextPath() + SecondFactor.ENROL_PAGE);
      }
      return;
    }
    if (user.isPresent()
        && user.get().mustChangePassword()
        && !isPasswordChange(path)
        && !isAsset(path)) {
      if (api) {
        problems.write(request, response, 403, "problem.mustChangePassword");
      } else {
        response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
      }
      return;
    }
    if (user.isPresent()
        && user.get().role() == Role.AUDITOR
        && !READ_METHODS.contains(request.getMethod())
        && !isPasswordChange(path)
        && !path.equals("/logout")) {
      if (api) {
        problems.write(request, response, 403, "problem.auditorReadOnly");
      } else {
        response.sendError(403);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isPasswordChange(String path) {
    return path.equals(CHANGE_PASSWORD_PAGE)
        || path.equals(CHANGE_PASSWORD_API)
        || path.equals("/logout");
  }

  private static boolean isAsset(String path) {
    return Assets.isAsset(path) || path.equals("/error");
  }
}
