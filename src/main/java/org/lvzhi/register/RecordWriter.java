package org.lvzhi.register;

/**
 * The one writer of a rich aggregate's tables (an activity, a project, a problem …). A register
 * that lists and shows such an aggregate hands what a form, an import or the API changes in its
 * plain fields to the writer instead of writing the table itself; the engine still parses, checks,
 * enforces permissions and scope, and records the change in history in the same transaction. Fields
 * marked read-only and fixed after creation are the aggregate's own: the engine keeps them.
 */
public interface RecordWriter {

  /** Creates the aggregate from checked values; returns its id. */
  long create(RecordValues values);

  /**
   * Changes the plain fields of the aggregate read at {@code version}; throws {@link
   * org.lvzhi.system.RecordConflictException#staleEdit()} where it has moved on.
   */
  void update(long id, int version, RecordValues values);

  /** Deletes the aggregate read at {@code version}; throws as {@link #update} does. */
  void delete(long id, int version);
}
