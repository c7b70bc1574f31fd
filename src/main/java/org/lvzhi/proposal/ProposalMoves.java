package org.lvzhi.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every proposal move does around the aggregate: find the proposal within the user's reach
 * (404 outside it), save it over the version read, record the move in history in the same
 * transaction and publish {@link ProposalMoved} for the listeners after the commit.
 */
@Component
class ProposalMoves {

  private final ProposalStore store;
  private final History history;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final Clock clock;

  ProposalMoves(
      ProposalStore store,
      History history,
      ApplicationEventPublisher events,
      MessageSource messages,
      Clock clock) {
    this.store = store;
    this.history = history;
    this.events = events;
    this.messages = messages;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The proposal, if the current user holds {@code permission} and may see it (404 otherwise). */
  Proposal visible(String permission, long id) {
    LvzhiUser user = CurrentUser.requirePermission(permission);
    return store
        .find(id, ProposalStore.Visible.to(user.scope()))
        .orElseThrow(() -> new RecordNotFoundException(Proposals.REGISTER, id));
  }

  /** Saves the moved proposal, records the move and tells the listeners; returns it as stored. */
  Proposal saved(
      Proposal proposal,
      ProposalStatus before,
      String move,
      List<Change> details,
      List<Long> unitIds) {
    store.save(proposal, proposal.overdueOn(today()));
    record(proposal.id, before, proposal.status, move, details);
    events.publishEvent(new ProposalMoved(proposal.id, move, unitIds));
    return reread(proposal.id);
  }

  void record(
      long id, ProposalStatus before, ProposalStatus after, String move, List<Change> details) {
    List<Change> changes = new ArrayList<>();
    if (before != after) {
      changes.add(new Change("proposal.status", status(before), status(after)));
    }
    changes.addAll(details);
    history.record(Proposals.RECORD_TYPE, id, move, changes);
  }

  void published(long id, String move, List<Long> unitIds) {
    events.publishEvent(new ProposalMoved(id, move, unitIds));
  }

  Proposal reread(long id) {
    return store.find(id, ProposalStore.Visible.ALL).orElseThrow();
  }

  /** A message in Chinese, the committee's working language: what history keeps (ADR 3). */
  String chinese(String key, Object... args) {
    return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
  }

  String status(ProposalStatus status) {
    return status == null ? null : chinese("proposalStatus." + status.name());
  }

  static Change set(String labelKey, Object value) {
    return new Change(labelKey, null, value == null ? null : value.toString());
  }
}
