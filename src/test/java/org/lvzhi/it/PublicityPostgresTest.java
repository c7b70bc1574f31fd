package org.lvzhi.it;

/** {@link PublicityScenarios} on PostgreSQL. */
@OnPostgres
class PublicityPostgresTest extends PublicityScenarios {}
