package org.lvzhi.it;

/** {@link AuthorizationScenarios} on H2. */
@OnH2
class AuthorizationH2Test extends AuthorizationScenarios {}
