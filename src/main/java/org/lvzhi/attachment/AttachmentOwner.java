package org.lvzhi.attachment;

/**
 * Implemented (as a bean) by each module whose records carry attachments: it alone decides who may
 * see and change them; the attachment module grants nothing by itself.
 */
public interface AttachmentOwner {

  /**
   * The kind of record, e.g. {@code activity}. Use the record type under which the module records
   * its history, so uploads and deletions appear in the record's history.
   */
  String ownerType();

  /** Whether the current user may see the record's attachments (false answers 404). */
  boolean mayView(long ownerId);

  /**
   * Whether the current user may upload attachments to the record and delete them (false answers
   * 403).
   */
  boolean mayChange(long ownerId);
}
