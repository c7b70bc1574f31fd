package org.lvzhi.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <personal API token>}.
 * Such a request never uses the session ({@link SessionUnlessCredentials}), so it is exempt from
 * CSRF as a Basic request is; a token that is unknown, expired or revoked answers 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final BearerTokens tokens;
  private final ProblemResponses problems;

  BearerTokenFilter(BearerTokens tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> token = SessionUnlessCredentials.bearerToken(request);
    if (token.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<LvzhiUser> user = tokens.authenticate(token.get());
    if (user.isEmpty()) {
      problems.write(request, response, 401, "problem.tokenInvalid");
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new ApiTokenAuthentication(user.get()));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
