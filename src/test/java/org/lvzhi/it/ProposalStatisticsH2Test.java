package org.lvzhi.it;

/** {@link ProposalStatisticsScenarios} on H2. */
@OnH2
class ProposalStatisticsH2Test extends ProposalStatisticsScenarios {}
