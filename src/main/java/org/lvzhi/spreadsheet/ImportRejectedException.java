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
            .collect(Collectors.joining("；"));
    String more = errors.size() > ERRORS_IN_MESSAGE ? "……" : "";
    return "导入失败，共 " + errors.size() + " 处问题：" + shown + more;
  }

  private static String describe(CellError e) {
    if (e.row() == 0) {
      return e.message();
    }
    String column = e.column().isEmpty() ? "" : "“" + e.column() + "”列";
    return "第 " + e.row() + " 行" + column + "：" + e.message();
  }
}
