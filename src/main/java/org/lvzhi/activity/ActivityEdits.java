package org.lvzhi.activity;

import java.util.Objects;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the activities register writes, through {@link ActivityStore}: a form, the API or an import
 * changing an activity's time or place publishes {@link ActivityRescheduled}, so its invitees hear
 * of it. A cancelled or closed activity is refused.
 */
@Component
class ActivityEdits implements RecordWriter {

  private final ActivityStore store;
  private final ApplicationEventPublisher events;

  ActivityEdits(ActivityStore store, ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  @Override
  public long create(RecordValues values) {
    return store.create(values);
  }

  @Override
  public void update(long id, int version, RecordValues values) {
    Activity before = store.find(id).orElse(null);
    if (before != null && before.cancelled()) {
      before.requireOpen();
    }
    store.update(id, version, values);
    Activity after = store.find(id).orElse(null);
    if (before != null && after != null && !before.closed() && movedInTimeOrPlace(before, after)) {
      events.publishEvent(new ActivityRescheduled(id));
    }
  }

  @Override
  public void delete(long id, int version) {
    // Invitees were told of it and may have answered: such an activity is cancelled (they are told
    // again), never deleted, so nobody's invitation, leave or attendance disappears.
    if (store.hasInvitees(id)) {
      throw new org.lvzhi.system.RecordConflictException(
          org.lvzhi.system.Texts.of("activity.cancelInsteadOfDelete"));
    }
    store.delete(id, version);
  }

  /** Whether the invitees would go at another time or to another place. */
  static boolean movedInTimeOrPlace(Activity before, Activity after) {
    return !before.startsAt().equals(after.startsAt())
        || !before.endsAt().equals(after.endsAt())
        || !Objects.equals(before.venue(), after.venue())
        || !Objects.equals(before.localities(), after.localities())
        || !before.provinces().equals(after.provinces());
  }
}
