package org.lvzhi.it;

/** {@link RegisterPageScenarios} on PostgreSQL. */
@OnPostgres
class RegisterPagesPostgresTest extends RegisterPageScenarios {}
