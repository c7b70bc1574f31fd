package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API's security context: from the session, except for a request carrying its own credentials
 * (HTTP Basic or a personal API token as {@code Bearer}), which starts from nothing and so is
 * always authenticated by those credentials. That is what makes their CSRF exemption safe: a
 * request exempt from CSRF is one whose own credentials were checked, never one riding on a session
 * cookie.
 */
final class SessionUnlessCredentials implements SecurityContextRepository {

  private final SecurityContextRepository sessions =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());
  private final SecurityContextRepository requestOnly =
      new RequestAttributeSecurityContextRepository();

  static boolean isBasic(HttpServletRequest request) {
    return hasScheme(request, "basic ");
  }

  /** The token of an {@code Authorization: Bearer …} header, if the request has one. */
  static java.util.Optional<String> bearerToken(HttpServletRequest request) {
    return hasScheme(request, "bearer ")
        ? java.util.Optional.of(request.getHeader("Authorization").substring(7).strip())
        : java.util.Optional.empty();
  }

  /** Whether the request brings its own credentials (Basic or Bearer) instead of the session. */
  static boolean carriesCredentials(HttpServletRequest request) {
    return isBasic(request) || hasScheme(request, "bearer ");
  }

  private static boolean hasScheme(HttpServletRequest request, String scheme) {
    String header = request.getHeader("Authorization");
    return header != null && header.toLowerCase(Locale.ROOT).startsWith(scheme);
  }

  @Override
  @Deprecated
  public SecurityContext loadContext(HttpRequestResponseHolder holder) {
    return loadDeferredContext(holder.getRequest()).get();
  }

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
    if (!carriesCredentials(request)) {
      return sessions.loadDeferredContext(request);
    }
    DeferredSecurityContext fromRequest = requestOnly.loadDeferredContext(request);
    return new DeferredSecurityContext() {
      @Override
      public SecurityContext get() {
        return fromRequest.isGenerated()
            ? SecurityContextHolder.createEmptyContext()
            : fromRequest.get();
      }

      @Override
      public boolean isGenerated() {
        return fromRequest.isGenerated();
      }
    };
  }

  @Override
  public void saveContext(
      SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    (carriesCredentials(request) ? requestOnly : sessions).saveContext(context, request, response);
  }

  @Override
  public boolean containsContext(HttpServletRequest request) {
    return carriesCredentials(request)
        ? requestOnly.containsContext(request)
        : sessions.containsContext(request);
  }
}
