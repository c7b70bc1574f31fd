package org.lvzhi.it;

/** {@link RegisterApiScenarios} on H2. */
@OnH2
class RegisterApiH2Test extends RegisterApiScenarios {}
