package org.lvzhi.it;

/** {@link RegisterApiScenarios} on PostgreSQL. */
@OnPostgres
class RegisterApiPostgresTest extends RegisterApiScenarios {}
