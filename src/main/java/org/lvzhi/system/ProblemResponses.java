package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem JSON where the security filters answer before any controller runs: title
 * and detail are message keys ({@code problem.*}), read in the language the pages would use (the
 * locale resolver's, as no dispatcher has set one yet).
 */
@Component
class ProblemResponses {

  private final JsonMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  void unauthorized(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInThrottledException throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      write(request, response, 429, "problem.tooManyAttempts");
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"lvzhi\"");
    write(request, response, 401, "problem.unauthorized");
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, 403, "problem.forbidden");
  }

  /** A problem titled by message {@code key}, with {@code key.detail} as its detail. */
  void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
      throws IOException {
    var locale = locales.resolveLocale(request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", messages.getMessage(key, null, key, locale));
    body.put("status", status);
    body.put("detail", messages.getMessage(key + ".detail", null, key, locale));
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), body);
  }
}
