package org.lvzhi.it;

/** {@link ProposalScenarios} on H2. */
@OnH2
class ProposalH2Test extends ProposalScenarios {}
