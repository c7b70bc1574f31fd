package org.lvzhi.it;

/** {@link ProposalScenarios} on PostgreSQL. */
@OnPostgres
class ProposalPostgresTest extends ProposalScenarios {}
