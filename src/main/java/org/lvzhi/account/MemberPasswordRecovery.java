package org.lvzhi.account;

import java.util.List;
import org.lvzhi.history.History;
import org.lvzhi.register.RecordAction;
import org.lvzhi.register.RecordTypeAddition;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Component;

/**
 * Account recovery without e-mail: on a member's page, office staff (and administrators) issue the
 * member's account a one-time password, shown once, to be changed at the first sign-in. Only a
 * member's own account (role MEMBER) is reset this way; staff and administrators' accounts are the
 * administrator's, on the accounts register. Recorded in the member's and the account's history.
 */
@Component
class MemberPasswordRecovery implements RecordTypeAddition {

  static final String PERMISSION = "account:reset-member-password";

  private final Accounts accounts;
  private final AccountStore store;
  private final History history;

  MemberPasswordRecovery(Accounts accounts, AccountStore store, History history) {
    this.accounts = accounts;
    this.store = store;
    this.history = history;
  }

  @Override
  public String typeName() {
    return "members";
  }

  @Override
  public List<RecordAction> actions() {
    return List.of(
        new RecordAction(
            "reset-password",
            "account.resetMemberPassword",
            PERMISSION,
            "account.resetMemberPasswordConfirm",
            this::reset));
  }

  private List<String> reset(long memberId) {
    long account =
        store
            .memberAccount(memberId)
            .orElseThrow(() -> new RecordConflictException(Texts.of("account.memberHasNoAccount")));
    String password = accounts.resetPassword(account);
    history.record(Accounts.RECORD_TYPE, account, "RESET-PASSWORD", List.of());
    return List.of(
        Texts.of("account.oneTimePassword", store.usernameOf(account).orElse(""), password));
  }
}
