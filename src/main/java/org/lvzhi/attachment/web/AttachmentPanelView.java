package org.lvzhi.attachment.web;

import java.util.List;
import java.util.function.Function;

/**
 * What the attachments panel shows. Public only because precompiled templates live in another
 * package.
 */
public record AttachmentPanelView(
    String ownerType,
    long ownerId,
    List<Line> lines,
    boolean canChange,
    String back,
    String accept,
    String help,
    String csrfParameter,
    String csrfToken,
    Function<String, String> t) {

  /** One file. */
  public record Line(long id, String filename, String size, String uploadedBy, String uploadedAt) {

    public String href() {
      return "/attachments/" + id;
    }
  }
}
