package org.lvzhi.register;

import java.util.List;
import java.util.Map;

/** What a record type adds to the generic steps of creating a record. */
public interface RecordHooks {

  RecordHooks NONE = new RecordHooks() {};

  /** Column values to insert that are no field of the form (a password hash, say). */
  default Map<String, Object> extraColumnsOnCreate(RecordValues values) {
    return Map.of();
  }

  /** Runs in the creating transaction; returns messages to show the creator once. */
  default List<String> afterCreate(long id, RecordValues values) {
    return List.of();
  }
}
