package org.lvzhi.it;

/** {@link DemoDataScenarios} on H2. */
@OnH2
class DemoDataH2Test extends DemoDataScenarios {}
