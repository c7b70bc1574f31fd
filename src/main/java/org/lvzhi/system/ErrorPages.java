package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/** Error pages (403, 404, 409, 500 …) in the same frame as every other page. */
@Component
public class ErrorPages implements ErrorViewResolver {

  /** What the error page shows. */
  public record ErrorView(int status, String title, String detail) {}

  private final LayoutFactory layouts;
  private final ErrorAttributes errors;

  ErrorPages(LayoutFactory layouts, ErrorAttributes errors) {
    this.layouts = layouts;
    this.errors = errors;
  }

  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Layout layout = layouts.create(request);
    String key =
        switch (status.value()) {
          case 400, 403, 404, 409, 413 -> "error." + status.value();
          default -> "error.500";
        };
    String detail = layout.t(key + ".detail");
    Throwable thrown = errors.getError(new ServletWebRequest(request));
    if (thrown != null) {
      Throwable cause = thrown;
      while (cause.getCause() != null
          && !(cause instanceof RecordConflictException)
          && !(cause instanceof InvalidInputException)) {
        cause = cause.getCause();
      }
      if (cause instanceof RecordConflictException conflict) {
        detail = conflict.getMessage();
      } else if (cause instanceof InvalidInputException invalid) {
        detail = invalid.summary();
      }
    }
    var view = new ModelAndView("error", status);
    view.addObject("layout", layout);
    view.addObject("error", new ErrorView(status.value(), layout.t(key), detail));
    return view;
  }
}
