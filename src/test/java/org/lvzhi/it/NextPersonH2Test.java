package org.lvzhi.it;

/** {@link NextPersonScenarios} on H2. */
@OnH2
class NextPersonH2Test extends NextPersonScenarios {}
