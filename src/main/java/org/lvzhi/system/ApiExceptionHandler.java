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

  /** A body that is no JSON, or a value of the wrong shape: 400 naming the property. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    String field = null;
    Throwable cause = e.getCause();
    if (cause instanceof tools.jackson.databind.DatabindException mapping) {
      field =
          mapping.getPath().stream()
              .map(
                  reference ->
                      reference.getPropertyName() != null
                          ? reference.getPropertyName()
                          : String.valueOf(reference.getIndex()))
              .collect(java.util.stream.Collectors.joining("."));
    }
    Map<String, String> errors =
        field == null || field.isEmpty()
            ? Map.of("body", text("validation.unreadable"))
            : Map.of(field, format("validation.wrongShape", field));
    return ResponseEntity.badRequest().body(invalid(new InvalidInputException(errors)));
  }

  /** A path variable or query parameter that is not of its type: 400 naming it. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    String name =
        e
                instanceof
                org.springframework.web.method.annotation.MethodArgumentTypeMismatchException
                    mismatch
            ? mismatch.getName()
            : String.valueOf(e.getPropertyName());
    return ResponseEntity.badRequest()
        .body(
            invalid(
                new InvalidInputException(
                    Map.of(
                        name,
                        format(
                            "validation.malformed",
                            name,
                            shortened(String.valueOf(e.getValue())))))));
  }

  /** {@code @Valid} bodies: 400 naming each field. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      org.springframework.web.bind.MethodArgumentNotValidException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    Map<String, String> errors = new java.util.TreeMap<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(
            error ->
                errors.putIfAbsent(
                    error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())));
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(
            error ->
                errors.putIfAbsent(
                    error.getObjectName(),
                    messages.getMessage(error, LocaleContextHolder.getLocale())));
    return ResponseEntity.badRequest().body(invalid(new InvalidInputException(errors)));
  }

  /** Constraints on parameters ({@code @Min}, {@code @Max} …): 400 naming each parameter. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      org.springframework.web.method.annotation.HandlerMethodValidationException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    Map<String, String> errors = new java.util.TreeMap<>();
    e.getParameterValidationResults()
        .forEach(
            result ->
                result
                    .getResolvableErrors()
                    .forEach(
                        error ->
                            errors.putIfAbsent(
                                String.valueOf(result.getMethodParameter().getParameterName()),
                                messages.getMessage(error, LocaleContextHolder.getLocale()))));
    if (errors.isEmpty()) {
      errors.put("request", text("problem.invalid.detail"));
    }
    return ResponseEntity.badRequest().body(invalid(new InvalidInputException(errors)));
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

  private String format(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  private static String shortened(String text) {
    String value = text == null ? "" : text;
    String firstLine = value.lines().findFirst().orElse("");
    return firstLine.length() > 120 ? firstLine.substring(0, 120) + "…" : firstLine;
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
