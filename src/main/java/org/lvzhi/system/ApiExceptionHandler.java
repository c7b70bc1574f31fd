package org.lvzhi.system;

import java.util.List;
import java.util.Map;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The REST API answers every error as RFC 9457 problem JSON, with field errors where there are any.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private final MessageSource messages;

  ApiExceptionHandler(MessageSource messages) {
    this.messages = messages;
  }

  /** One field's problem in an API answer. */
  record FieldProblem(String field, String message) {}

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, text("problem.notFound"), e.getMessage());
  }

  @ExceptionHandler(RecordConflictException.class)
  ProblemDetail conflict(RecordConflictException e) {
    return problem(HttpStatus.CONFLICT, text("problem.conflict"), e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail staleEdit(OptimisticLockingFailureException e) {
    return conflict(RecordConflictException.staleEdit());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    log.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return problem(HttpStatus.CONFLICT, text("problem.conflict"), text("problem.integrity.detail"));
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, text("problem.invalid"), text("problem.invalid.detail"));
    List<FieldProblem> errors =
        e.fieldErrors().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> new FieldProblem(entry.getKey(), entry.getValue()))
            .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  /** A refused spreadsheet: every problem by row and column; nothing was saved. */
  @ExceptionHandler(ImportRejectedException.class)
  ProblemDetail importRejected(ImportRejectedException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            messages.getMessage("import.rejectedTitle", null, LocaleContextHolder.getLocale()),
            messages.getMessage(
                "import.rejected",
                new Object[] {e.errors().size()},
                LocaleContextHolder.getLocale()));
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    String detail =
        e instanceof NotAllowedException ? e.getMessage() : text("problem.forbidden.detail");
    return problem(HttpStatus.FORBIDDEN, text("problem.forbidden"), detail);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
    if (e.getClass()
        .isAnnotationPresent(org.springframework.web.bind.annotation.ResponseStatus.class)) {
      throw e;
    }
    log.error("unexpected error in the API", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(
            problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                text("problem.error"),
                text("problem.error.detail")));
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
