package org.lvzhi.attachment;

import org.lvzhi.register.RecordType;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Attachments on the records of a register: whoever may see the record may see its files, whoever
 * may edit it may add and remove them. A module declares one as a bean for each type that takes files.
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
    try {
      registers.read(type.name(), ownerId);
      return true;
    } catch (RecordNotFoundException | AccessDeniedException e) {
      return false;
    }
  }

  @Override
  public boolean mayChange(long ownerId) {
    return CurrentUser.get().map(user -> user.can(type.permission("edit"))).orElse(false) && mayView(ownerId);
  }
}
