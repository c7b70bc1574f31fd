package org.lvzhi.it;

/** {@link DemoDataScenarios} on PostgreSQL. */
@OnPostgres
class DemoDataPostgresTest extends DemoDataScenarios {}
