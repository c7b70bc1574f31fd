package org.lvzhi.it;

/** {@link ActivityScenarios} on H2. */
@OnH2
class ActivityH2Test extends ActivityScenarios {}
