package org.lvzhi.it;

/** {@link RegisterSheetScenarios} on PostgreSQL. */
@OnPostgres
class RegisterSheetsPostgresTest extends RegisterSheetScenarios {}
