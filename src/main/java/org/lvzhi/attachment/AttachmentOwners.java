package org.lvzhi.attachment;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The owning modules' verdicts. An unknown owner type and a record the user may not see both answer
 * 404; a record the user may see but not change answers 403.
 */
@Component
class AttachmentOwners {

  private final ObjectProvider<AttachmentOwner> provider;
  private volatile Map<String, AttachmentOwner> byType;

  /** Owners are looked up on first use, so an owner bean may itself use {@link Attachments}. */
  AttachmentOwners(ObjectProvider<AttachmentOwner> provider) {
    this.provider = provider;
  }

  boolean mayView(String ownerType, long ownerId) {
    return owner(ownerType).mayView(ownerId);
  }

  boolean mayChange(String ownerType, long ownerId) {
    AttachmentOwner owner = owner(ownerType);
    return owner.mayView(ownerId) && owner.mayChange(ownerId);
  }

  void requireView(String ownerType, long ownerId) {
    if (!mayView(ownerType, ownerId)) {
      throw new RecordNotFoundException(ownerType, ownerId);
    }
  }

  void requireChange(String ownerType, long ownerId) {
    requireView(ownerType, ownerId);
    if (!owner(ownerType).mayChange(ownerId)) {
      throw new AccessDeniedException("may not change the attachments of " + ownerType + " " + ownerId);
    }
  }

  private AttachmentOwner owner(String ownerType) {
    Map<String, AttachmentOwner> owners = byType;
    if (owners == null) {
      owners = provider.orderedStream().collect(Collectors.toUnmodifiableMap(AttachmentOwner::ownerType,
          Function.identity()));
      byType = owners;
    }
    AttachmentOwner owner = ownerType == null ? null : owners.get(ownerType);
    if (owner == null) {
      throw new RecordNotFoundException("attachment owner", ownerType);
    }
    return owner;
  }
}
