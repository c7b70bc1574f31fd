package org.lvzhi.attachment;

/**
 * Renders the attachments part of a record's page ({@link Attachments#panel}); implemented by the
 * module's web layer, so the service knows no web type.
 */
public interface AttachmentPanels {

  /** The panel's HTML, or nothing where the user may not see the record's attachments. */
  String html(Attachments attachments, String ownerType, long ownerId);
}
