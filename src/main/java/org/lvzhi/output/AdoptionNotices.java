package org.lvzhi.output;

import org.lvzhi.notification.Notifications;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the authors of a report or an output that it was adopted or a leader instructed on it. */
@Component
class AdoptionNotices {

  private final Adoptions adoptions;
  private final Notifications notifications;

  AdoptionNotices(Adoptions adoptions, Notifications notifications) {
    this.adoptions = adoptions;
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(AdoptionRecorded event) {
    notify(event.ownerType(), event.ownerId(), "adopted", event.level());
  }

  @ApplicationModuleListener
  void on(InstructionRecorded event) {
    notify(event.ownerType(), event.ownerId(), "instructed", event.level());
  }

  private void notify(String ownerType, long ownerId, String notice, String level) {
    AdoptionOwner owner = adoptions.owner(ownerType);
    notifications.notifyMembers(
        owner.authors(ownerId),
        Text.of("output.notice." + notice + ".title", owner.label(ownerId)),
        Text.of("output.notice." + notice + ".body", Text.key("output.level." + level)),
        owner.path(ownerId));
  }
}
