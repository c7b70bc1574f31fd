package org.lvzhi.it;

/** {@link AuthorizationScenarios} on PostgreSQL. */
@OnPostgres
class AuthorizationPostgresTest extends AuthorizationScenarios {}
