package org.lvzhi.it;

/** {@link RegisterPageScenarios} on H2. */
@OnH2
class RegisterPagesH2Test extends RegisterPageScenarios {}
