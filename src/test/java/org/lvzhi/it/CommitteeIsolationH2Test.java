package org.lvzhi.it;

/** {@link CommitteeIsolationScenarios} on H2. */
@OnH2
class CommitteeIsolationH2Test extends CommitteeIsolationScenarios {}
