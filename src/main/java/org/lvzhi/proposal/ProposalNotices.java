package org.lvzhi.proposal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next on a proposal, after the move committed (ADR 6): co-signers that they
 * are asked to confirm, the office that a proposal or a unit's request waits for it, the units that
 * a proposal is assigned, urged, rebutted or sent back, the proposer that it was reviewed or
 * answered and waits for a rating, and everyone in a conversation when someone writes. Runs in its
 * own transaction without a signed-in user; notices are written in Chinese, as history is.
 */
@Component
class ProposalNotices {

  private final ProposalStore store;
  private final Accounts accounts;
  private final Notifications notifications;

  ProposalNotices(ProposalStore store, Accounts accounts, Notifications notifications) {
    this.store = store;
    this.accounts = accounts;
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(ProposalMoved moved) {
    store
        .find(moved.proposalId(), ProposalStore.Visible.ALL)
        .ifPresent(proposal -> notify(moved, proposal));
  }

  private void notify(ProposalMoved moved, Proposal p) {
    switch (moved.move()) {
      case "PROPOSAL_SUBMIT", "PROPOSAL_COSIGN" -> {
        if (p.status() == ProposalStatus.AWAITING_COSIGNERS) {
          members(
              p.cosigners().stream().filter(c -> !c.confirmed()).map(Cosigner::memberId).toList(),
              "cosign",
              p);
        } else if (p.status() == ProposalStatus.SUBMITTED) {
          accounts(office(p), "submitted", p);
        }
      }
      case "PROPOSAL_DECLINE" -> members(lead(p), "declined", p);
      case "PROPOSAL_ACCEPT", "PROPOSAL_REJECT", "PROPOSAL_RETURN", "PROPOSAL_MERGE" ->
          members(authors(p), "reviewed." + moved.move(), p);
      case "PROPOSAL_WITHDRAW", "PROPOSAL_ASK_RETURN", "PROPOSAL_ASK_EXTENSION", "PROPOSAL_REPLY" ->
          accounts(office(p), "office." + moved.move(), p);
      case "PROPOSAL_ASSIGN",
          "PROPOSAL_URGE",
          "PROPOSAL_REFUSE_RETURN",
          "PROPOSAL_GRANT_EXTENSION",
          "PROPOSAL_REFUSE_EXTENSION",
          "PROPOSAL_OPINION",
          "PROPOSAL_REBUT",
          "PROPOSAL_REHANDLE" ->
          accounts(clerks(moved.unitIds()), "unit." + moved.move(), p);
      case "PROPOSAL_PASS" -> members(raters(p), "rate", p);
      case "PROPOSAL_RATE" -> accounts(office(p), "closed", p);
      case "PROPOSAL_KEY" -> {
        if (p.supervisorMemberId() != null) {
          members(List.of(p.supervisorMemberId()), "key", p);
        }
      }
      case "PROPOSAL_MESSAGE" -> conversation(p);
      default -> {
        // Drafts, acknowledgements, contacts and revisions need nobody else to act.
      }
    }
  }

  private void conversation(Proposal p) {
    List<ProposalStore.Message> messages = store.conversation(p.id());
    if (messages.isEmpty()) {
      return;
    }
    ProposalStore.Message last = messages.get(messages.size() - 1);
    Set<Long> recipients = new LinkedHashSet<>();
    recipients.addAll(accounts.accountsOfMembers(authors(p)).values());
    recipients.addAll(clerks(p.units().stream().map(HandlingUnit::unitId).toList()));
    recipients.addAll(office(p));
    accounts.withUsername(last.author()).ifPresent(recipients::remove);
    notifications.notifyAccounts(
        recipients,
        Text.of("proposal.notice.message.title", Proposals.title(p)),
        Text.of("proposal.notice.message.body", last.author(), excerpt(last.body())),
        path(p));
  }

  private static String excerpt(String body) {
    return body.length() <= 60 ? body : body.substring(0, 60) + "…";
  }

  private List<Long> office(Proposal p) {
    return accounts.officeStaff(store.committeeOf(p.id()));
  }

  private List<Long> clerks(Collection<Long> unitIds) {
    List<Long> clerks = new ArrayList<>();
    unitIds.forEach(unit -> clerks.addAll(accounts.ofUnit(unit)));
    return clerks;
  }

  private static List<Long> lead(Proposal p) {
    return p.leadMemberId() == null ? List.of() : List.of(p.leadMemberId());
  }

  private static List<Long> authors(Proposal p) {
    List<Long> authors = new ArrayList<>(lead(p));
    p.cosigners().forEach(c -> authors.add(c.memberId()));
    return authors;
  }

  /** Who rates: the lead author, and the lead authors of the proposals merged into it. */
  private List<Long> raters(Proposal p) {
    List<Long> raters = new ArrayList<>(lead(p));
    store.mergedInto(p.id()).forEach(m -> raters.addAll(lead(m)));
    return raters;
  }

  private void members(Collection<Long> memberIds, String notice, Proposal p) {
    notifications.notifyMembers(
        memberIds,
        Text.of("proposal.notice." + notice + ".title", Proposals.title(p)),
        Text.of("proposal.notice." + notice + ".body", p.dueOn()),
        path(p));
  }

  private void accounts(Collection<Long> accountIds, String notice, Proposal p) {
    notifications.notifyAccounts(
        accountIds,
        Text.of("proposal.notice." + notice + ".title", Proposals.title(p)),
        Text.of("proposal.notice." + notice + ".body", p.dueOn()),
        path(p));
  }

  private static String path(Proposal p) {
    return "/registry/" + Proposals.REGISTER + "/" + p.id();
  }
}
