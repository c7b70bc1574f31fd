package org.lvzhi.system;

/**
 * What the accounts module says about two-factor codes for the one signing in: the sign-in filters
 * ask it after the password was right.
 */
public interface SecondFactor {

  /** The step after a right password. */
  enum Step {
    /** Signed in. */
    NONE,
    /** The account is enrolled: a code (or a recovery code) comes next. */
    CODE,
    /** The role must use codes and the account is not enrolled yet: enrol first. */
    ENROL
  }

  /**
   * What comes after a right password; anything but {@link Step#NONE} also refuses HTTP Basic for
   * the account.
   */
  Step after(LvzhiUser user);

  /** Session attribute holding the password-checked sign-in that still waits for its code. */
  String PENDING = "lvzhi.twoFactor.pending";

  /** Session attribute set while a signed-in account must enrol before anything else. */
  String MUST_ENROL = "lvzhi.twoFactor.mustEnrol";

  String CODE_PAGE = "/login/code";
  String ENROL_PAGE = "/account/two-factor";
}
