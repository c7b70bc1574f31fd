package org.lvzhi.it;

/** {@link WriteMatrixScenarios} on H2. */
@OnH2
class WriteMatrixH2Test extends WriteMatrixScenarios {}
