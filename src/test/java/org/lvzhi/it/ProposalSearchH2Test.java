package org.lvzhi.it;

/** {@link ProposalSearchScenarios} on H2. */
@OnH2
class ProposalSearchH2Test extends ProposalSearchScenarios {}
