package org.lvzhi.it;

/** {@link ProposalSearchScenarios} on PostgreSQL. */
@OnPostgres
class ProposalSearchPostgresTest extends ProposalSearchScenarios {}
