package org.lvzhi.system;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input refused as a whole, with a Chinese message per field ("" for the input as a whole). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidInputException(Map<String, String> fieldErrors) {
    super("invalid input: " + fieldErrors.keySet());
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /**
   * Refuses {@code text} longer than {@code max} characters once trimmed (what its column holds),
   * naming {@code field} with its label: a 400 before the database is reached, not a 409 from it.
   */
  public static void refuseLongerThan(String field, String labelKey, String text, int max) {
    if (text != null && text.trim().length() > max) {
      throw new InvalidInputException(
          Map.of(field, Texts.of("validation.tooLong", Texts.of(labelKey), max)));
    }
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /** Every field's message in one line, as a page shows a refused move. */
  public String summary() {
    return String.join(" ", fieldErrors.values());
  }
}
