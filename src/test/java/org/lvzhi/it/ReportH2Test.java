package org.lvzhi.it;

/** {@link ReportScenarios} on H2. */
@OnH2
class ReportH2Test extends ReportScenarios {}
