package org.lvzhi.it;

/** {@link CommitteeIsolationScenarios} on PostgreSQL. */
@OnPostgres
class CommitteeIsolationPostgresTest extends CommitteeIsolationScenarios {}
