package org.lvzhi.attachment;

import org.lvzhi.register.RecordType;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;

/**
 * Attachments on the records of a register: whoever may see the record may see its files, whoever
 * may edit it may add and remove them, asked of the register without loading the record. A module
 * declares one as a bean for each type that takes files.
 */
public final class RecordAttachments implements AttachmentOwner {

  private final RecordType type;
  private final Registers registers;

  public RecordAttachments(RecordType type, Registers registers) {
    this.type = type;
    this.registers = registers;
  }

  @Override
  public String ownerType() {
    return type.table();
  }

  @Override
  public boolean mayView(long ownerId) {
    return registers.isVisible(type.name(), ownerId);
  }

  @Override
  public boolean mayChange(long ownerId) {
    return CurrentUser.get().map(user -> user.can(type.permission("edit"))).orElse(false)
        && mayView(ownerId);
  }
}
