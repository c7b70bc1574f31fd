package org.lvzhi.account;

import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no account named admin) creates the administrator. The password comes from {@code
 * LVZHI_ADMIN_PASSWORD}; without it a random one is printed once and must be changed at the first
 * sign-in. There is no built-in password.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

  static final String ADMIN = "admin";
  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
  private final Accounts accounts;
  private final AdminProperties properties;
  private final PasswordPolicy policy;
  private final SystemActor system;

  AdminBootstrap(
      Accounts accounts, AdminProperties properties, PasswordPolicy policy, SystemActor system) {
    this.accounts = accounts;
    this.properties = properties;
    this.policy = policy;
    this.system = system;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.exists(ADMIN)) {
      return;
    }
    String given = properties.password();
    if (given != null && !given.isBlank()) {
      policy
          .problem(ADMIN, given)
          .ifPresent(
              problem -> {
                throw new IllegalStateException(
                    "LVZHI_ADMIN_PASSWORD breaks the password policy ("
                        + problem
                        + "): at least "
                        + PasswordPolicy.MIN_LENGTH
                        + " characters, not the username, not a common password");
              });
      system.run(
          () ->
              accounts.create(ADMIN, "admin", Accounts.Binding.of(Role.SUPER_ADMIN), given, false));
      log.info(
          "Created the administrator account 'admin' with the password from LVZHI_ADMIN_PASSWORD.");
      return;
    }
    String password = OneTimePasswords.generate();
    system.run(
        () ->
            accounts.create(ADMIN, "admin", Accounts.Binding.of(Role.SUPER_ADMIN), password, true));
    log.warn(
        """

        ==========================================================================
         First start: created the administrator account.
           username: admin
           password: {}
         This password is shown only now and must be changed at the first sign-in.
         (Set LVZHI_ADMIN_PASSWORD before the first start to choose it yourself.)
        ==========================================================================""",
        password);
  }
}
