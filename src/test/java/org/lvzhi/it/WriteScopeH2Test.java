package org.lvzhi.it;

/** {@link WriteScopeScenarios} on H2. */
@OnH2
class WriteScopeH2Test extends WriteScopeScenarios {}
