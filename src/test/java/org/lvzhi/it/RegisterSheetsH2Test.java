package org.lvzhi.it;

/** {@link RegisterSheetScenarios} on H2. */
@OnH2
class RegisterSheetsH2Test extends RegisterSheetScenarios {}
