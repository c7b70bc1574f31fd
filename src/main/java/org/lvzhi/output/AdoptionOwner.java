package org.lvzhi.output;

import java.util.List;

/**
 * A kind of record on which adoptions and instructions are recorded (an opinion report, an output),
 * declared as a bean by its module: who may see them, who may record them and when, and whom to
 * tell.
 */
public interface AdoptionOwner {

  /** The owner's table, which also names it in history: the record's page shows the entries. */
  String ownerType();

  /** Refuses (404) where the current user may not see the record. */
  void requireVisible(long ownerId);

  /**
   * Refuses where the current user may not record an adoption on it now: 403 for the wrong role,
   * 404 out of scope, 409 while the record is not yet sent upward (a report not signed off).
   */
  void requireRecordable(long ownerId);

  /** Whether the current user may record one now (the panel's forms). */
  boolean mayRecord(long ownerId);

  /** The members to tell (the authors). */
  List<Long> authors(long ownerId);

  /** How notices name the record. */
  String label(long ownerId);

  /** The record's page. */
  String path(long ownerId);
}
