package org.lvzhi.system;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Messages shown once on the page after a redirect. */
public final class Flash {

  private Flash() {}

  public static void notice(RedirectAttributes attributes, String message) {
    attributes.addFlashAttribute(LayoutFactory.NOTICE, message);
  }

  public static void warning(RedirectAttributes attributes, String message) {
    attributes.addFlashAttribute(LayoutFactory.WARNING, message);
  }

  /**
   * Makes a page's move and says how it went on the next page: {@code done} where it was made, the
   * reason where it was refused (a move the state does not allow, or input with every field's
   * problem). Refusals for want of permission or scope are not caught: they stay 403 and 404.
   *
   * @return whether the move was made
   */
  public static boolean attempt(RedirectAttributes attributes, String done, Runnable move) {
    try {
      move.run();
      notice(attributes, done);
      return true;
    } catch (RecordConflictException e) {
      warning(attributes, e.getMessage());
    } catch (InvalidInputException e) {
      warning(attributes, e.summary());
    }
    return false;
  }
}
