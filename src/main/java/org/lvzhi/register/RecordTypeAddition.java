package org.lvzhi.register;

import java.util.List;

/**
 * Actions that one module adds to another module's register, so the register's module need not know
 * it: the accounts module adds "issue a one-time password" to a member's page. Applied when the
 * registers are gathered at start.
 */
public interface RecordTypeAddition {

  /** The name of the register the actions join. */
  String typeName();

  List<RecordAction> actions();
}
