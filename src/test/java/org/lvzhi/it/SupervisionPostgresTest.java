package org.lvzhi.it;

/** {@link SupervisionScenarios} on PostgreSQL. */
@OnPostgres
class SupervisionPostgresTest extends SupervisionScenarios {}
