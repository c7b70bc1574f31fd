package org.lvzhi.it;

/** {@link SupervisionScenarios} on H2. */
@OnH2
class SupervisionH2Test extends SupervisionScenarios {}
