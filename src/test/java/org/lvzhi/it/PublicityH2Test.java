package org.lvzhi.it;

/** {@link PublicityScenarios} on H2. */
@OnH2
class PublicityH2Test extends PublicityScenarios {}
