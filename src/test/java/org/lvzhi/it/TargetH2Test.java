package org.lvzhi.it;

/** {@link TargetScenarios} on H2. */
@OnH2
class TargetH2Test extends TargetScenarios {}
