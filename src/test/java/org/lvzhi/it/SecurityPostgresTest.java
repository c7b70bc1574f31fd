package org.lvzhi.it;

/** {@link SecurityScenarios} on PostgreSQL. */
@OnPostgres
class SecurityPostgresTest extends SecurityScenarios {}
