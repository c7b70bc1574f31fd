package org.lvzhi.it;

/** {@link OpinionScenarios} on H2. */
@OnH2
class OpinionH2Test extends OpinionScenarios {}
