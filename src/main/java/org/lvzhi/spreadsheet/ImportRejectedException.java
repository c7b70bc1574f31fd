package org.lvzhi.spreadsheet;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a file is refused; carries every problem found (never just the first). */
public class ImportRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int ERRORS_IN_MESSAGE = 10;

  private final transient List<CellError> errors;

  public ImportRejectedException(List<CellError> errors) {
    super(summary(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a rejected import needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public ImportRejectedException(CellError error) {
    this(List.of(error));
  }

  public List<CellError> errors() {
    return errors;
  }

  private static String summary(List<CellError> errors) {
    String shown =
        errors.stream()
            .limit(ERRORS_IN_MESSAGE)
            .map(ImportRejectedException::describe)
            .collect(Collectors.joining(SheetTexts.of("import.separator")));
    String more = errors.size() > ERRORS_IN_MESSAGE ? SheetTexts.of("import.more") : "";
    return SheetTexts.of("import.summary", errors.size(), shown + more);
  }

  private static String describe(CellError e) {
    if (e.row() == 0) {
      return e.message();
    }
    return e.column().isEmpty()
        ? SheetTexts.of("import.atRow", e.row(), e.message())
        : SheetTexts.of("import.atCell", e.row(), e.column(), e.message());
  }
}
