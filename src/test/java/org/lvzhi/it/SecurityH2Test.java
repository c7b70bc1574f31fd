package org.lvzhi.it;

/** {@link SecurityScenarios} on H2. */
@OnH2
class SecurityH2Test extends SecurityScenarios {}
