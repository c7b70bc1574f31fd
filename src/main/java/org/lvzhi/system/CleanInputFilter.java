package org.lvzhi.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.lvzhi.shared.CleanText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query parameters and form fields (pages, uploads) holding NUL or an unpaired surrogate are
 * refused before any controller sees them ({@link CleanText}): 400, as problem JSON on the API and
 * as the error page elsewhere. JSON bodies are checked as they are read ({@link StrictJsonConfig}).
 * Runs before the security filters: their CSRF check reads the parameters too, and a multipart body
 * with a NUL in a file name fails there.
 */
@Component
@org.springframework.core.annotation.Order(
    org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
class CleanInputFilter extends OncePerRequestFilter {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final MessageSource messages;

  CleanInputFilter(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String refused = null;
    try {
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        if (!CleanText.isClean(parameter.getKey())) {
          refused = "?";
          break;
        }
        for (String value : parameter.getValue()) {
          if (!CleanText.isClean(value)) {
            refused = parameter.getKey();
            break;
          }
        }
        if (refused != null) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // A file name with NUL is refused by Tomcat itself while the parts are parsed; any other
      // unreadable body (an oversized upload, say) is left to the dispatcher, which answers it.
      refused = null;
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
          refused = "file";
        }
      }
    }
    if (refused == null) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      String message =
          messages.getMessage(
              "validation.badCharacters",
              new Object[] {refused},
              "validation.badCharacters",
              LocaleContextHolder.getLocale());
      Map<String, Object> problem =
          Map.of(
              "type",
              "about:blank",
              "status",
              400,
              "title",
              messages.getMessage(
                  "problem.invalid", null, "problem.invalid", LocaleContextHolder.getLocale()),
              "detail",
              message,
              "errors",
              java.util.List.of(Map.of("field", refused, "message", message)));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    } else {
      response.sendError(HttpStatus.BAD_REQUEST.value());
    }
  }
}
