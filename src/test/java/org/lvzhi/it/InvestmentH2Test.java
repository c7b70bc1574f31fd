package org.lvzhi.it;

/** {@link InvestmentScenarios} on H2. */
@OnH2
class InvestmentH2Test extends InvestmentScenarios {}
