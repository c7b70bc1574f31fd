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
}
