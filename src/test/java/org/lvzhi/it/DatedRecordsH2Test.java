package org.lvzhi.it;

/** {@link DatedRecordsScenarios} on H2. */
@OnH2
class DatedRecordsH2Test extends DatedRecordsScenarios {}
