package org.lvzhi.system;

/**
 * A module's part of the demo committee, loaded when {@code lvzhi.demo=true}. Contributors run in
 * {@link org.springframework.core.annotation.Order} and must be idempotent: loading twice changes
 * nothing.
 */
public interface DemoData {

  void load();
}
