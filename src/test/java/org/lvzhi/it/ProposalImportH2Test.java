package org.lvzhi.it;

/** {@link ProposalImportScenarios} on H2. */
@OnH2
class ProposalImportH2Test extends ProposalImportScenarios {}
