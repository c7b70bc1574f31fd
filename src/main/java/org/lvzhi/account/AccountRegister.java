package org.lvzhi.account;

import java.util.List;
import java.util.Map;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordAction;
import org.lvzhi.register.RecordHooks;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.RecordValues;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The accounts register (administrators only): who may sign in, with which role, bound to which
 * member, unit or special committee. A new account gets a one-time password shown once; accounts
 * are disabled, never deleted, so their history keeps its names.
 */
@Configuration
class AccountRegister implements PermissionCatalogue, MenuContribution {

  private static final java.util.regex.Pattern USERNAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_.@-]{3,60}");

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read("account:view"),
        Permission.read("account:export"),
        Permission.write("account:edit"),
        // Office staff give a member who forgot their password a one-time one (members have no
        // e-mail to recover it by).
        Permission.write(MemberPasswordRecovery.PERMISSION, Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            "menu.section.system", "registry.accounts", "/registry/accounts", "account:view", 900));
  }

  @Bean
  RecordType accountRecords(
      Accounts accounts, AccountStore store, MessageSource messages, TwoFactor twoFactor) {
    return RecordType.of(
            "accounts",
            "account",
            "registry.accounts",
            "account",
            Field.text("username", "account.username")
                .required()
                .fixedAfterCreate()
                .maxLength(60)
                .listed()
                .searchable()
                .sortable(),
            Field.text("displayName", "account.displayName")
                .required()
                .maxLength(60)
                .listed()
                .searchable()
                .sortable(),
            Field.choice("role", "account.role", "role", Role.class)
                .required()
                .listed()
                .filterable()
                .sortable(),
            Field.reference("memberId", "account.member", "members"),
            Field.reference("unitId", "account.unit", "units"),
            Field.reference("specialCommitteeId", "account.specialCommittee", "special-committees"),
            Field.bool("enabled", "account.enabled").defaultValue(true).listed().filterable())
        .notImportable()
        .notDeletable()
        .uniqueAcrossCommittees()
        .rules(
            RecordRule.unique("account.usernameTaken", "username"),
            AccountRegister::checkBinding,
            (values, id, context) -> {
              if (!mayManage(store, values.choice("role", Role.class), id)) {
                context.reject("role", "account.superAdminOnly");
              }
            })
        .hooks(
            new RecordHooks() {
              @Override
              public Map<String, Object> extraColumnsOnCreate(RecordValues values) {
                // Unusable until afterCreate sets the one-time password: "!" is no Argon2 hash.
                return Map.of("password_hash", "!", "must_change_password", true);
              }

              @Override
              public List<String> afterCreate(long id, RecordValues values) {
                return List.of(
                    oneTimePasswordNotice(
                        messages, values.text("username"), accounts.resetPassword(id)));
              }
            })
        .action(
            new RecordAction(
                "reset-password",
                "account.resetPassword",
                "account:edit",
                "account.resetPasswordConfirm",
                id ->
                    List.of(
                        oneTimePasswordNotice(
                            messages,
                            store.usernameOf(id).orElse(""),
                            accounts.resetPassword(manageable(store, id))))))
        .action(
            new RecordAction(
                "unlock",
                "account.unlock",
                "account:edit",
                null,
                id -> {
                  accounts.unlock(manageable(store, id));
                  return List.of(
                      messages.getMessage(
                          "account.unlocked", null, LocaleContextHolder.getLocale()));
                }))
        .action(
            new RecordAction(
                "reset-two-factor",
                "account.resetTwoFactor",
                "account:edit",
                "account.resetTwoFactorConfirm",
                id -> {
                  // The register records the action in the account's history.
                  twoFactor.reset(manageable(store, id));
                  return List.of(
                      messages.getMessage(
                          "account.twoFactorReset", null, LocaleContextHolder.getLocale()));
                }));
  }

  private static String oneTimePasswordNotice(
      MessageSource messages, Object username, String password) {
    return messages.getMessage(
        "account.oneTimePassword",
        new Object[] {username, password},
        LocaleContextHolder.getLocale());
  }

  /**
   * Only a super-administrator gives the super-administrator's role or changes such an account (its
   * password, its lock, its second factor): otherwise a committee's administrator could take over
   * the deployment (ADR 7).
   */
  private static boolean mayManage(AccountStore store, Role givenRole, Long id) {
    boolean superAdmin =
        givenRole == Role.SUPER_ADMIN
            || (id != null && store.roleOf(id).filter(r -> r == Role.SUPER_ADMIN).isPresent());
    return !superAdmin
        || org.lvzhi.system.CurrentUser.get()
            .filter(user -> user.role() == Role.SUPER_ADMIN)
            .isPresent();
  }

  private static long manageable(AccountStore store, long id) {
    if (!mayManage(store, null, id)) {
      throw new org.lvzhi.system.NotAllowedException("account.superAdminOnly");
    }
    return id;
  }

  private static void checkBinding(RecordValues values, Long id, RecordRule.RuleContext context) {
    if (!USERNAME.matcher(String.valueOf(values.text("username"))).matches()) {
      context.reject("username", "account.usernameShape");
    }
    Role role = values.choice("role", Role.class);
    if (role == Role.MEMBER && !values.isPresent("memberId")) {
      context.reject("memberId", "account.memberRequired");
    }
    if (role == Role.UNIT && !values.isPresent("unitId")) {
      context.reject("unitId", "account.unitRequired");
    }
    if (role == Role.COMMITTEE_STAFF && !values.isPresent("specialCommitteeId")) {
      context.reject("specialCommitteeId", "account.specialCommitteeRequired");
    }
  }
}
