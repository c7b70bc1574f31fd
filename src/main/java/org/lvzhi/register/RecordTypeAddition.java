package org.lvzhi.register;

import java.util.List;

/**
 * Actions and panels that one module adds to another module's register, so the register's module
 * need not know it: the accounts module adds "issue a one-time password" to a member's page; the
 * consultation module puts its suggestions panel on an activity's page. Applied when the registers
 * are gathered at start, after the register's own.
 */
public interface RecordTypeAddition {

  /** The name of the register the actions join. */
  String typeName();

  default List<RecordAction> actions() {
    return List.of();
  }

  /** Panels shown on the register's record pages, after the register's own panels. */
  default List<RecordPanel> panels() {
    return List.of();
  }
}
