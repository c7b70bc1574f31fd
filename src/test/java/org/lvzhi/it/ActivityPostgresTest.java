package org.lvzhi.it;

/** {@link ActivityScenarios} on PostgreSQL. */
@OnPostgres
class ActivityPostgresTest extends ActivityScenarios {}
