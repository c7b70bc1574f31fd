package org.lvzhi.it;

/** {@link ApiTokenScenarios} on H2. */
@OnH2
class ApiTokenH2Test extends ApiTokenScenarios {}
