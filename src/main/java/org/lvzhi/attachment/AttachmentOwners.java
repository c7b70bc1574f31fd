package org.lvzhi.attachment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The owning modules' verdicts. An unknown owner type and a record the user may not see both answer
 * 404; a record the user may see but not change answers 403.
 *
 * <p>The owners are registered here as the context creates them, rather than injected: an owner
 * asks the register engine, which shows the attachments panel, so injecting the owners into {@link
 * Attachments} would make a cycle. This registry needs nothing, and owner beans need nothing of it.
 */
@Component
class AttachmentOwners implements BeanPostProcessor {

  private final Map<String, AttachmentOwner> byType = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof AttachmentOwner owner) {
      AttachmentOwner other = byType.putIfAbsent(owner.ownerType(), owner);
      if (other != null && other != owner) {
        throw new IllegalStateException("two attachment owners for " + owner.ownerType());
      }
    }
    return bean;
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
      throw new AccessDeniedException(
          "may not change the attachments of " + ownerType + " " + ownerId);
    }
  }

  private AttachmentOwner owner(String ownerType) {
    AttachmentOwner owner = ownerType == null ? null : byType.get(ownerType);
    if (owner == null) {
      throw new RecordNotFoundException("attachment owner", ownerType);
    }
    return owner;
  }
}
