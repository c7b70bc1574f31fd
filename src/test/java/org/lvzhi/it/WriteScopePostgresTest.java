package org.lvzhi.it;

/** {@link WriteScopeScenarios} on PostgreSQL. */
@OnPostgres
class WriteScopePostgresTest extends WriteScopeScenarios {}
