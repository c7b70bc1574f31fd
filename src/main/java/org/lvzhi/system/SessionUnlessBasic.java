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
 * The API's security context: from the session, except for a request with HTTP Basic credentials,
 * which starts from nothing and so is always authenticated by those credentials. That is what makes
 * the CSRF exemption of Basic requests safe: a request exempt from CSRF is one whose Basic
 * credentials were checked, never one riding on a session cookie.
 */
final class SessionUnlessBasic implements SecurityContextRepository {

  private final SecurityContextRepository sessions =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());
  private final SecurityContextRepository requestOnly =
      new RequestAttributeSecurityContextRepository();

  static boolean isBasic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.toLowerCase(Locale.ROOT).startsWith("basic ");
  }

  @Override
  @Deprecated
  public SecurityContext loadContext(HttpRequestResponseHolder holder) {
    return loadDeferredContext(holder.getRequest()).get();
  }

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
    if (!isBasic(request)) {
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
    (isBasic(request) ? requestOnly : sessions).saveContext(context, request, response);
  }

  @Override
  public boolean containsContext(HttpServletRequest request) {
    return isBasic(request)
        ? requestOnly.containsContext(request)
        : sessions.containsContext(request);
  }
}
