package org.lvzhi.it;

/** {@link ProposalImportScenarios} on PostgreSQL. */
@OnPostgres
class ProposalImportPostgresTest extends ProposalImportScenarios {}
