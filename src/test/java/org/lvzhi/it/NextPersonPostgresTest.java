package org.lvzhi.it;

/** {@link NextPersonScenarios} on PostgreSQL. */
@OnPostgres
class NextPersonPostgresTest extends NextPersonScenarios {}
