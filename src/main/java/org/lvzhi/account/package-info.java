/**
 * Accounts: sign-in names, Argon2 password hashes, roles and what an account is bound to (a member,
 * a unit, a special committee); the first administrator, the password policy, lockout after
 * repeated failures, and changing a password.
 */
package org.lvzhi.account;
