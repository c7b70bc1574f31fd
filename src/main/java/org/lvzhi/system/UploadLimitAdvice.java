package org.lvzhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the multipart limits fails before any controller is chosen, so {@code
 * ApiExceptionHandler} (which serves REST controllers) never sees it: the API answers 413 as
 * problem JSON, and a page gets the 413 error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  private final MessageSource messages;

  UploadLimitAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
      return null;
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE, text("problem.tooLarge.detail"));
    problem.setTitle(text("problem.tooLarge"));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * Any other multipart body that cannot be parsed (a file name with NUL, which Tomcat refuses, a
   * broken boundary): 400, before any controller is chosen.
   */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ResponseEntity<ProblemDetail> unreadable(
      org.springframework.web.multipart.MultipartException e,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (e instanceof MaxUploadSizeExceededException tooLarge) {
      return tooLarge(tooLarge, request, response);
    }
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpStatus.BAD_REQUEST.value());
      return null;
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            messages.getMessage(
                "validation.badCharacters",
                new Object[] {"file"},
                "validation.badCharacters",
                LocaleContextHolder.getLocale()));
    problem.setTitle(text("problem.invalid"));
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
