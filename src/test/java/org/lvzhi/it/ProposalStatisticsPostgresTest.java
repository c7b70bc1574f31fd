package org.lvzhi.it;

/** {@link ProposalStatisticsScenarios} on PostgreSQL. */
@OnPostgres
class ProposalStatisticsPostgresTest extends ProposalStatisticsScenarios {}
