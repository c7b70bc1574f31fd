package org.lvzhi.it;

/** {@link ApiTokenScenarios} on PostgreSQL. */
@OnPostgres
class ApiTokenPostgresTest extends ApiTokenScenarios {}
