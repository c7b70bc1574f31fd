package org.lvzhi.it;

/** {@link OpinionScenarios} on PostgreSQL. */
@OnPostgres
class OpinionPostgresTest extends OpinionScenarios {}
