package org.lvzhi.it;

/** {@link TargetScenarios} on PostgreSQL. */
@OnPostgres
class TargetPostgresTest extends TargetScenarios {}
